"""Keluaran perintah ``kinerja`` ke stdout: teks, JSON, dan berkas XLSX yang diminta ``-o``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kinerja.galat import InputTidakSah

if TYPE_CHECKING:  # hanya jenis: hitung tidak memuat paket periksa
    from kinerja.laporan.periksa.temuan import Temuan
    from kinerja.laporan.sajian import Sajian

__all__ = ["berkas_xlsx", "excel_evaluasi", "tulis", "tulis_json"]


def tulis(teks: str) -> None:
    """Tulis ``teks`` dan satu pemisah baris ke stdout."""
    sys.stdout.write(teks + "\n")


def tulis_json(data: object) -> None:
    """Tulis ``data`` sebagai JSON (UTF-8 apa adanya, indentasi 2) ke stdout."""
    tulis(json.dumps(data, ensure_ascii=False, indent=2))


def berkas_xlsx(args: argparse.Namespace) -> str:
    """Berkas keluaran ``-o`` untuk ``--format xlsx`` (wajib)."""
    if not args.keluaran:
        raise InputTidakSah("--format xlsx butuh berkas keluaran: -o NAMA.xlsx")
    return str(args.keluaran)


def excel_evaluasi(
    args: argparse.Namespace, sajian: Sequence[Sajian], temuan: list[Temuan] | None
) -> int:
    """Buku kerja tabel evaluasi (IKM/LKE) dan temuannya (extra ``excel``)."""
    from kinerja.laporan.excel_keluar import buku_kerja_sajian, simpan_buku

    simpan_buku(buku_kerja_sajian(list(sajian), temuan), berkas_xlsx(args))
    tulis(f"buku kerja: {args.keluaran}")
    return 0
