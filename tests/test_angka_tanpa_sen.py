"""Rupiah tanpa sen ",-" ("Rp 22.571.000,-"), penulisan lazim di laporan: dibaca seperti tanpa
",-", hanya di belakang bilangan bulat bernotasi Indonesia; selain itu ditolak dengan pesannya.

Harapan dibangun dari bilangan bulat itu sendiri, ditulis dengan pemisah ribuan titik.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import FormatAngkaSalah, baca_angka, ke_desimal
from kinerja.urai_angka import baca_ketat


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    n=st.integers(min_value=0, max_value=10**20),
    awalan=st.sampled_from(["", "Rp", "Rp ", "Rp. ", "rp"]),
    negatif=st.booleans(),
)
def test_tanpa_sen_sama_dengan_bilangan_bulatnya(n: int, awalan: str, negatif: bool) -> None:
    teks = ("-" if negatif else "") + awalan + _ribuan(n) + ",-"
    harapan = Decimal(-n if negatif else n)
    assert baca_angka(teks) == harapan
    assert baca_ketat(teks, "id") == harapan  # pengurai ketat rujukan, bukan jalur cepat
    assert ke_desimal(teks) == harapan


@pytest.mark.parametrize(
    "teks", ["1.500,00,-", "1.500,-%", "Rp 1.500,5,-", "1,500,-", ",-", "Rp,-", "1.500,,-"]
)
def test_tanpa_sen_di_tempat_lain_ditolak(teks: str) -> None:
    with pytest.raises(FormatAngkaSalah):
        baca_angka(teks)


def test_pesan_menyebut_tanpa_sen() -> None:
    with pytest.raises(FormatAngkaSalah, match=r"',-' \(tanpa sen\) hanya boleh di belakang"):
        baca_angka("Rp 1.500,00,-")
    with pytest.raises(FormatAngkaSalah, match=r"',-' \(tanpa sen\)"):
        baca_angka("1,500,-", notasi="en")  # notasi Inggris tidak mengenal ",-"


def test_tanpa_sen_dengan_persen_menyebut_persen() -> None:
    with pytest.raises(FormatAngkaSalah, match=r"tanpa desimal dan tanpa '%'"):
        baca_angka("1.500,-%")
