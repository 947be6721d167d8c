"""Tabel berkas evaluasi (ikm, lke) bergabung ke keluaran Excel isu 12: lembar bernama id tabelnya,
angka sebagai sel angka, dan lembar temuan periksa."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kinerja.cli import main
from kinerja.laporan.evaluasi import (
    CONTOH_EVALUASI,
    hitung_evaluasi,
    muat_contoh_evaluasi,
    periksa_evaluasi,
)


@pytest.mark.parametrize("nama", sorted(CONTOH_EVALUASI))
def test_periksa_evaluasi_ke_excel(nama: str, tmp_path: Path) -> None:
    jalur = tmp_path / f"{nama}.xlsx"
    status = main(["periksa", "--contoh", nama, "--format", "xlsx", "-o", str(jalur)])
    temuan = periksa_evaluasi(muat_contoh_evaluasi(nama))
    assert status == (1 if temuan else 0)
    buku = openpyxl.load_workbook(jalur)
    tabel = hitung_evaluasi(muat_contoh_evaluasi(nama))
    assert buku.sheetnames[:2] == [tabel.id, "temuan"]
    ws = buku[tabel.id]
    for i, baris in enumerate(tabel.baris, start=3):
        for j, nilai in enumerate(baris, start=1):
            sel = ws.cell(row=i, column=j).value
            if isinstance(nilai, Decimal):  # angka tetap angka (bukan teks) di Excel
                assert isinstance(sel, (int, float))
                assert abs(Decimal(str(sel)) - nilai) < Decimal("1e-9")
    assert buku["temuan"].max_row - 2 == len(temuan)


@pytest.mark.parametrize("nama", sorted(CONTOH_EVALUASI))
def test_hitung_evaluasi_ke_excel_memuat_temuan_seperti_laporan(nama: str, tmp_path: Path) -> None:
    """Seperti ``kinerja hitung LAPORAN --format xlsx``: tabel, lalu temuan periksa di lembarnya
    sendiri; statusnya tetap 0 (hitung bukan pemeriksaan)."""
    hitung_xlsx, periksa_xlsx = tmp_path / "hitung.xlsx", tmp_path / "periksa.xlsx"
    assert main(["hitung", "--contoh", nama, "--format", "xlsx", "-o", str(hitung_xlsx)]) == 0
    main(["periksa", "--contoh", nama, "--format", "xlsx", "-o", str(periksa_xlsx)])
    dari_hitung, dari_periksa = (openpyxl.load_workbook(j) for j in (hitung_xlsx, periksa_xlsx))
    assert dari_hitung.sheetnames == dari_periksa.sheetnames
    assert dari_hitung.sheetnames[:2] == [hitung_evaluasi(muat_contoh_evaluasi(nama)).id, "temuan"]
    isi = [list(ws.values) for ws in (dari_hitung["temuan"], dari_periksa["temuan"])]
    assert isi[0] == isi[1]
    assert len(isi[0]) - 2 == len(periksa_evaluasi(muat_contoh_evaluasi(nama)))
