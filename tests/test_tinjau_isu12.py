"""Tinjauan penerimaan isu 12 (tabel data): cacat yang ditemukan saat dicoba sebagai pengguna."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kinerja.laporan.berkas import baca_laporan, tulis_laporan
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.periksa import periksa

# ------------------------------------------------ Excel masuk: sel berformat persen


def test_sel_persen_dibaca_seperti_yang_tampil(tmp_path: Path) -> None:
    """Mengetik "99,22%" di Excel menyimpan 0,9922 berformat persen; yang dimaksud 99,22.

    Metamorfik: sel persen harus sama dengan teks "99,22" yang ditulis ``kinerja contoh``
    (dan teks "99,22%"), jadi laporan dan temuan ``periksa`` tidak berubah.
    """
    asli = muat_contoh("kalaena-2024-tw1")
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(asli, jalur)
    buku = openpyxl.load_workbook(jalur)
    sel = buku["Anggaran"]["O2"]  # tercetak.capaian_keuangan, ditulis sebagai teks "99,22"
    assert (buku["Anggaran"]["O1"].value, sel.value) == ("tercetak.capaian_keuangan", "99,22")
    sel.value = 0.9922
    sel.number_format = "0.00%"
    persen_bulat = buku["Indikator"]["K2"]  # realisasi.tw1 "3" → 3% diketik sebagai persen
    assert persen_bulat.value == "3"
    persen_bulat.value = 0.03
    persen_bulat.number_format = "0%"
    buku.save(jalur)
    dibaca = baca_laporan(jalur)
    assert dibaca == asli
    assert len(periksa(dibaca)) == len(periksa(asli))
