"""Isu 12 butir 1–2: jalur cepat untuk setiap pustaka bingkai sepakat dengan jalur tepat.

Oracle: jalur Decimal (``kinerja.capaian`` dan ``kinerja.bulatkan``), yang tidak berbagi kode
float dengan ``kinerja.vektor``. Setiap pustaka (numpy, pandas, polars, pyarrow, dan dask per
partisi) harus memberi baris yang sama sesudah pembulatan 2 tempat, dan mengembalikan jenis
pustakanya sendiri.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja
from kinerja import Polaritas, RumusNegatif, vektor

# angka laporan biasa: ≤ 2 tempat desimal, ≤ 10.000 (domain yang dijanjikan docstring vektor)
angka = st.integers(min_value=0, max_value=1_000_000).map(lambda x: x / 100)
baris = st.tuples(
    angka,  # target
    angka,  # realisasi
    st.sampled_from(["positif", "negatif"]),
    st.sampled_from(["selisih", "rasio"]),
    st.one_of(st.none(), angka),  # target_atas
)


def _tepat(t: float, r: float, p: str, rumus: str, atas: float | None) -> float | None:
    """Jalur Decimal, dibulatkan; None bila jalur itu menolak barisnya."""
    target: Any = Decimal(repr(t))
    try:
        if atas is not None:
            target = kinerja.Target.rentang(Decimal(repr(t)), Decimal(repr(atas)))
        c = kinerja.capaian(target, Decimal(repr(r)), polaritas=p, rumus_negatif=rumus)
    except kinerja.KinerjaError:
        return None
    return float(kinerja.bulatkan(c))


def _data(rows: list[tuple[float, float, str, str, float | None]]) -> dict[str, list[Any]]:
    return {
        "target": [b[0] for b in rows],
        "realisasi": [b[1] for b in rows],
        "polaritas": [b[2] for b in rows],
        "rumus_negatif": [b[3] for b in rows],
        "target_atas": [np.nan if b[4] is None else b[4] for b in rows],
    }


def _ke_daftar(kolom: Any) -> list[float | None]:
    if isinstance(kolom, pa.ChunkedArray):
        return [None if x is None else float(x) for x in kolom.to_pylist()]
    if isinstance(kolom, pl.Series):
        return [None if x is None else float(x) for x in kolom.to_list()]
    return [None if np.isnan(x) else float(x) for x in np.asarray(kolom, dtype=np.float64)]


PUSTAKA: dict[str, tuple[Callable[[dict[str, list[Any]]], Any], type]] = {
    "pandas": (pd.DataFrame, pd.DataFrame),
    "polars": (lambda d: pl.DataFrame(d, nan_to_null=True), pl.DataFrame),
    "pyarrow": (lambda d: pa.table({k: pa.array(v, from_pandas=True) for k, v in d.items()}),
                pa.Table),
}  # fmt: skip


def _hitung(df: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        return vektor.tambah_kolom_kinerja(df)


def _kolom(hasil: Any, nama: str) -> Any:
    if isinstance(hasil, pa.Table):
        return hasil.column(nama)
    return hasil[nama]


@pytest.mark.parametrize("nama", list(PUSTAKA))
@settings(max_examples=40, deadline=None)
@given(rows=st.lists(baris, min_size=1, max_size=20))
def test_setiap_pustaka_sama_dengan_jalur_tepat(
    nama: str, rows: list[tuple[float, float, str, str, float | None]]
) -> None:
    buat, jenis = PUSTAKA[nama]
    hasil = _hitung(buat(_data(rows)))
    assert isinstance(hasil, jenis)
    dibulatkan = vektor.bulatkan(np.array(_ke_daftar(_kolom(hasil, "capaian")), dtype=float))
    cepat = [None if np.isnan(x) else float(x) for x in dibulatkan]
    assert cepat == [_tepat(*b) for b in rows]


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(baris, min_size=1, max_size=20))
def test_numpy_dan_kolom_lepas_sama_dengan_jalur_tepat(
    rows: list[tuple[float, float, str, str, float | None]],
) -> None:
    d = _data(rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        hasil = {
            "numpy": vektor.capaian(np.array(d["target"]), np.array(d["realisasi"]),
                                    d["polaritas"], rumus_negatif=d["rumus_negatif"],
                                    target_atas=np.array(d["target_atas"])),
            "polars": vektor.capaian(pl.Series(d["target"]), pl.Series(d["realisasi"]),
                                     pl.Series(d["polaritas"]),
                                     rumus_negatif=pl.Series(d["rumus_negatif"]),
                                     target_atas=pl.Series(d["target_atas"], nan_to_null=True)),
            "pyarrow": vektor.capaian(pa.chunked_array([d["target"]]),
                                      pa.chunked_array([d["realisasi"]]),
                                      pa.chunked_array([d["polaritas"]]),
                                      rumus_negatif=pa.chunked_array([d["rumus_negatif"]]),
                                      target_atas=pa.array(d["target_atas"], from_pandas=True)),
        }  # fmt: skip
    harapan = [_tepat(*b) for b in rows]
    assert isinstance(hasil["polars"], pl.Series)
    assert isinstance(hasil["pyarrow"], pa.ChunkedArray)
    for nama, kolom in hasil.items():
        bulat = vektor.bulatkan(np.array(_ke_daftar(kolom), dtype=float))
        assert [None if np.isnan(x) else float(x) for x in bulat] == harapan, nama


def test_dask_per_partisi_sama_dengan_pandas() -> None:
    rows = [(100.0, 80.0, "negatif", "selisih", None), (0.0, 5.0, "positif", "selisih", None),
            (60.0, 70.0, "positif", "selisih", 75.0), (10.0, 8.0, "negatif", "rasio", None),
            (50.0, 50.0, "positif", "selisih", None)]  # fmt: skip
    pdf = pd.DataFrame(_data(rows), index=[10, 11, 12, 13, 14])
    ddf = dd.from_pandas(pdf, npartitions=2)  # type: ignore[no-untyped-call]
    lazy = vektor.tambah_kolom_kinerja(ddf)
    assert isinstance(lazy, dd.DataFrame)  # malas: belum dihitung
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        hasil = lazy.compute(scheduler="synchronous")  # type: ignore[no-untyped-call]
    assert [type(c.message) for c in catatan] == [vektor.BarisTidakSah]  # satu partisi, target 0
    harapan = _hitung(pdf)
    for kolom in ("capaian", "predikat"):
        pd.testing.assert_series_equal(hasil[kolom], harapan[kolom])
    assert [None if np.isnan(x) else x for x in vektor.bulatkan(hasil["capaian"])] == [
        _tepat(*b) for b in rows
    ]


def test_predikat_sepustaka() -> None:
    c = [95.0, 50.0, np.nan]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        p_pl = vektor.predikat(pl.Series(c, nan_to_null=True), "lkj")
        p_pa = vektor.predikat(pa.chunked_array([pa.array(c, from_pandas=True)]), "lkj")
    assert isinstance(p_pl, pl.Series)
    assert p_pl.dtype == pl.Enum(["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"])
    assert p_pl.to_list() == ["Sangat Baik", "Sangat Kurang", None]
    assert p_pa.to_pylist() == ["Sangat Baik", "Sangat Kurang", None]
    assert p_pa.type.ordered


def test_teks_indonesia_di_kolom_polars_dan_pyarrow() -> None:
    # "1.000" adalah seribu (cacat 2 isu 8): 950 / 1000 × 100 = 95
    assert vektor.capaian(pl.Series(["1.000"]), pl.Series(["950"])).to_list() == [95.0]
    assert vektor.capaian(pa.chunked_array([["1.000"]]), ["950"]).to_pylist() == [95.0]


def test_maksimum_minimum_seperti_jalur_tepat() -> None:
    t, r = [40.0, 100.0, 100.0], [90.0, 10.0, 50.0]
    cepat = vektor.capaian(t, r, maksimum=120, minimum="20")
    tepat = [kinerja.capaian(Decimal(repr(a)), Decimal(repr(b)), maksimum=120, minimum=20)
             for a, b in zip(t, r, strict=True)]  # fmt: skip
    assert list(cepat) == [float(x) for x in tepat] == [120.0, 20.0, 50.0]
    with pytest.raises(kinerja.InputTidakSah, match="'minimum'"):
        vektor.capaian(t, r, maksimum=10, minimum=20)
    with pytest.raises(kinerja.KinerjaError):
        vektor.capaian(t, r, maksimum=1.5)  # float ditolak seperti di jalur Decimal


@pytest.mark.parametrize("rumus", [RumusNegatif.SELISIH, RumusNegatif.RASIO])
def test_rumus_negatif_polars(rumus: RumusNegatif) -> None:
    # DOMAIN: T = 10, R = 8 negatif → selisih (2·10 − 8)/10 = 120; rasio 10/8 = 125
    hasil = vektor.capaian(pl.Series([10.0]), pl.Series([8.0]), Polaritas.NEGATIF,
                           rumus_negatif=rumus)  # fmt: skip
    assert isinstance(hasil, pl.Series)
    assert hasil.to_list() == [120.0 if rumus is RumusNegatif.SELISIH else 125.0]


uang = st.tuples(angka, angka)


@pytest.mark.parametrize("nama", list(PUSTAKA))
@settings(max_examples=30, deadline=None)
@given(rows=st.lists(uang, min_size=1, max_size=15))
def test_serapan_setiap_pustaka_sama_dengan_jalur_tepat(
    nama: str, rows: list[tuple[float, float]]
) -> None:
    buat, _ = PUSTAKA[nama]
    d: dict[str, list[Any]] = {
        "target": [1.0] * len(rows),
        "realisasi": [1.0] * len(rows),
        "pagu": [b[0] for b in rows],
        "ra": [b[1] for b in rows],
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        hasil = vektor.tambah_kolom_kinerja(buat(d), pagu="pagu", realisasi_anggaran="ra")
    bulat = vektor.bulatkan(np.array(_ke_daftar(_kolom(hasil, "serapan")), dtype=float))
    cepat = [None if np.isnan(x) else float(x) for x in bulat]
    harapan: list[float | None] = []
    for p, r in rows:
        try:
            harapan.append(
                float(kinerja.bulatkan(kinerja.serapan(Decimal(repr(p)), Decimal(repr(r)))))
            )
        except kinerja.KinerjaError:
            harapan.append(None)
    assert cepat == harapan


@pytest.mark.parametrize("nama", list(PUSTAKA))
def test_triwulan_dari_kolom_teks_setiap_pustaka(nama: str) -> None:
    # contoh Klakah (docs/kinerja-cepat.md): kumulatif s.d. TW IV 95,45 vs 95,17 → 99,71;
    # "akhir": TW II 60 terhadap 80 → 75
    d: dict[str, list[Any]] = {
        "kumulasi": ["kumulatif", "akhir"],
        "target_tw1": ["25", "90"], "target_tw2": ["25", "80"],
        "target_tw3": ["25", None], "target_tw4": ["20,45", None],
        "realisasi_tw1": ["37,84", "90"], "realisasi_tw2": ["17", "60"],
        "realisasi_tw3": ["10,7", None], "realisasi_tw4": ["29,63", None],
    }  # fmt: skip
    buat, jenis = PUSTAKA[nama]
    hasil = vektor.tambah_kolom_kinerja(buat(d), triwulan=4)
    assert isinstance(hasil, jenis)
    capaian = vektor.bulatkan(np.array(_ke_daftar(_kolom(hasil, "capaian")), dtype=float))
    assert capaian.tolist() == [99.71, 75.0]
