"""Perintah ``kinerja``: hitung tabel laporan, periksa angka tercetak, contoh, batas waktu.

::

    kinerja hitung [BERKAS | --contoh NAMA] [--format teks|markdown|json|csv] [--tabel NAMA]
    kinerja periksa (BERKAS | --contoh NAMA) [--format teks|markdown|json|csv]
    kinerja contoh [NAMA]
    kinerja hitung BERKAS --format xlsx -o laporan.xlsx [--gambar DIR]   (extra excel/gambar)
    kinerja contoh NAMA --format xlsx -o contoh.xlsx
    kinerja batas-waktu TAHUN TRIWULAN [--hari-kerja N] [--kalender-tak-lengkap]

Tanpa BERKAS, ``hitung`` memakai contoh bawaan ``klakah-2024-tw4``. ``periksa`` keluar dengan
status 0 bila tidak ada temuan dan 1 bila ada. Galat: satu baris jelas di stderr, status 2.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from kinerja.galat import InputTidakSah, KinerjaError
from kinerja.hari_kerja import HARI_KERJA_LAPORAN, batas_waktu_laporan
from kinerja.laporan.contoh import CONTOH, CONTOH_BAWAAN, muat_contoh, teks_contoh
from kinerja.laporan.evaluasi import (
    CONTOH_EVALUASI,
    DokumenEvaluasi,
    baca_dokumen,
    hitung_evaluasi,
    muat_contoh_evaluasi,
    periksa_evaluasi,
    teks_contoh_evaluasi,
)
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.periksa.temuan import bernomor
from kinerja.laporan.sajian import BisaDisajikan, Sajian
from kinerja.laporan.tabel import (
    HasilLaporan,
    hitung,
    tabel_capaian,
    tabel_cost_per_outcome,
    tabel_keuangan,
)
from kinerja.periode import Triwulan

__all__ = ["main"]

FORMAT = ("teks", "markdown", "json", "csv", "xlsx")
TABEL_EVALUASI = ("ikm", "lke")  # tabel berkas evaluasi (docs/evaluasi.md)
TABEL = (
    "capaian", "keuangan", "cost-per-outcome", "pohon", "ringkasan", "riwayat", "renstra",
    *TABEL_EVALUASI,
)  # fmt: skip
_SEMUA_CONTOH = sorted({**CONTOH, **CONTOH_EVALUASI})

_TERJEMAHAN = (
    (r"the following arguments are required: (.*)", r"argumen wajib belum diisi: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"one of the arguments (.*) is required", r"salah satu dari \1 wajib diisi"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
     r"argumen \1: pilihan \2 tidak dikenal (pilih dari \3)"),
    (r"argument (\S+): invalid int value: (.*)", r"argumen \1: bukan bilangan bulat: \2"),
    (r"argument (\S+): expected one argument", r"argumen \1: butuh satu nilai"),
    (r"argument (\S+): not allowed with argument (\S+)",
     r"argumen \1 tidak boleh dipakai bersama \2"),
)  # fmt: skip


class _Pengurai(argparse.ArgumentParser):
    """ArgumentParser yang melaporkan galat argumen dalam Bahasa Indonesia, status 2."""

    def error(self, message: str) -> NoReturn:
        for pola, ganti in _TERJEMAHAN:
            message = re.sub(pola, ganti, message)
        self.exit(2, f"kinerja: {message}\nLihat: {self.prog} --help\n")


def _pengurai() -> argparse.ArgumentParser:
    utama = _Pengurai(
        prog="kinerja",
        description="Aritmetika Laporan Kinerja (SAKIP): hitung tabel dan periksa angka tercetak.",
    )
    utama.add_argument("--versi", action="version", version=f"kinerja {_versi()}")
    sub = utama.add_subparsers(dest="perintah", metavar="PERINTAH", parser_class=_Pengurai)
    sub.required = True

    def sumber(p: argparse.ArgumentParser, wajib: bool) -> None:
        kelompok = p.add_mutually_exclusive_group(required=wajib)
        kelompok.add_argument("berkas", nargs="?", metavar="BERKAS",
                              help="laporan (.toml/.json/.xlsx), IKM/LKE (.csv)")  # fmt: skip
        kelompok.add_argument("--contoh", metavar="NAMA", choices=_SEMUA_CONTOH,
                              help="pakai contoh bawaan (lihat: kinerja contoh)")  # fmt: skip
        p.add_argument("--format", choices=FORMAT, default="teks",
                       help="bentuk keluaran (bawaan: teks; xlsx butuh -o)")  # fmt: skip
        _keluaran(p)

    hit = sub.add_parser("hitung", help="cetak tabel-tabel laporan",
                         description="Hitung dan cetak tabel-tabel laporan.")  # fmt: skip
    sumber(hit, wajib=False)
    hit.add_argument("--tabel", choices=TABEL, help="hanya satu tabel")
    hit.add_argument("--gambar", metavar="DIR", help="tulis grafik PNG ke folder DIR")
    per = sub.add_parser("periksa", help="periksa angka tercetak laporan",
                         description="Hitung ulang angka tercetak dan daftar temuannya "
                         "(status 0: tidak ada temuan, 1: ada temuan).")  # fmt: skip
    sumber(per, wajib=True)
    con = sub.add_parser(
        "contoh",
        help="daftar contoh bawaan, atau cetak satu sebagai TOML",
        description="Tanpa NAMA: daftar contoh. Dengan NAMA: teks TOML-nya.",
    )
    con.add_argument("nama", nargs="?", metavar="NAMA", choices=_SEMUA_CONTOH)
    con.add_argument("--format", choices=("toml", "xlsx"), default="toml",
                     help="toml (bawaan) atau xlsx: buku kerja isian (butuh -o)")  # fmt: skip
    _keluaran(con)
    bw = sub.add_parser(
        "batas-waktu",
        help="batas waktu laporan triwulan",
        description="Batas waktu penyampaian laporan triwulan: N hari kerja "
        "setelah triwulan berakhir (libur nasional dan cuti bersama dilewati).",
    )
    bw.add_argument("tahun", type=int, metavar="TAHUN")
    bw.add_argument("triwulan", metavar="TRIWULAN", help="1–4 atau I–IV")
    bw.add_argument("--hari-kerja", type=int, default=HARI_KERJA_LAPORAN, metavar="N",
                    help=f"jumlah hari kerja (bawaan: {HARI_KERJA_LAPORAN})")  # fmt: skip
    bw.add_argument(
        "--kalender-tak-lengkap",
        action="store_true",
        help="tetap hitung bila cuti bersama tahun itu belum ada di kalender",
    )
    return utama


def _keluaran(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--keluaran", metavar="BERKAS", help="berkas keluaran (untuk xlsx)")


def _xlsx(args: argparse.Namespace) -> str:
    if not args.keluaran:
        raise InputTidakSah("--format xlsx butuh berkas keluaran: -o NAMA.xlsx")
    return str(args.keluaran)


def _versi() -> str:
    from kinerja import __version__

    return __version__


def _muat(args: argparse.Namespace) -> Laporan | DokumenEvaluasi:
    if args.contoh in CONTOH_EVALUASI:
        return muat_contoh_evaluasi(args.contoh)
    if args.contoh:
        return muat_contoh(args.contoh)
    if args.berkas:
        return baca_dokumen(args.berkas)  # laporan, atau survei IKM/LKE menurut 'jenis'
    return muat_contoh(CONTOH_BAWAAN)


def _judul(laporan: Laporan | DokumenEvaluasi) -> str:
    if not isinstance(laporan, Laporan):
        return laporan.judul
    unit = laporan.unit
    tempat = unit.instansi + (f", Kabupaten {unit.kabupaten}" if unit.kabupaten else "")
    return f"Laporan Kinerja {unit.nama} — {tempat} — {laporan.periode}"


def _csv_beberapa(sajian: Sequence[Sajian]) -> str:
    if len(sajian) == 1:
        return sajian[0].ke_csv()
    keluaran = io.StringIO()
    for i, s in enumerate(sajian):
        if i:
            keluaran.write("\n")
        csv.writer(keluaran, delimiter=";", lineterminator="\n").writerow([f"# {s.judul}"])
        keluaran.write(s.ke_csv())
    return keluaran.getvalue()


# Tabel yang bisa dihitung sendiri, tanpa tabel lain: ``--tabel`` untuk berkas besar tidak
# perlu menunggu pohon, ringkasan dan cost per outcome yang tidak dicetak.
_TABEL_SENDIRI: dict[str, Callable[[Laporan], BisaDisajikan]] = {
    "capaian": tabel_capaian,
    "keuangan": tabel_keuangan,
    "cost-per-outcome": tabel_cost_per_outcome,
}


def _hitung(args: argparse.Namespace) -> int:
    laporan = _muat(args)
    if not isinstance(laporan, Laporan):  # berkas evaluasi: satu tabel, 'ikm' atau 'lke'
        if args.format == "xlsx" or args.gambar:
            raise InputTidakSah(
                "--format xlsx dan --gambar tersedia untuk laporan kinerja, belum untuk berkas "
                "IKM/LKE; pakai --format csv atau json"
            )
        tabel = hitung_evaluasi(laporan)
        sajian: list[Sajian] = [tabel.sajian_satu(args.tabel or tabel.id)]
    elif args.format == "xlsx" or args.gambar:
        return _hitung_berkas(args, hitung(laporan))
    elif args.tabel in _TABEL_SENDIRI:
        sajian = [_TABEL_SENDIRI[args.tabel](laporan).ke_sajian()]
    else:
        hasil = hitung(laporan)
        if args.tabel in TABEL_EVALUASI:
            sajian = [hasil.sajian_satu(args.tabel)]  # galat: tabel itu hanya di berkas evaluasi
        elif args.tabel == "pohon" and not hasil.pohon.akar:
            sajian = []  # laporan tanpa kode rekening: tidak ada pohon
        elif args.tabel:
            sajian = [hasil.sajian_satu(args.tabel)]
        else:
            sajian = hasil.sajian()
    judul = _judul(laporan)
    if args.format in ("teks", "markdown"):
        sajian = [s.tanpa_kolom_kosong() for s in sajian]
    if args.format == "teks":
        _tulis("\n\n".join([judul, *(s.ke_teks() for s in sajian)]))
    elif args.format == "markdown":
        _tulis("\n\n".join([f"## {judul}", *(s.ke_markdown() for s in sajian)]))
    elif args.format == "json":
        _tulis(json.dumps({"judul": judul, "tabel": [s.ke_data() for s in sajian]},
                          ensure_ascii=False, indent=2))  # fmt: skip
    else:
        sys.stdout.write(_csv_beberapa(sajian))
    return 0


def _hitung_berkas(args: argparse.Namespace, hasil: HasilLaporan) -> int:
    if args.tabel:
        raise InputTidakSah("--tabel tidak dipakai bersama --format xlsx atau --gambar "
                            "(buku kerja dan grafik memuat semua tabel)")  # fmt: skip
    if args.gambar:
        from kinerja.laporan.gambar import tulis_gambar

        for jalur in tulis_gambar(hasil, args.gambar):
            _tulis(f"gambar: {jalur}")
    if args.format == "xlsx":
        hasil.ke_excel(_xlsx(args))
        _tulis(f"buku kerja: {args.keluaran}")
    return 0


def _temuan_data(t: Temuan) -> dict[str, Any]:
    def nilai(x: object) -> object:
        return None if x is None else str(x)

    return {
        "tabel": t.tabel,
        "baris": t.baris,
        "kolom": t.kolom,
        "tercetak": nilai(t.tercetak),
        "dihitung": nilai(t.dihitung),
        "selisih": nilai(t.selisih),
        "jenis": t.jenis,
        "alasan": t.alasan,
        "tempat": list(t.tempat),
        "sebaran": [{"tempat": tempat, "tercetak": nilai(v)} for tempat, v in t.sebaran],
        "akibat": [_temuan_data(a) for a in t.akibat],
    }


def _jumlah_temuan(temuan: list[Temuan]) -> str:
    akibat = sum(t.jumlah - 1 for t in temuan)
    teks = f"{len(temuan)} temuan."
    if akibat:
        teks = (
            f"{len(temuan)} temuan (ditambah {akibat} akibat yang mengikuti angka yang "
            "diperselisihkan, dikelompokkan di bawah temuannya)."
        )
    return teks


def _periksa(args: argparse.Namespace) -> int:
    laporan = _muat(args)
    temuan = periksa(laporan) if isinstance(laporan, Laporan) else periksa_evaluasi(laporan)
    if args.format == "xlsx":
        if not isinstance(laporan, Laporan):
            raise InputTidakSah("--format xlsx belum tersedia untuk berkas IKM/LKE")
        hitung(laporan).ke_excel(_xlsx(args))
        _tulis(f"{len(temuan)} temuan; buku kerja: {args.keluaran}")
    elif args.format == "json":
        _tulis(json.dumps({"judul": _judul(laporan), "temuan": [_temuan_data(t) for t in temuan]},
                          ensure_ascii=False, indent=2))  # fmt: skip
    elif args.format == "csv":
        keluaran = io.StringIO()
        kolom = ["no", *(k for k in _temuan_data(Temuan("", "", "", None, None, None, ""))
                         if k not in ("sebaran", "akibat"))]  # fmt: skip
        penulis = csv.DictWriter(keluaran, fieldnames=kolom, delimiter=";", lineterminator="\n",
                                 extrasaction="ignore")  # fmt: skip
        penulis.writeheader()
        for no, t in bernomor(temuan):
            data = _temuan_data(t) | {"no": no, "tempat": "; ".join(t.tempat)}
            if t.sebaran:
                data["alasan"] = str(t).split(": ", 1)[1]
            penulis.writerow(data)
        sys.stdout.write(keluaran.getvalue())
    elif args.format == "markdown":
        baris = [f"## Temuan: {_judul(laporan)}", ""]
        if temuan:
            baris += ["| No | Tabel | Baris | Kolom | Temuan |", "|---:|---|---|---|---|"]
            baris += [
                f"| {no} | {t.tabel} | {t.baris} | {t.kolom} | "
                + ("↳ akibat: " if t.jenis == "akibat" else "")
                + str(t).split(": ", 1)[1].replace("|", "\\|")
                + " |"
                for no, t in bernomor(temuan)
            ]
            baris += ["", _jumlah_temuan(temuan)]
        else:
            baris.append("Tidak ada temuan: semua angka tercetak sesuai aturan.")
        _tulis("\n".join(baris))
    else:
        baris = [_judul(laporan), ""]
        for i, t in enumerate(temuan, 1):
            baris.append(f"{i:>3}. {t}")
            baris += [f"       ↳ akibat: {a}" for a in t.akibat]
        baris.append(
            "\n" + _jumlah_temuan(temuan)
            if temuan
            else "Tidak ada temuan: semua angka tercetak sesuai aturan."
        )
        _tulis("\n".join(baris))
    return 1 if temuan else 0


def _contoh(args: argparse.Namespace) -> int:
    if args.nama and args.format == "xlsx":
        from kinerja.laporan.excel_isian import tulis_buku_isian

        tulis_buku_isian(muat_contoh(args.nama), _xlsx(args))
        return 0
    if args.nama:
        evaluasi = args.nama in CONTOH_EVALUASI
        sys.stdout.write((teks_contoh_evaluasi if evaluasi else teks_contoh)(args.nama))
        return 0
    semua = {**CONTOH, **CONTOH_EVALUASI}
    lebar = max(map(len, semua))
    _tulis("\n".join(f"{nama:<{lebar}}  {uraian}" for nama, uraian in sorted(semua.items())))
    return 0


def _batas_waktu(args: argparse.Namespace) -> int:
    tw = Triwulan.dari(args.triwulan)
    tanggal = batas_waktu_laporan(
        args.tahun, tw, args.hari_kerja, kalender_tak_lengkap=args.kalender_tak_lengkap
    )
    # babel.dates (beserta zoneinfo) hanya untuk perintah ini: tidak diimpor oleh hitung/periksa
    from babel.dates import format_date

    teks = format_date(tanggal, format="EEEE, d MMMM y", locale="id")
    _tulis(f"Batas waktu laporan {tw} {args.tahun} ({args.hari_kerja} hari kerja): {teks}")
    return 0


def _tulis(teks: str) -> None:
    sys.stdout.write(teks + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Titik masuk ``kinerja``; mengembalikan status keluar."""
    args = _pengurai().parse_args(argv)
    jalankan = {
        "hitung": _hitung,
        "periksa": _periksa,
        "contoh": _contoh,
        "batas-waktu": _batas_waktu,
    }[args.perintah]
    # Perintah berumur pendek: berkas besar menjadi ratusan ribu objek yang hidup sampai akhir
    # perintah dan tidak membentuk siklus, sehingga pengumpul sampah siklik hanya menelusurinya
    # berulang-ulang tanpa menemukan apa pun (± 25–35% waktu `hitung` berkas 90.000 baris;
    # memori puncak sama). Penghitung referensi tetap membebaskan memori seperti biasa.
    gc_nyala = gc.isenabled()
    gc.disable()
    try:
        return jalankan(args)
    except KinerjaError as galat:
        pesan = str(galat)
        kesalahan = getattr(galat, "kesalahan", ())
        if len(kesalahan) > 1:
            pesan = (
                pesan.split(": ", 1)[0]
                + f": {len(kesalahan)} kesalahan:\n  "
                + "\n  ".join(kesalahan)
            )
        sys.stderr.write(f"kinerja: galat: {pesan}\n")
        return 2
    except BrokenPipeError:  # pragma: no cover - mis. keluaran dipotong `head`
        return 0
    finally:
        if gc_nyala:
            gc.enable()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
