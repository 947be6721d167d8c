"""Uji properti dan galat untuk capaian, rata-rata, agregat dan rata-rata tertimbang."""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kinerja import (
    DataTidakAda,
    InputTidakSah,
    Polaritas,
    Realisasi,
    RealisasiNol,
    RumusNegatif,
    SatuanTidakCocok,
    Target,
    TargetNol,
    bulatkan,
    capaian,
    capaian_agregat,
    rata_rata_capaian,
    rata_rata_tertimbang,
)
from kinerja.angka import KONTEKS
from tests.strategies import desimal, polaritas, positif

realisasi_bebas = desimal(-(10**9), 10**9, 4)


@given(positif(10**9), realisasi_bebas, realisasi_bebas)
def test_positif_monoton_terhadap_realisasi(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    kecil, besar = sorted([r1, r2])
    assert capaian(t, kecil) <= capaian(t, besar)


@given(positif(10**9), realisasi_bebas, realisasi_bebas)
def test_negatif_antimonoton_terhadap_realisasi(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    kecil, besar = sorted([r1, r2])
    neg = Polaritas.NEGATIF
    assert capaian(t, kecil, polaritas=neg) >= capaian(t, besar, polaritas=neg)


@given(positif(10**6), desimal(-(10**6), 10**6, 4), st.integers(min_value=1, max_value=10**6))
def test_positif_tak_berubah_bila_t_dan_r_diskalakan(t: Decimal, r: Decimal, k: int) -> None:
    assert capaian(t * k, r * k) == capaian(t, r)


@given(positif(10**6), desimal(-(10**6), 10**6, 4), positif(10**3, 2))
def test_positif_tak_berubah_skala_desimal(t: Decimal, r: Decimal, k: Decimal) -> None:
    # skala pecahan: nilai sebelum pembulatan bisa berbeda di digit ke-34, yang tampil tidak
    assert bulatkan(capaian(t * k, r * k), 10) == bulatkan(capaian(t, r), 10)


@given(positif(10**9), realisasi_bebas)
def test_negatif_adalah_200_dikurangi_positif(t: Decimal, r: Decimal) -> None:
    pos = capaian(t, r)
    neg = capaian(t, r, polaritas=Polaritas.NEGATIF)
    with localcontext(KONTEKS):
        assert bulatkan(neg, 10) == bulatkan(200 - pos, 10)


@given(positif(10**9), realisasi_bebas)
def test_capaian_100_tepat_bila_realisasi_sama_target(t: Decimal, r: Decimal) -> None:
    for p in Polaritas:
        assert capaian(t, t, polaritas=p) == 100
        assert capaian(t, t, polaritas=p, rumus_negatif=RumusNegatif.RASIO) == 100


@given(positif(10**6), positif(10**6))
def test_rasio_negatif_adalah_t_per_r(t: Decimal, r: Decimal) -> None:
    # rujukan pecahan tepat T × 100 / R, dibandingkan pada 20 desimal (nilai ≤ 10^8)
    hasil = capaian(t, r, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO)
    assert abs(Fraction(hasil) - Fraction(t) * 100 / Fraction(r)) < Fraction(1, 10**20)


@given(positif(10**6), positif(10**6), realisasi_bebas, polaritas)
def test_target_rentang_100_di_dalam_dan_memakai_batas_di_luar(
    a: Decimal, lebar: Decimal, r: Decimal, p: Polaritas
) -> None:
    b = a + lebar
    hasil = capaian(Target.rentang(a, b), r, polaritas=p)
    if a <= r <= b:
        assert hasil == 100
    elif r < a:
        assert hasil == capaian(a, r, polaritas=p)
    else:
        assert hasil == capaian(b, r, polaritas=p)


@given(positif(10**6), realisasi_bebas, polaritas, desimal(0, 300, 2), desimal(0, 300, 2))
def test_batas_atas_dan_bawah_dihormati(
    t: Decimal, r: Decimal, p: Polaritas, x: Decimal, y: Decimal
) -> None:
    bawah, atas = sorted([x, y])
    hasil = capaian(t, r, polaritas=p, maksimum=atas, minimum=bawah)
    assert bawah <= hasil <= atas
    tanpa_batas = capaian(t, r, polaritas=p)
    if bawah <= tanpa_batas <= atas:
        assert hasil == tanpa_batas


@given(positif(10**9), realisasi_bebas)
def test_agregat_satu_baris_sama_dengan_capaian_baris_itu(t: Decimal, r: Decimal) -> None:
    assert capaian_agregat(target=[t], realisasi=[r]) == capaian(t, r)


@given(st.lists(desimal(-500, 500, 2), min_size=1, max_size=20))
def test_rata_rata_di_antara_minimum_dan_maksimum(nilai: list[Decimal]) -> None:
    assert min(nilai) <= rata_rata_capaian(nilai) <= max(nilai)


@given(st.lists(st.tuples(desimal(-500, 500, 2), desimal(0, 10**6, 2)), min_size=1, max_size=20))
def test_rata_rata_tertimbang_bobot_sama_adalah_rata_rata(
    pasangan: list[tuple[Decimal, Decimal]],
) -> None:
    nilai = [c for c, _ in pasangan]
    assert bulatkan(rata_rata_tertimbang(nilai, [1] * len(nilai)), 20) == bulatkan(
        rata_rata_capaian(nilai), 20
    )  # |nilai| <= 500: 20 tempat desimal masih dalam presisi 34 digit
    bobot = [w for _, w in pasangan]
    assume(sum(bobot) > 0)
    assert min(nilai) <= rata_rata_tertimbang(nilai, bobot) <= max(nilai)


def test_konteks_global_pemanggil_tidak_memengaruhi_hasil() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert bulatkan(capaian("95,45", "95,27")) == Decimal("99.81")
        assert capaian_agregat(target=["1.000.001", 1], realisasi=["1.000.001", 1]) == 100


def test_galat_capaian() -> None:
    with pytest.raises(TargetNol):
        capaian(0, 0)
    with pytest.raises(TargetNol):
        capaian(Target.rentang(0, 5), -1)
    with pytest.raises(InputTidakSah, match="harus > 0"):
        capaian(-5, 3)
    with pytest.raises(RealisasiNol):
        capaian(5, 0, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO)
    with pytest.raises(SatuanTidakCocok):
        capaian(Target(3, "Dokumen"), Realisasi(3, "Desa"))
    with pytest.raises(InputTidakSah, match="minimum"):
        capaian(5, 3, minimum=100, maksimum=50)
    with pytest.raises(TargetNol):
        capaian_agregat(target=[0, 0], realisasi=[1, 2])
    with pytest.raises(InputTidakSah, match="harus sama"):
        capaian_agregat(target=[1, 2], realisasi=[1])
    with pytest.raises(DataTidakAda):
        capaian_agregat(target=[], realisasi=[])
    with pytest.raises(SatuanTidakCocok):
        capaian_agregat(target=[Target(1, "Desa"), Target(1, "Dokumen")], realisasi=[1, 1])
    with pytest.raises(InputTidakSah, match="rentang"):
        capaian_agregat(target=[Target.rentang(1, 2)], realisasi=[1])
    with pytest.raises(DataTidakAda):
        rata_rata_capaian([])
    with pytest.raises(InputTidakSah, match="bobot"):
        rata_rata_tertimbang([1, 2], [0, 0])
    with pytest.raises(InputTidakSah, match="bobot\\[1\\]"):
        rata_rata_tertimbang([1, 2], [1, -1])


def test_satuan_tidak_peka_huruf() -> None:
    assert capaian(Target(3, "Dokumen"), Realisasi(3, "dokumen")) == 100


@given(positif(10**9), realisasi_bebas)
def test_jalur_singkat_decimal_sama_dengan_jalur_umum(t: Decimal, r: Decimal) -> None:
    assert capaian(t, r) == capaian(Target(t), Realisasi(r))
    assert capaian(t, r) == capaian(t, r, maksimum=10**20)
