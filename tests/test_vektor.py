"""Uji jalur cepat kinerja.vektor: kesepakatan dengan jalur Decimal, NaN, dan mode strict."""

from __future__ import annotations

import warnings
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import kinerja
from kinerja import (
    SKALA,
    FormatAngkaSalah,
    InputTidakSah,
    Kumulasi,
    Polaritas,
    TipeTidakSah,
    vektor,
)
from tests.strategies import desimal, kumulasi, triwulan

# Domain kesepakatan yang dijanjikan dokumentasi: ≤ 2 tempat desimal, target ≤ 10.000,
# capaian ≤ 10.000%.
target_laporan = desimal(0, 10_000, 2).filter(lambda x: x > 0)
realisasi_laporan = desimal(0, 100_000, 2)


def _sepakat(cepat: float, tepat: Decimal) -> None:
    assert Decimal(str(vektor.bulatkan(np.array([cepat]))[0])) == kinerja.bulatkan(tepat)


@given(
    st.lists(
        st.tuples(target_laporan, realisasi_laporan, st.sampled_from(Polaritas)),
        min_size=1,
        max_size=30,
    )
)
def test_capaian_sepakat_dengan_decimal(baris: list[tuple[Decimal, Decimal, Polaritas]]) -> None:
    tepat = [kinerja.capaian(t, r, polaritas=p) for t, r, p in baris]
    assume(all(abs(c) <= 10_000 for c in tepat))
    t = np.array([float(b[0]) for b in baris])
    r = np.array([float(b[1]) for b in baris])
    cepat = vektor.capaian(t, r, polaritas=[p.value for (p,) in [(b[2],) for b in baris]])
    hasil = vektor.bulatkan(cepat)
    for h, c in zip(hasil, tepat, strict=True):
        assert Decimal(str(h)) == kinerja.bulatkan(c)


@given(st.lists(st.tuples(desimal(0, 10_000, 2), desimal(0, 10_000, 2)), min_size=1, max_size=30))
def test_serapan_sepakat_dengan_decimal(baris: list[tuple[Decimal, Decimal]]) -> None:
    pasangan = [(max(a, b), min(a, b)) for a, b in baris if max(a, b) > 0]
    assume(pasangan)
    cepat = vektor.serapan(
        np.array([float(p) for p, _ in pasangan]), np.array([float(r) for _, r in pasangan])
    )
    for h, (p, r) in zip(vektor.bulatkan(cepat), pasangan, strict=True):
        assert Decimal(str(h)) == kinerja.bulatkan(kinerja.serapan(p, r))


@given(desimal(-10_000, 10_000, 2), desimal(-10_000, 10_000, 2))
def test_efisiensi_sepakat_dengan_decimal(c: Decimal, s: Decimal) -> None:
    _sepakat(
        vektor.efisiensi(np.array([float(c)]), np.array([float(s)]))[0], kinerja.efisiensi(c, s)
    )


nilai_tw_laporan = st.lists(
    st.one_of(st.none(), desimal(0, 10_000, 2)), min_size=4, max_size=4
)  # domain kesepakatan yang didokumentasikan (≤ 2 desimal, ≤ 10.000)


@given(st.lists(nilai_tw_laporan, min_size=1, max_size=20), kumulasi, triwulan)
def test_sampai_dengan_sepakat_dengan_decimal(
    baris: list[list[Decimal | None]], jenis: Kumulasi, n: int
) -> None:
    larik = np.array([[np.nan if v is None else float(v) for v in b] for b in baris])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        cepat = vektor.bulatkan(vektor.sampai_dengan(larik, jenis, n))
    for h, b in zip(cepat, baris, strict=True):
        if all(v is None for v in b[:n]):
            assert np.isnan(h)
        else:
            assert Decimal(str(h)) == kinerja.bulatkan(kinerja.sampai_dengan(b, jenis, n))


@given(st.sampled_from(sorted(SKALA)), st.lists(desimal(-200, 200, 2), min_size=1, max_size=30))
def test_predikat_sepakat_dengan_decimal(kunci: str, nilai: list[Decimal]) -> None:
    skala = SKALA[kunci]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        cepat = vektor.predikat(np.array([float(x) for x in nilai]), skala)
    for label, x in zip(cepat, nilai, strict=True):
        try:
            diharapkan = kinerja.predikat(x, skala).label
        except kinerja.NilaiDiLuarSkala:
            assert pd.isna(label)
        else:
            assert label == diharapkan


