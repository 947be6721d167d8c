"""Perintah ``kinerja``: hitung tabel laporan, periksa angka tercetak, contoh, batas waktu.

::

    kinerja hitung [BERKAS | - | --contoh NAMA] [--jenis toml|json]
                   [--format teks|markdown|json|csv] [--tabel NAMA] [--nilai-tepat]
    kinerja periksa (BERKAS | - | --contoh NAMA) [--jenis toml|json] [--format …]
    kinerja contoh [NAMA] [--format toml|json]
    kinerja skema masukan|keluaran
    kinerja layani [--host 127.0.0.1] [--port 8000]
    kinerja batas-waktu TAHUN TRIWULAN [--hari-kerja N] [--kalender-tak-lengkap]

Tanpa BERKAS, ``hitung`` memakai contoh bawaan ``klakah-2024-tw4``; ``-`` membaca stdin.
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
from typing import Any

from kinerja.cli_pengurai import (
    PILIHAN_FORMAT,
    PILIHAN_TABEL,
    GalatArgumen,
    minta_json,
    pengurai,
)
from kinerja.galat import KinerjaError
from kinerja.hari_kerja import batas_waktu_laporan
from kinerja.laporan.berkas import baca_laporan, tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, CONTOH_BAWAAN, muat_contoh, teks_contoh
from kinerja.laporan.keluaran import dokumen
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.sajian import BisaDisajikan, Sajian
from kinerja.laporan.tabel import (
    hitung,
    tabel_capaian,
    tabel_cost_per_outcome,
    tabel_keuangan,
)
from kinerja.layanan.inti import baca_aliran, dokumen_periksa, galat_data, skema
from kinerja.periode import Triwulan

__all__ = ["main"]

FORMAT, TABEL = PILIHAN_FORMAT, PILIHAN_TABEL


def _muat(args: argparse.Namespace) -> Laporan:
    if args.contoh:
        return muat_contoh(args.contoh)
    if args.berkas == "-":
        return baca_aliran(sys.stdin.buffer, args.jenis, "<stdin>")
    if args.berkas:
        return baca_laporan(args.berkas, jenis=args.jenis)
    return muat_contoh(CONTOH_BAWAAN)


def _judul(laporan: Laporan) -> str:
    unit = laporan.unit
    tempat = unit.instansi + (f", Kabupaten {unit.kabupaten}" if unit.kabupaten else "")
    return f"Laporan Kinerja {unit.nama} — {tempat} — {laporan.periode}"


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
    if args.tabel in _TABEL_SENDIRI:
        sajian: list[Sajian] = [_TABEL_SENDIRI[args.tabel](laporan).ke_sajian()]
    else:
        hasil = hitung(laporan)
        if args.tabel == "pohon" and not hasil.pohon.akar:
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
        _tulis_json(dokumen(laporan, sajian))
    else:
        sys.stdout.write(_csv_beberapa(sajian, args.nilai_tepat))
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
    }


def _periksa(args: argparse.Namespace) -> int:
    laporan = _muat(args)
    if args.format == "json":
        data = dokumen_periksa(laporan)
        _tulis_json(data)
        return 1 if data["temuan"] else 0
    temuan = periksa(laporan)
    if args.format == "csv":
        keluaran = io.StringIO()
        penulis = csv.DictWriter(
            keluaran,
            fieldnames=list(_temuan_data(Temuan("", "", "", None, None, None, "")).keys()),
            delimiter=";",
            lineterminator="\n",
        )
        penulis.writeheader()
        penulis.writerows(_temuan_data(t) for t in temuan)
        sys.stdout.write(keluaran.getvalue())
    elif args.format == "markdown":
        baris = [f"## Temuan: {_judul(laporan)}", ""]
        if temuan:
            baris += ["| No | Tabel | Baris | Kolom | Temuan |", "|---:|---|---|---|---|"]
            baris += [
                f"| {i} | {t.tabel} | {t.baris} | {t.kolom} | "
                + str(t).split(": ", 1)[1].replace("|", "\\|")
                + " |"
                for i, t in enumerate(temuan, 1)
            ]
        else:
            baris.append("Tidak ada temuan: semua angka tercetak sesuai aturan.")
        _tulis("\n".join(baris))
    else:
        baris = [_judul(laporan), ""]
        baris += [f"{i:>3}. {t}" for i, t in enumerate(temuan, 1)]
        baris.append(
            f"\n{len(temuan)} temuan."
            if temuan
            else "Tidak ada temuan: semua angka tercetak sesuai aturan."
        )
        _tulis("\n".join(baris))
    return 1 if temuan else 0


def _contoh(args: argparse.Namespace) -> int:
    if args.nama and args.format == "json":
        sys.stdout.write(tulis_laporan_teks(muat_contoh(args.nama), "json"))
        return 0
    if args.nama:
        sys.stdout.write(teks_contoh(args.nama))
        return 0
    lebar = max(map(len, CONTOH))
    _tulis("\n".join(f"{nama:<{lebar}}  {uraian}" for nama, uraian in sorted(CONTOH.items())))
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
