"""Isu 12 (kecepatan): kolom float64 ber-null polars/pyarrow dibaca lewat buffer Arrow-nya.

Harapan setiap kasus adalah jalan pustakanya sendiri, ``fill_null(nan)`` lalu ``to_numpy()``
(polars) atau ``to_pylist()`` dengan None → NaN (pyarrow), bukan kode yang diuji. Kolomnya acak:
null di mana saja, nilai di bawah slot null yang NaN atau bukan, irisan dengan offset bukan
kelipatan 8, beberapa potong (chunk).
"""

from __future__ import annotations

import builtins
import math
import warnings
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja import vektor
from kinerja.vektor._arrow import float_arrow
from kinerja.vektor._pustaka import ke_numpy

_SEL = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))


def _harapan_polars(seri: pl.Series) -> list[float]:
    return [math.nan if v is None else v for v in seri.to_list()]


def _sama(hasil: Any, harapan: list[float]) -> None:
    assert isinstance(hasil, np.ndarray)
    assert hasil.dtype == np.float64
    assert len(hasil) == len(harapan)
    for h, e in zip(hasil.tolist(), harapan, strict=True):
        assert (math.isnan(h) and math.isnan(e)) or h == e, (h, e)


@settings(max_examples=150, deadline=None)
@given(
    sel=st.lists(_SEL, max_size=70),
    potong=st.data(),
)
def test_polars_irisan_sama_dengan_fill_null(
    sel: list[float | None], potong: st.DataObject
) -> None:
    seri = pl.Series("x", sel, dtype=pl.Float64)
    awal = potong.draw(st.integers(0, len(sel)))
    panjang = potong.draw(st.integers(0, len(sel) - awal))
    irisan = seri.slice(awal, panjang)
    _sama(ke_numpy(irisan), _harapan_polars(irisan))


@settings(max_examples=100, deadline=None)
@given(sel=st.lists(st.lists(_SEL, max_size=20), min_size=1, max_size=4))
def test_pyarrow_beberapa_potong(sel: list[list[float | None]]) -> None:
    kolom = pa.chunked_array([pa.array(p, pa.float64()) for p in sel], type=pa.float64())
    harapan = [math.nan if v is None else v for v in kolom.to_pylist()]
    _sama(ke_numpy(kolom), harapan)


def test_slot_null_yang_nan_dibaca_tanpa_salinan() -> None:
    """Kolom hasil kinerja.vektor: buffer nilainya larik hasil hitungan, NaN di bawah null."""
    larik = np.array([50.0, math.nan, 120.0, math.nan] * 10)
    seri = pl.Series("c", larik, nan_to_null=True)
    assert seri.null_count() == 20
    hasil = float_arrow(seri)
    assert hasil is not None
    assert np.shares_memory(hasil, larik)
    assert not hasil.flags.writeable  # hanya dibaca: memori milik kolom polars
    _sama(hasil, _harapan_polars(seri))


def test_slot_null_bukan_nan_disalin() -> None:
    """Polars menyimpan 0 di bawah null dari daftar Python: harus disalin dan diberi NaN."""
    seri = pl.Series("x", [1.0, None, 3.0, None, 0.0])
    hasil = float_arrow(seri)
    assert hasil is not None
    _sama(hasil, [1.0, math.nan, 3.0, math.nan, 0.0])
    assert hasil[4] == 0.0  # nilai 0 yang sah tetap 0


def test_potong_banyak_dan_bukan_float64_kembali_ke_fill_null() -> None:
    banyak = pa.chunked_array([[1.0, None], [None, 4.0]], type=pa.float64())
    assert float_arrow(banyak) is None
    _sama(ke_numpy(banyak), [1.0, math.nan, math.nan, 4.0])
    f32 = pl.Series("x", [1.5, None], dtype=pl.Float32)
    assert float_arrow(f32) is None
    _sama(np.asarray(ke_numpy(f32), dtype=np.float64), [1.5, math.nan])


def test_tanpa_nanoarrow_hasilnya_sama(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tanpa nanoarrow (polars dipasang tanpa extra kinerja) jalannya fill_null, hasilnya sama."""
    asli = builtins.__import__

    def impor(nama: str, *args: Any, **kwargs: Any) -> Any:
        if nama == "nanoarrow":
            raise ImportError(nama)
        return asli(nama, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", impor)
    seri = pl.Series("x", [1.0, None, math.nan, 7.0])
    assert float_arrow(seri) is None
    _sama(ke_numpy(seri), [1.0, math.nan, math.nan, 7.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        hasil = vektor.predikat(seri, "lkj")
    assert hasil.to_list() == ["Sangat Kurang", None, None, "Sangat Kurang"]


def test_capaian_lalu_predikat_polars_sama_dengan_numpy() -> None:
    """Rantai yang dipercepat: kolom capaian polars (null di baris target 0) masuk predikat."""
    t = np.array([100.0, 0.0, 80.0, 50.0, 0.0, 200.0, 90.0, 10.0, 100.0])
    r = np.array([95.0, 5.0, 60.0, 50.0, 0.0, 100.0, 90.0, 2.0, 76.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        c_pl = vektor.capaian(pl.Series("t", t), pl.Series("r", r))
        p_pl = vektor.predikat(c_pl, "lkj")
    assert c_pl.null_count() == 2
    # capaian 95; —; 75; 100; —; 50; 100; 20; 76
    # (skala LKJ: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 66 Cukup, ≥ 51 Kurang)
    assert p_pl.to_list() == [
        "Sangat Baik", None, "Cukup", "Sangat Baik", None, "Sangat Kurang",
        "Sangat Baik", "Sangat Kurang", "Baik",
    ]  # fmt: skip


def test_tanpa_aliran_arrow_hasilnya_sama(monkeypatch: pytest.MonkeyPatch) -> None:
    """Polars sebelum ``Series.__arrow_c_stream__`` (1.0–1.2): jalan fill_null, bukan TypeError."""
    monkeypatch.delattr(pl.Series, "__arrow_c_stream__")
    seri = pl.Series("x", [1.0, None, 3.0])
    assert float_arrow(seri) is None
    _sama(ke_numpy(seri), [1.0, math.nan, 3.0])
