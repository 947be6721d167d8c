"""Perubahan antartahun (DOMAIN §11): contoh terhitung, rujukan Fraction, sifat metamorfik."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given

from kinerja import (
    ArahPerubahan,
    InputTidakSah,
    NilaiLamaNol,
    Polaritas,
    TipeTidakSah,
    arah_perubahan,
    bulatkan,
    perubahan,
    selisih_poin,
)
from tests.strategies import desimal, polaritas


@pytest.mark.parametrize(
    ("lama", "baru", "poin", "persen"),
    [
        ("80,10", "82,40", "2.30", "2.87"),  # IKM 2022 → 2023
        ("82,40", "85,00", "2.60", "3.16"),  # IKM 2023 → 2024
        ("9,8", "9,2", "-0.60", "-6.12"),  # angka kemiskinan
    ],
)
def test_contoh_terhitung_domain_11(lama: str, baru: str, poin: str, persen: str) -> None:
    assert bulatkan(selisih_poin(lama, baru)) == Decimal(poin)
    assert bulatkan(perubahan(lama, baru)) == Decimal(persen)


def test_arah_contoh_terhitung_domain_11() -> None:
    assert arah_perubahan("82,40", "85,00", Polaritas.POSITIF) is ArahPerubahan.MEMBAIK
    assert arah_perubahan("9,8", "9,2", Polaritas.NEGATIF) is ArahPerubahan.MEMBAIK
    assert arah_perubahan("9,2", "9,8", "negatif") is ArahPerubahan.MEMBURUK
    assert arah_perubahan("85", "82,4") is ArahPerubahan.MEMBURUK
    assert arah_perubahan("85", "85,00", "negatif") is ArahPerubahan.TETAP


@given(desimal(), desimal())
def test_poin_antisimetris(a: Decimal, b: Decimal) -> None:
    assert selisih_poin(a, b) == -selisih_poin(b, a)


@given(desimal(), desimal())
def test_persen_bertanda_sama_dengan_poin(lama: Decimal, baru: Decimal) -> None:
    assume(lama != 0)
    poin = selisih_poin(lama, baru)
    persen = perubahan(lama, baru)
    assert (persen > 0) == (poin > 0)
    assert (persen < 0) == (poin < 0)
    assert (persen == 0) == (poin == 0)


@given(desimal(), desimal())
def test_persen_sama_dengan_rujukan_fraction(lama: Decimal, baru: Decimal) -> None:
    assume(lama != 0)
    rujukan = (Fraction(baru) - Fraction(lama)) / abs(Fraction(lama)) * 100
    hasil = Fraction(perubahan(lama, baru))
    # 34 digit signifikan: galat relatif paling banyak 10⁻³³
    assert abs(hasil - rujukan) <= abs(rujukan) * Fraction(1, 10**32)


@given(desimal(), desimal(), polaritas)
def test_arah_berbalik_bila_tahun_ditukar(a: Decimal, b: Decimal, pol: Polaritas) -> None:
    maju = arah_perubahan(a, b, pol)
    mundur = arah_perubahan(b, a, pol)
    if a == b:
        assert maju is mundur is ArahPerubahan.TETAP
    else:
        assert {maju, mundur} == {ArahPerubahan.MEMBAIK, ArahPerubahan.MEMBURUK}


@given(desimal(), desimal())
def test_arah_berbalik_bila_polaritas_dibalik(a: Decimal, b: Decimal) -> None:
    assume(a != b)
    assert arah_perubahan(a, b, Polaritas.POSITIF) is not arah_perubahan(a, b, Polaritas.NEGATIF)


@given(desimal())
def test_lama_nol_galat_pustaka(baru: Decimal) -> None:
    with pytest.raises(NilaiLamaNol, match="'lama'"):
        perubahan(Decimal("0.00"), baru)


def test_masukan_tidak_sah_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match="'lama'"):
        perubahan("8x", 9)
    with pytest.raises(TipeTidakSah, match="'baru'"):
        selisih_poin(1, 2.5)  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah, match="polaritas"):
        arah_perubahan(1, 2, "naik")
