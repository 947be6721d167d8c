"""Perintah ``kinerja contoh``: daftar contoh bawaan, atau satu contoh sebagai TOML, JSON, atau
buku kerja isian XLSX."""

from __future__ import annotations

import argparse
import sys

from kinerja.cli.keluar import berkas_xlsx, tulis
from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.evaluasi.berkas import CONTOH_EVALUASI, teks_contoh_evaluasi

__all__ = ["jalankan"]


def jalankan(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja contoh``; status 0."""
    evaluasi = args.nama in CONTOH_EVALUASI
    if args.nama and args.format == "xlsx" and not evaluasi:
        from kinerja.laporan.excel_isian import tulis_buku_isian

        tulis_buku_isian(muat_contoh(args.nama), berkas_xlsx(args))
        return 0
    if evaluasi and args.format != "toml":
        raise InputTidakSah(f"contoh evaluasi {tampil_aman(args.nama)} hanya tersedia sebagai TOML")
    if args.nama and args.format == "json":
        from kinerja.laporan.berkas import tulis_laporan_teks

        sys.stdout.write(tulis_laporan_teks(muat_contoh(args.nama), "json"))
        return 0
    if args.nama:
        sys.stdout.write((teks_contoh_evaluasi if evaluasi else teks_contoh)(args.nama))
        return 0
    semua = {**CONTOH, **CONTOH_EVALUASI}
    lebar = max(map(len, semua))
    tulis("\n".join(f"{nama:<{lebar}}  {uraian}" for nama, uraian in sorted(semua.items())))
    return 0
