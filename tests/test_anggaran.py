"""Uji properti anggaran, serapan dan efisiensi."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given

from kinerja import (
    Anggaran,
    AnggaranMelebihiPagu,
    InputTidakSah,
    PaguNol,
    bulatkan,
    efisiensi,
    serapan,
)
from tests.strategies import desimal, pagu_dan_realisasi


@given(pagu_dan_realisasi())
def test_sisa_pagu_dikurangi_realisasi_tepat(pr: tuple[Decimal, Decimal]) -> None:
    # rujukan pecahan tepat, lepas dari konteks Decimal pustaka
    pagu, realisasi = pr
    a = Anggaran(pagu=pagu, realisasi=realisasi)
    assert Fraction(a.sisa) == Fraction(pagu) - Fraction(realisasi)
    assert a.sisa >= 0


def test_sisa_contoh_klakah() -> None:
    # DOMAIN.md §5, Klakah 2024 program 7.01.01
    assert Anggaran(pagu="1.780.578.508", realisasi="1.692.625.798").sisa == 87_952_710


@given(pagu_dan_realisasi())
def test_serapan_dalam_0_sampai_100(pr: tuple[Decimal, Decimal]) -> None:
    pagu, realisasi = pr
    if pagu == 0:
        with pytest.raises(PaguNol):
            serapan(pagu, realisasi)
        return
    s = serapan(pagu, realisasi)
    assert 0 <= s <= 100
    assert (s == 100) == (realisasi == pagu)
    assert Anggaran(pagu, realisasi).serapan == s


@given(desimal(-500, 500, 2), desimal(0, 100, 2))
def test_efisiensi_adalah_selisih_poin(c: Decimal, s: Decimal) -> None:
    e = efisiensi(c, s)
    assert e + s == c
    assert (e > 0) == (c > s)


def test_galat_anggaran() -> None:
    with pytest.raises(AnggaranMelebihiPagu, match="melebihi"):
        Anggaran(pagu=100, realisasi=101)
    with pytest.raises(AnggaranMelebihiPagu):
        serapan(100, 101)
    with pytest.raises(InputTidakSah, match="'pagu' harus >= 0"):
        Anggaran(pagu=-5)
    with pytest.raises(PaguNol):
        Anggaran(pagu=0).serapan  # noqa: B018 - properti yang melempar galat
    assert Anggaran(pagu=0).sisa == 0


def test_anggaran_menerima_teks_rupiah() -> None:
    a = Anggaran(pagu="Rp. 22.571.000", realisasi="Rp 4.453.500")
    assert a.sisa == Decimal("18117500")
    assert bulatkan(a.serapan) == Decimal("19.73")
