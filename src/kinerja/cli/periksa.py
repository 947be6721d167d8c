"""Perintah ``kinerja periksa``: angka tercetak dihitung ulang; daftar temuan sebagai teks,
Markdown, CSV, JSON v1 atau buku kerja XLSX. Status 0 tanpa temuan, 1 bila ada."""

from __future__ import annotations

import argparse
import sys

from kinerja.cli.keluar import berkas_xlsx, excel_evaluasi, tulis, tulis_json
from kinerja.cli.muat import muat
from kinerja.cli.temuan import temuan_csv, temuan_markdown, temuan_teks
from kinerja.laporan.model import Laporan

__all__ = ["jalankan"]


def jalankan(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja periksa``; status 1 bila ada temuan."""
    laporan = muat(args)
    if args.format == "json":
        from kinerja.layanan.inti import dokumen_periksa

        data = dokumen_periksa(laporan)
        tulis_json(data)
        return 1 if data["temuan"] else 0
    if isinstance(laporan, Laporan):
        from kinerja.laporan.periksa import periksa

        temuan = periksa(laporan)
        if args.format == "xlsx":
            from kinerja.laporan.tabel import hitung

            hitung(laporan).ke_excel(berkas_xlsx(args))
            tulis(f"{len(temuan)} temuan; buku kerja: {args.keluaran}")
            return 1 if temuan else 0
    else:
        from kinerja.laporan.evaluasi import hitung_evaluasi, periksa_evaluasi

        temuan = periksa_evaluasi(laporan)
        if args.format == "xlsx":
            excel_evaluasi(args, [hitung_evaluasi(laporan).ke_sajian()], temuan)
            tulis(f"{len(temuan)} temuan")
            return 1 if temuan else 0
    if args.format == "csv":
        sys.stdout.write(temuan_csv(temuan))
    elif args.format == "markdown":
        tulis(temuan_markdown(laporan.judul, temuan))
    else:
        tulis(temuan_teks(laporan.judul, temuan))
    return 1 if temuan else 0
