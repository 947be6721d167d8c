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
import gc
import importlib
import sys
from collections.abc import Callable, Sequence

from kinerja.cli.keluar import tulis_json
from kinerja.cli.pengurai import (
    PILIHAN_FORMAT,
    PILIHAN_TABEL,
    GalatArgumen,
    minta_json,
    pengurai,
    periksa_argumen,
)
from kinerja.galat import KinerjaError

__all__ = ["main"]

FORMAT, TABEL = PILIHAN_FORMAT, PILIHAN_TABEL
TABEL_EVALUASI = ("ikm", "lke")  # tabel berkas evaluasi (docs/evaluasi.md)

# Perintah → (modul, fungsi). Modul perintah dimuat hanya bila perintahnya dijalankan: `hitung`
# tidak memuat layanan HTTP, Excel atau skema, `batas-waktu` tidak memuat mesin laporan.
_PERINTAH: dict[str, tuple[str, str]] = {
    "hitung": ("kinerja.cli.hitung", "jalankan"),
    "periksa": ("kinerja.cli.periksa", "jalankan"),
    "contoh": ("kinerja.cli.contoh", "jalankan"),
    "batas-waktu": ("kinerja.cli.batas_waktu", "jalankan"),
    "skema": ("kinerja.cli.layanan", "skema"),
    "layani": ("kinerja.cli.layanan", "layani"),
}


def _perintah(nama: str) -> Callable[[argparse.Namespace], int]:
    modul, fungsi = _PERINTAH[nama]
    jalankan: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(modul), fungsi)
    return jalankan


def _galat_data(galat: KinerjaError) -> dict[str, list[dict[str, str]]]:
    from kinerja.layanan.inti import galat_data  # satu bentuk galat JSON dengan layanan HTTP

    return galat_data(galat)


def main(argv: Sequence[str] | None = None) -> int:
    """Titik masuk ``kinerja``; mengembalikan status keluar."""
    try:
        args = pengurai().parse_args(argv)
        periksa_argumen(args)
    except GalatArgumen as galat:
        if minta_json(sys.argv[1:] if argv is None else argv):
            tulis_json(_galat_data(galat))
        else:
            sys.stderr.write(f"kinerja: {galat}\nLihat: {galat.prog} --help\n")
        return 2
    jalankan = _perintah(args.perintah)
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
            tulis_json(_galat_data(galat))
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
