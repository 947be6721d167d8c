"""Perintah ``kinerja batas-waktu``: tanggal batas penyampaian laporan triwulan (hari kerja,
libur nasional dan cuti bersama)."""

from __future__ import annotations

import argparse

from kinerja.cli.keluar import tulis
from kinerja.hari_kerja import batas_waktu_laporan
from kinerja.periode import Triwulan

__all__ = ["jalankan"]


def jalankan(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja batas-waktu``; status 0."""
    tw = Triwulan.dari(args.triwulan)
    tanggal = batas_waktu_laporan(
        args.tahun, tw, args.hari_kerja, kalender_tak_lengkap=args.kalender_tak_lengkap
    )
    # babel.dates (beserta zoneinfo) hanya untuk perintah ini
    from babel.dates import format_date

    teks = format_date(tanggal, format="EEEE, d MMMM y", locale="id")
    tulis(f"Batas waktu laporan {tw} {args.tahun} ({args.hari_kerja} hari kerja): {teks}")
    return 0
