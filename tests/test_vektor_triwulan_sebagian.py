"""``tambah_kolom_kinerja(triwulan=n)``: kolom triwulan sesudah TW n boleh tidak ada.

Sifat metamorfik: nilai TW sesudah n tidak memengaruhi nilai s.d. TW n, jadi membuang kolomnya
memberi hasil yang sama persis dengan membiarkannya (nilai hingga dan dalam batas).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja import vektor
from kinerja.galat import InputTidakSah

# dalam batas besaran (0, atau ≥ 10⁻²⁴): nilai di luar batas di TW mana pun membuat barisnya NaN
_NILAI = st.one_of(st.none(), st.just(0.0), st.floats(min_value=1e-6, max_value=1e6))
_BARIS = st.tuples(
    st.sampled_from(["kumulatif", "rata-rata", "akhir"]),
    *([_NILAI] * 8),  # target_tw1..4, realisasi_tw1..4
)
_KOLOM = ["kumulasi"] + [f"{p}_tw{i}" for p in ("target", "realisasi") for i in range(1, 5)]


def _tambah(df: object, n: int) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        hasil = vektor.tambah_kolom_kinerja(df, triwulan=n)
    return hasil if isinstance(hasil, pd.DataFrame) else hasil.to_pandas()


@settings(max_examples=40, deadline=None)
@given(baris=st.lists(_BARIS, min_size=1, max_size=12), n=st.integers(1, 3))
def test_kolom_sesudah_tw_n_tidak_mengubah_hasil(baris: list[tuple[object, ...]], n: int) -> None:
    lengkap = pd.DataFrame(baris, columns=_KOLOM).astype(dict.fromkeys(_KOLOM[1:], float))
    sebagian = lengkap.drop(
        columns=[f"{p}_tw{i}" for p in ("target", "realisasi") for i in range(n + 1, 5)]
    )
    kolom = ["target_sd", "realisasi_sd", "capaian", "predikat"]
    harapan = _tambah(lengkap, n)[kolom]
    pd.testing.assert_frame_equal(_tambah(sebagian, n)[kolom], harapan)
    dari_polars = _tambah(pl.from_pandas(sebagian), n)[kolom]
    np.testing.assert_array_equal(
        dari_polars[kolom[:3]].to_numpy(dtype=float), harapan[kolom[:3]].to_numpy(dtype=float)
    )


def test_kolom_sampai_tw_n_tetap_wajib() -> None:
    df = pd.DataFrame({"target_tw1": [10.0], "realisasi_tw1": [5.0], "target_tw2": [10.0]})
    with pytest.raises(InputTidakSah, match=r"kolom realisasi TW 2 'realisasi_tw2' tidak ada"):
        vektor.tambah_kolom_kinerja(df, triwulan=2)
    hasil = vektor.tambah_kolom_kinerja(df, triwulan=1)
    assert hasil["capaian"].tolist() == [50.0]  # 5 / 10 × 100


@pytest.mark.parametrize("pustaka", ["polars", "pyarrow"])
def test_predikat_s_d_tw_dengan_baris_tidak_sah_di_polars_dan_pyarrow(pustaka: str) -> None:
    """Dulu: predikat s.d. TW n (dari larik numpy) dengan baris kosong membuat polars/pyarrow
    melempar TypeError mentah saat kolomnya dibuat (NaN di kolom teks)."""
    import pyarrow as pa

    data = {
        "kumulasi": ["akhir", "akhir"],
        "target_tw1": [10.0, None],
        "realisasi_tw1": [8.0, None],
    }
    df = pl.DataFrame(data) if pustaka == "polars" else pa.table(data)
    with pytest.warns(vektor.BarisTidakSah):
        hasil = vektor.tambah_kolom_kinerja(df, triwulan=1)
    kolom = hasil["predikat"] if pustaka == "polars" else hasil.column("predikat")
    assert (kolom.to_list() if pustaka == "polars" else kolom.to_pylist()) == ["Baik", None]
