"""Uji angka bernotasi Indonesia: pembacaan ketat, pembulatan, format, dan penolakan float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from kinerja import (
    FormatAngkaSalah,
    InputTidakSah,
    TipeTidakSah,
    baca_angka,
    bulatkan,
    format_angka,
    format_persen,
    format_rupiah,
    ke_desimal,
    tulis_angka_tepat,
)
from tests.strategies import desimal


@given(desimal(-(10**15), 10**15, 2))
def test_baca_format_bolak_balik(x: Decimal) -> None:
    assert baca_angka(format_angka(x)) == x
    assert baca_angka(format_persen(x)) == x
    assert baca_angka(format_rupiah(x, sen=True)) == x


@given(desimal(-(10**18), 10**18, 6))
def test_tulis_angka_bolak_balik_tepat(x: Decimal) -> None:
    kembali = baca_angka(tulis_angka_tepat(x))
    assert kembali == x
    assert kembali.as_tuple().exponent == x.as_tuple().exponent


@given(desimal(-(10**15), 10**15, 0))
def test_baca_format_rupiah_bulat(x: Decimal) -> None:
    assert baca_angka(format_rupiah(x)) == x


@given(desimal(-(10**9), 10**9, 6))
def test_bulatkan_setengah_ke_atas_dalam_setengah_kuantum(x: Decimal) -> None:
    b = bulatkan(x)
    assert abs(b - x) <= Decimal("0.005")
    assert b.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("x", "diharapkan"),
    [
        ("99,805", "99.81"),
        ("99,815", "99.82"),
        ("0,005", "0.01"),
        ("-0,005", "-0.01"),
        ("46,1420", "46.14"),
    ],
)
def test_bulatkan_setengah_ke_atas_bukan_ke_genap(x: str, diharapkan: str) -> None:
    assert bulatkan(x) == Decimal(diharapkan)


def test_format() -> None:
    assert format_angka(Decimal("1895403508")) == "1.895.403.508,00"
    assert format_angka(Decimal("-0.001")) == "0,00"
    assert format_persen(Decimal("46.142"), 0) == "46%"
    assert format_rupiah(Decimal("34428500")) == "Rp34.428.500"
    assert format_rupiah(Decimal("0.5")) == "Rp1"


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        ("19.7195.216", ("197.195.216",)),
        ("1.5", ("15", "1,5")),
    ],
)
def test_baca_angka_ketat_dengan_saran(teks: str, saran: tuple[str, ...]) -> None:
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka(teks)
    assert info.value.saran == saran
    assert repr(saran[0]) in str(info.value)


def test_notasi_inggris_hanya_bila_diminta() -> None:
    with pytest.raises(FormatAngkaSalah, match="notasi='en'"):
        baca_angka("1,361,248,977")
    assert baca_angka("1,361,248,977", notasi="en") == Decimal("1361248977")
    assert baca_angka("95.27", notasi="en") == Decimal("95.27")


@pytest.mark.parametrize("teks", ["", "   ", "Rp", "%", "abc", "1 000", "1..000", "NaN", "inf"])
def test_baca_angka_menolak_bukan_angka(teks: str) -> None:
    with pytest.raises(FormatAngkaSalah):
        baca_angka(teks)


def test_baca_angka_menolak_teks_sangat_panjang() -> None:
    with pytest.raises(FormatAngkaSalah, match="terlalu panjang"):
        baca_angka("1" * 1_000_000)


def test_ke_desimal_menolak_float_bool_nan() -> None:
    with pytest.raises(TipeTidakSah, match=r"'pagu' tidak boleh float .*'0,1'"):
        ke_desimal(0.1, "pagu")
    with pytest.raises(TipeTidakSah, match="bool"):
        ke_desimal(True, "pagu")
    with pytest.raises(InputTidakSah, match="hingga"):
        ke_desimal(Decimal("NaN"), "pagu")
    with pytest.raises(InputTidakSah, match="hingga"):
        ke_desimal(Decimal("-Infinity"), "pagu")
    with pytest.raises(TipeTidakSah, match="NoneType"):
        ke_desimal(None, "pagu")
    with pytest.raises(FormatAngkaSalah, match="'pagu'"):
        ke_desimal("1.5", "pagu")


def test_galat_adalah_valueerror_atau_typeerror() -> None:
    with pytest.raises(ValueError, match="notasi Indonesia"):
        baca_angka("1,2,3")
    with pytest.raises(ValueError, match="bukan angka"):
        baca_angka("empat")  # dulu: "notasi ilmiah (E)" karena memuat huruf e
    with pytest.raises(TypeError, match="float"):
        ke_desimal(1.5)
