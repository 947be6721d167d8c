"""Isu 13 butir 4: yang dibutuhkan transkripsi lengkap contoh bawaan (Senduro, Klakah, Ranuyoso)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from kinerja import BerkasTidakSah, hitung
from kinerja.label_periode import LabelPeriode, baca_label_periode
from kinerja.laporan import BarisAnggaran, Laporan, TercetakAnggaran, Unit
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.periksa import periksa
from kinerja.periode import Periode, Triwulan


def test_label_triwulanan_dibaca() -> None:
    # Senduro menulis "triwulanan" (l. 7, l. 109, l. 133): "... di triwulanan II" (l. 133) dalam
    # laporan TW I adalah label periode lain
    assert baca_label_periode("secara maksimal di triwulanan II") == LabelPeriode(None, Triwulan.II)
    assert baca_label_periode("Tahun 2023 - Triwulanan I") == LabelPeriode(2023, Triwulan.I)


def test_format_angka_di_satu_tempat_tetap_format_angka() -> None:
    # Klakah: pagu program tercetak "4.430.000" (tabel 3.2.2, l. 420), "4.430.000,00" (tabel 2.2,
    # l. 212) dan "Rp. 4.430.000.00" (lampiran a, l. 537): nilainya sama di ketiga tempat, yang
    # salah hanya notasi lampiran — temuan format angka, bukan ketidakkonsistenan
    baris = BarisAnggaran(
        "Program", "4.430.000", realisasi_kumulatif="4.430.000",
        tercetak=TercetakAnggaran(pagu="4.430.000", tempat="l. 420"),
        tercetak_lain=[
            TercetakAnggaran(pagu="4.430.000,00", tempat="l. 212"),
            TercetakAnggaran(teks={"pagu": "4.430.000.00"}, tempat="l. 537"),
        ],
    )  # fmt: skip
    lap = Laporan(Unit("Camat", "Kecamatan Uji"), Periode(2024, 4), anggaran=[baris])
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak, t.dihitung, t.jenis) == (
        "pagu", "4.430.000.00", Decimal(4430000), "format angka",
    )  # fmt: skip
    assert t.tempat == ("l. 537",)
    # tempat lain mencetak nilai yang sama dengan benar; tempat yang mencetak nilai lain tetap
    # membuat temuan itu tidak konsisten
    lain = attrs.evolve(baris, tercetak=TercetakAnggaran(pagu="4.330.000", tempat="l. 420"))
    (u,) = [u for u in periksa(attrs.evolve(lap, anggaran=[lain])) if u.kolom == "pagu"]
    assert u.jenis == "tidak konsisten"


def test_ke_excel_jalur_bernul_galat_kinerja(tmp_path: Path) -> None:
    # ditemukan tests/test_sampah.py (hypothesis) selama isu 13: open() menolak '\x00' dengan
    # ValueError, yang harus menjadi galat berkas kinerja seperti galat OS lainnya
    pytest.importorskip("openpyxl")
    hasil = hitung(muat_contoh("ranuyoso-2022-tw4"))
    with pytest.raises(BerkasTidakSah, match="tidak bisa ditulis"):
        hasil.ke_excel(tmp_path / "a\x00.xlsx")
