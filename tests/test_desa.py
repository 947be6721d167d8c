"""Uji dokumen desa tepat waktu dan rekap fasilitasi."""

from __future__ import annotations

import datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import (
    DataTidakAda,
    DokumenDesa,
    InputTidakSah,
    RekapFasilitasi,
    TipeTidakSah,
    persentase_tepat_waktu,
    tepat_waktu,
)
from tests.strategies import dokumen_desa


@given(dokumen_desa, st.integers(min_value=2000, max_value=2100), st.dates())
def test_tepat_waktu_sesuai_batas(dok: DokumenDesa, tahun: int, tanggal: datetime.date) -> None:
    # batas dari DOMAIN.md §7 ditulis sebagai (tahun, bulan, tanggal) relatif tahun anggaran,
    # dibandingkan sebagai tuple: lepas dari DokumenDesa.batas_waktu
    batas = {
        DokumenDesa.RKPDES: (tahun - 1, 9, 30),
        DokumenDesa.APBDES: (tahun - 1, 12, 31),
        DokumenDesa.LPPDES: (tahun + 1, 3, 31),
    }[dok]
    assert tepat_waktu(dok, tanggal, tahun) is ((tanggal.year, tanggal.month, tanggal.day) <= batas)
    assert tepat_waktu(dok, None, tahun) is False


@given(
    st.integers(min_value=1, max_value=500).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.fixed_dictionaries({d: st.integers(min_value=0, max_value=n) for d in DokumenDesa}),
        )
    )
)
def test_persentase_tepat_waktu_dalam_0_100(data: tuple[int, dict[DokumenDesa, int]]) -> None:
    n, tepat = data
    p = persentase_tepat_waktu(n, tepat)
    assert 0 <= p <= 100
    assert (p == 100) == all(v == n for v in tepat.values())
    assert (p == 0) == all(v == 0 for v in tepat.values())


def test_tepat_waktu_batas_tepat_pada_harinya() -> None:
    assert tepat_waktu("RKPDes", datetime.date(2023, 9, 30), 2024)
    assert not tepat_waktu("rkpdes", datetime.date(2023, 10, 1), 2024)
    assert tepat_waktu(DokumenDesa.LPPDES, datetime.date(2025, 3, 31), 2024)
    assert not tepat_waktu(DokumenDesa.LPPDES, datetime.date(2025, 4, 1), 2024)


def test_galat_desa() -> None:
    tepat = {DokumenDesa.RKPDES: 12, DokumenDesa.APBDES: 12, DokumenDesa.LPPDES: 13}
    with pytest.raises(InputTidakSah, match="melebihi jumlah desa"):
        persentase_tepat_waktu(12, tepat)
    with pytest.raises(InputTidakSah, match="LPPDes"):
        persentase_tepat_waktu(12, {DokumenDesa.RKPDES: 1, DokumenDesa.APBDES: 1})
    with pytest.raises(InputTidakSah, match="> 0"):
        persentase_tepat_waktu(0, {})
    with pytest.raises(InputTidakSah, match="dokumen"):
        tepat_waktu("RPJMDes", None, 2024)
    with pytest.raises(TipeTidakSah, match="tanggal"):
        tepat_waktu(DokumenDesa.APBDES, "2023-12-01", 2024)  # type: ignore[arg-type]


@given(
    st.integers(min_value=1, max_value=15).flatmap(
        lambda n: st.lists(st.lists(st.booleans(), min_size=n, max_size=n), min_size=1)
    )
)
def test_rekap_fasilitasi_sama_dengan_rerata_nilai_baris(baris: list[list[bool]]) -> None:
    n = len(baris[0])
    desa = [f"Desa {j}" for j in range(n)]
    rekap = RekapFasilitasi(desa=desa, centang={f"a{i}": b for i, b in enumerate(baris)})
    # rujukan pecahan tepat (DOMAIN.md §8): rerata nilai baris (centang / desa) × 100
    rerata = sum((Fraction(sum(b), n) for b in baris), Fraction(0)) / len(baris) * 100
    assert abs(Fraction(rekap.persentase) - rerata) < Fraction(1, 10**20)
    assert 0 <= rekap.persentase <= 100
    assert (rekap.persentase == 100) == all(all(b) for b in baris)


def test_galat_rekap_fasilitasi() -> None:
    with pytest.raises(InputTidakSah, match="2 centang, padahal ada 3 desa"):
        RekapFasilitasi(desa=["A", "B", "C"], centang={"rapat": [True, False]})
    with pytest.raises(DataTidakAda):
        RekapFasilitasi(desa=[], centang={"rapat": []})
    with pytest.raises(InputTidakSah, match="kembar"):
        RekapFasilitasi(desa=["A", "A"], centang={"rapat": [True, True]})
    with pytest.raises(TipeTidakSah, match=r"\[1\]"):
        RekapFasilitasi(desa=["A", "B"], centang={"rapat": [True, 1]})
    with pytest.raises(DataTidakAda):
        RekapFasilitasi(desa=["A"], centang={})