def test_baris_tidak_sah_menjadi_nan_dengan_peringatan() -> None:
    with pytest.warns(vektor.BarisTidakSah, match="2 baris tidak sah") as catatan:
        hasil = vektor.capaian(np.array([10.0, 0.0, np.nan, 4.0]), np.array([8.0, 5.0, 1.0, 5.0]))
    assert catatan[0].message.jumlah == 2  # type: ignore[union-attr]
    np.testing.assert_array_equal(np.isnan(hasil), [False, True, True, False])
    with pytest.warns(vektor.BarisTidakSah, match="1 baris"):
        s = vektor.serapan([100.0, 100.0], [50.0, 101.0])
    assert np.isnan(s[1])
    assert s[0] == 50.0


def test_strict_melempar_galat() -> None:
    with pytest.raises(InputTidakSah, match=r"1 baris tidak sah.*baris pertama: 1"):
        vektor.capaian([10.0, 0.0], [8.0, 5.0], strict=True)
    with pytest.raises(InputTidakSah, match="di luar skala"):
        vektor.predikat([101.0], SKALA["akip"], strict=True)
    with pytest.raises(InputTidakSah, match="TW II"):
        vektor.sampai_dengan([[np.nan, np.nan, 3.0, 4.0]], "kumulatif", 2, strict=True)


def test_polaritas_per_baris_dan_series() -> None:
    t = pd.Series([10.0, 10.0], index=["a", "b"])
    r = pd.Series([8.0, 8.0], index=["a", "b"])
    hasil = vektor.capaian(t, r, polaritas=pd.Series(["positif", "negatif"], index=["a", "b"]))
    assert list(hasil.index) == ["a", "b"]
    assert list(hasil) == [80.0, 120.0]
    assert list(vektor.capaian(t, r, polaritas=np.array([False, True]))) == [80.0, 120.0]
    assert list(vektor.capaian(t, r, Polaritas.NEGATIF)) == [120.0, 120.0]
    with pytest.raises(InputTidakSah, match="naik"):
        vektor.capaian(t, r, polaritas=["positif", "naik"])
    with pytest.raises(InputTidakSah, match="panjang"):
        vektor.capaian([1.0], [1.0, 2.0])
    with pytest.raises(FormatAngkaSalah, match="'a'"):  # teks dibaca oleh baca_angka
        vektor.capaian(["a"], [1.0])
    with pytest.raises(TipeTidakSah):
        vektor.capaian([object()], [1.0])


def test_sampai_dengan_tak_hingga_menjadi_nan() -> None:
    with pytest.warns(vektor.BarisTidakSah, match="1 baris"):
        hasil = vektor.sampai_dengan(
            [[1.0, np.inf, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0]], "kumulatif", 4
        )
    assert np.isnan(hasil[0])
    assert hasil[1] == 10.0


def test_sampai_dengan_akhir_adalah_yang_terakhir() -> None:
    hasil = vektor.sampai_dengan([[90.0, 60.0, np.nan, np.nan]], Kumulasi.AKHIR, 4)
    assert list(hasil) == [60.0]


def test_bulatkan_setengah_ke_atas() -> None:
    assert list(vektor.bulatkan([1.005, 2.675, -0.005, 99.805])) == [1.01, 2.68, -0.01, 99.81]


def test_tambah_kolom_kinerja() -> None:
    df = pd.DataFrame(
        {
            "opd": ["Kalaena", "Klakah"],
            "t": [3.0, 95.45],
            "r": [3.0, 95.27],
            "pagu": [4_483_500.0, 1_780_578_508.0],
            "real": [4_453_500.0, 1_692_625_798.0],
        }
    )
    hasil = vektor.tambah_kolom_kinerja(
        df, target="t", realisasi="r", pagu="pagu", realisasi_anggaran="real"
    )
    assert list(vektor.bulatkan(hasil["capaian"])) == [100.0, 99.81]
    assert list(hasil["predikat"]) == ["Sangat Baik", "Sangat Baik"]
    assert list(vektor.bulatkan(hasil["serapan"])) == [99.33, 95.06]
    assert "capaian" not in df.columns
    with pytest.raises(InputTidakSah, match="'target'"):
        vektor.tambah_kolom_kinerja(df)
