"""Perintah ``kinerja``: hitung tabel laporan, periksa angka tercetak, contoh, batas waktu.

::

    kinerja hitung [BERKAS | - | --contoh NAMA] [--jenis toml|json]
                   [--format teks|markdown|json|csv] [--tabel NAMA] [--nilai-tepat]
    kinerja periksa (BERKAS | - | --contoh NAMA) [--jenis toml|json] [--format …]
    kinerja contoh [NAMA] [--format toml|json]
    kinerja hitung BERKAS --format xlsx -o laporan.xlsx [--gambar DIR]   (extra excel/gambar)
    kinerja contoh NAMA --format xlsx -o contoh.xlsx
    kinerja skema masukan|keluaran
    kinerja layani [--host 127.0.0.1] [--port 8000]
    kinerja batas-waktu TAHUN TRIWULAN [--hari-kerja N] [--kalender-tak-lengkap]

Tanpa BERKAS, ``hitung`` memakai contoh bawaan ``klakah-2024-tw4``; ``-`` membaca stdin.
BERKAS boleh juga survei IKM (``.csv`` atau ber-``jenis = "ikm"``) atau lembar kerja LKE.
``periksa`` keluar dengan status 0 bila tidak ada temuan dan 1 bila ada. Galat: satu baris
jelas di stderr (dengan ``--format json``: ``{"galat": [...]}`` di stdout), status 2.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import sys
from collections.abc import Callable, Sequence

from kinerja.cli_pengurai import (
    PILIHAN_FORMAT,
    PILIHAN_TABEL,
    GalatArgumen,
    minta_json,
    pengurai,
)
from kinerja.cli_temuan import temuan_csv, temuan_markdown, temuan_teks
from kinerja.galat import InputTidakSah, KinerjaError, tampil_aman
from kinerja.hari_kerja import batas_waktu_laporan
from kinerja.laporan.berkas import tulis_laporan_teks
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
from kinerja.laporan.keluaran import dokumen, info_evaluasi, info_laporan
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.sajian import BisaDisajikan, Sajian
from kinerja.laporan.tabel import (
    HasilLaporan,
    hitung,
    tabel_capaian,
    tabel_cost_per_outcome,
    tabel_keuangan,
)
from kinerja.layanan.inti import baca_aliran, dokumen_periksa, galat_data, skema
from kinerja.periode import Triwulan

__all__ = ["main"]

FORMAT, TABEL = PILIHAN_FORMAT, PILIHAN_TABEL
TABEL_EVALUASI = ("ikm", "lke")  # tabel berkas evaluasi (docs/evaluasi.md)


def _muat(args: argparse.Namespace) -> Laporan | DokumenEvaluasi:
    if args.contoh in CONTOH_EVALUASI:
        return muat_contoh_evaluasi(args.contoh)
    if args.contoh:
        return muat_contoh(args.contoh)
    if args.berkas == "-":
        return baca_aliran(sys.stdin.buffer, args.jenis, "<stdin>")
    if args.berkas and args.jenis:
        return baca_dokumen(args.berkas, jenis=args.jenis)
    if args.berkas:
        return baca_dokumen(args.berkas)  # laporan, atau survei IKM/LKE menurut 'jenis'
    return muat_contoh(CONTOH_BAWAAN)


def _judul(laporan: Laporan | DokumenEvaluasi) -> str:
    if not isinstance(laporan, Laporan):
        return laporan.judul
    judul: str = info_laporan(laporan)["judul"]  # satu judul untuk teks dan JSON v1
    return judul


def _csv_beberapa(sajian: Sequence[Sajian], tepat: bool) -> str:
    if len(sajian) == 1:
        return sajian[0].ke_csv(tepat=tepat)
    keluaran = io.StringIO()
    for i, s in enumerate(sajian):
        if i:
            keluaran.write("\n")
        csv.writer(keluaran, delimiter=";", lineterminator="\n").writerow([f"# {s.judul}"])
        keluaran.write(s.ke_csv(tepat=tepat))
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
        tabel = hitung_evaluasi(laporan)
        sajian: list[Sajian] = [tabel.sajian_satu(args.tabel or tabel.id)]
        if args.gambar:
            from kinerja.laporan.gambar_evaluasi import tulis_gambar_evaluasi

            for jalur in tulis_gambar_evaluasi(laporan, args.gambar):
                _tulis(f"gambar: {jalur}")
        if args.format == "xlsx":
            return _excel_evaluasi(args, sajian, None)
        if args.gambar:
            return 0  # seperti laporan kinerja: grafik alih-alih tabel
    elif args.format == "xlsx" or args.gambar:
        return _hitung_berkas(args, hitung(laporan))
    elif args.tabel in _TABEL_SENDIRI:
        sajian = [_TABEL_SENDIRI[args.tabel](laporan).ke_sajian()]
    else:
        hasil = hitung(laporan)
        if args.tabel == "pohon" and not hasil.pohon.akar:
            sajian = []  # laporan tanpa kode rekening: tidak ada pohon
        elif args.tabel:
            sajian = [hasil.sajian_satu(args.tabel)]  # tabel evaluasi: galat yang jelas
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
        info = laporan if isinstance(laporan, Laporan) else info_evaluasi(judul, sajian[0].id)
        _tulis_json(dokumen(info, sajian))
    else:
        sys.stdout.write(_csv_beberapa(sajian, args.nilai_tepat))
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


def _excel_evaluasi(
    args: argparse.Namespace, sajian: list[Sajian], temuan: list[Temuan] | None
) -> int:
    from kinerja.laporan.excel_keluar import buku_kerja_sajian, simpan_buku

    simpan_buku(buku_kerja_sajian(sajian, temuan), _xlsx(args))
    _tulis(f"buku kerja: {args.keluaran}")
    return 0


def _xlsx(args: argparse.Namespace) -> str:
    if not args.keluaran:
        raise InputTidakSah("--format xlsx butuh berkas keluaran: -o NAMA.xlsx")
    return str(args.keluaran)


def _periksa(args: argparse.Namespace) -> int:
    laporan = _muat(args)
    if args.format == "json":
        data = dokumen_periksa(laporan)
        _tulis_json(data)
        return 1 if data["temuan"] else 0
    if isinstance(laporan, Laporan):
        temuan = periksa(laporan)
        if args.format == "xlsx":
            hitung(laporan).ke_excel(_xlsx(args))
            _tulis(f"{len(temuan)} temuan; buku kerja: {args.keluaran}")
            return 1 if temuan else 0
    else:
        temuan = periksa_evaluasi(laporan)
        if args.format == "xlsx":
            _excel_evaluasi(args, [hitung_evaluasi(laporan).ke_sajian()], temuan)
            _tulis(f"{len(temuan)} temuan")
            return 1 if temuan else 0
    if args.format == "csv":
        sys.stdout.write(temuan_csv(temuan))
    elif args.format == "markdown":
        _tulis(temuan_markdown(_judul(laporan), temuan))
    else:
        _tulis(temuan_teks(_judul(laporan), temuan))
    return 1 if temuan else 0


def _contoh(args: argparse.Namespace) -> int:
    evaluasi = args.nama in CONTOH_EVALUASI
    if args.nama and args.format == "xlsx" and not evaluasi:
        from kinerja.laporan.excel_isian import tulis_buku_isian

        tulis_buku_isian(muat_contoh(args.nama), _xlsx(args))
        return 0
    if evaluasi and args.format != "toml":
        raise InputTidakSah(f"contoh evaluasi {tampil_aman(args.nama)} hanya tersedia sebagai TOML")
    if args.nama and args.format == "json":
        sys.stdout.write(tulis_laporan_teks(muat_contoh(args.nama), "json"))
        return 0
    if args.nama:
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


def _tulis_json(data: object) -> None:
    _tulis(json.dumps(data, ensure_ascii=False, indent=2))


def _skema(args: argparse.Namespace) -> int:
    _tulis_json(skema(args.nama))
    return 0


def _layani(args: argparse.Namespace) -> int:
    from kinerja.layanan.server import layani

    layani(args.host, args.port)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Titik masuk ``kinerja``; mengembalikan status keluar."""
    try:
        args = pengurai().parse_args(argv)
    except GalatArgumen as galat:
        if minta_json(sys.argv[1:] if argv is None else argv):
            _tulis_json(galat_data(galat))
        else:
            sys.stderr.write(f"kinerja: {galat}\nLihat: {galat.prog} --help\n")
        return 2
    jalankan = {
        "hitung": _hitung,
        "periksa": _periksa,
        "contoh": _contoh,
        "batas-waktu": _batas_waktu,
        "skema": _skema,
        "layani": _layani,
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
        if getattr(args, "format", None) == "json":
            _tulis_json(galat_data(galat))
            return 2
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
