"""Pengurai argumen perintah ``kinerja`` (dipakai setiap perintah).

Galat argumen dilaporkan dalam Bahasa Indonesia dengan status 2.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Sequence
from typing import NoReturn

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.hari_kerja import HARI_KERJA_LAPORAN
from kinerja.laporan.contoh import CONTOH
from kinerja.laporan.evaluasi.berkas import CONTOH_EVALUASI, JENIS_MASUKAN

__all__ = [
    "PILIHAN_FORMAT",
    "PILIHAN_TABEL",
    "GalatArgumen",
    "minta_json",
    "pengurai",
    "periksa_argumen",
]

PILIHAN_FORMAT = ("teks", "markdown", "json", "csv", "xlsx")
PILIHAN_TABEL = (
    "capaian", "keuangan", "cost-per-outcome", "pohon", "ringkasan", "riwayat", "renstra",
    "ikm", "lke",
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
        raise GalatArgumen(message, self.prog)


class GalatArgumen(InputTidakSah):
    """Argumen perintah tidak sah; ``kinerja.cli.main`` menuliskannya (teks atau JSON), status 2."""

    def __init__(self, pesan: str, prog: str) -> None:
        super().__init__(pesan)
        self.prog = prog


def minta_json(argv: Sequence[str]) -> bool:
    """``--format json`` (atau ``--format=json``) ada di antara argumen."""
    return "--format=json" in argv or any(
        a == "--format" and b == "json" for a, b in itertools.pairwise(argv)
    )


def pengurai() -> argparse.ArgumentParser:
    """Pengurai argumen ``kinerja`` beserta semua subperintahnya."""
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
                              help="laporan .toml/.json/.xlsx, IKM .csv; - = stdin")  # fmt: skip
        kelompok.add_argument("--contoh", metavar="NAMA", choices=_SEMUA_CONTOH,
                              help="pakai contoh bawaan (lihat: kinerja contoh)")  # fmt: skip
        p.add_argument("--format", choices=PILIHAN_FORMAT, default="teks",
                       help="bentuk keluaran (bawaan: teks; xlsx butuh -o)")  # fmt: skip
        _keluaran(p)
        p.add_argument("--jenis", choices=JENIS_MASUKAN,
                       help="format BERKAS bila akhirannya tidak dikenal (stdin: ditebak dari "
                       "isinya; csv harus disebut)")  # fmt: skip

    hit = sub.add_parser("hitung", help="cetak tabel-tabel laporan",
                         description="Hitung dan cetak tabel-tabel laporan.")  # fmt: skip
    sumber(hit, wajib=False)
    hit.add_argument("--tabel", choices=PILIHAN_TABEL, help="hanya satu tabel")
    hit.add_argument("--nilai-tepat", action="store_true",
                     help="CSV: kolom tambahan berisi angka tepat tanpa pembulatan")  # fmt: skip
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
    con.add_argument("--format", choices=("toml", "json", "xlsx"), default="toml",
                     help="format contoh (bawaan: toml; xlsx: buku isian, butuh -o)")  # fmt: skip
    _keluaran(con)
    sk = sub.add_parser("skema", help="cetak JSON Schema masukan atau keluaran",
                        description="JSON Schema berkas laporan (masukan) atau keluaran JSON "
                        "v1 (keluaran).")  # fmt: skip
    sk.add_argument("nama", choices=("masukan", "keluaran"), metavar="masukan|keluaran")
    lay = sub.add_parser("layani", help="layanan HTTP lokal (butuh extra 'layanan')",
                         description="Layanan HTTP: POST /hitung, POST /periksa, halaman di /. "
                         "Butuh: pip install 'kinerja[layanan]'.")  # fmt: skip
    lay.add_argument("--host", default="127.0.0.1",
                     help="alamat yang didengar (bawaan: 127.0.0.1, hanya mesin ini)")  # fmt: skip
    lay.add_argument("--port", type=int, default=8000, help="porta (bawaan: 8000)")
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


def periksa_argumen(args: argparse.Namespace) -> None:
    """Argumen yang tidak berlaku untuk pilihan lainnya: galat, bukan diabaikan diam-diam."""
    keluaran = getattr(args, "keluaran", None)
    if keluaran and getattr(args, "format", None) != "xlsx":
        raise GalatArgumen(
            f"argumen -o/--keluaran ({tampil_aman(keluaran)}) hanya untuk --format xlsx; keluaran "
            f"{args.format} ditulis ke layar (alihkan dengan > BERKAS)",
            f"kinerja {args.perintah}",
        )


def _keluaran(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--keluaran", metavar="BERKAS", help="berkas keluaran (untuk xlsx)")


def _versi() -> str:
    from kinerja import __version__

    return __version__
