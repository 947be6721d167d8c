"""Uji triwulan, periode, hari kerja dan batas waktu laporan."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import (
    InputTidakSah,
    KalenderBelumLengkap,
    KalenderBelumTersedia,
    Periode,
    TipeTidakSah,
    Triwulan,
    adalah_hari_kerja,
    batas_waktu_laporan,
    cuti_bersama_tersedia,
    tambah_hari_kerja,
)


@pytest.mark.parametrize(
    ("nilai", "tw"),
    [
        (1, Triwulan.I),
        ("II", Triwulan.II),
        ("TW III", Triwulan.III),
        ("Triwulan IV", Triwulan.IV),
        ("tw 4", Triwulan.IV),
        (Triwulan.II, Triwulan.II),
    ],
)
def test_triwulan_dari(nilai: object, tw: Triwulan) -> None:
    assert Triwulan.dari(nilai) is tw


@pytest.mark.parametrize("nilai", [0, 5, "V", "", "TW"])
def test_triwulan_tidak_sah(nilai: object) -> None:
    with pytest.raises(InputTidakSah):
        Triwulan.dari(nilai)


def test_triwulan_tanggal() -> None:
    assert Triwulan.I.akhir(2024) == datetime.date(2024, 3, 31)
    assert Triwulan.II.akhir(2024) == datetime.date(2024, 6, 30)
    assert Triwulan.III.awal(2024) == datetime.date(2024, 7, 1)
    assert str(Periode(2023, 1)) == "TW I 2023"
    assert str(Periode(2024)) == "Tahun 2024"
    assert Periode(2024, "IV").akhir == datetime.date(2024, 12, 31)
    with pytest.raises(TipeTidakSah):
        Periode("2024")


@given(
    st.integers(min_value=2018, max_value=2026),
    st.sampled_from(Triwulan),
    st.integers(min_value=1, max_value=20),
)
def test_batas_waktu_adalah_hari_kerja_ke_n(tahun: int, tw: Triwulan, n: int) -> None:
    batas = batas_waktu_laporan(tahun, tw, n)
    assert adalah_hari_kerja(batas)
    hari = [
        tw.akhir(tahun) + datetime.timedelta(days=i)
        for i in range(1, (batas - tw.akhir(tahun)).days + 1)
    ]
    assert sum(adalah_hari_kerja(h) for h in hari) == n
    assert batas_waktu_laporan(tahun, tw, n + 1) > batas


def test_hari_kerja_melewati_libur_dan_cuti_bersama() -> None:
    assert not adalah_hari_kerja(datetime.date(2025, 4, 2))  # cuti bersama Idul Fitri
    assert not adalah_hari_kerja(datetime.date(2025, 1, 1))  # Tahun Baru
    assert not adalah_hari_kerja(datetime.date(2025, 1, 4))  # Sabtu
    assert adalah_hari_kerja(datetime.date(2025, 1, 2))


def test_kalender_cuti_bersama_yang_belum_ada() -> None:
    tahun = 2099
    assert not cuti_bersama_tersedia(tahun)
    with pytest.raises(KalenderBelumTersedia, match="2099"):
        batas_waktu_laporan(tahun, 1)
    with pytest.warns(KalenderBelumLengkap, match="2099"):
        batas = batas_waktu_laporan(tahun, 1, kalender_tak_lengkap=True)
    assert adalah_hari_kerja(batas)


def test_galat_hari_kerja() -> None:
    with pytest.raises(InputTidakSah):
        batas_waktu_laporan(2024, 1, 0)
    with pytest.raises(TipeTidakSah):
        tambah_hari_kerja("2024-01-01", 5)  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah, match="tahun"):
        batas_waktu_laporan(1800, 1)
