"""Isu 12 butir 3 atas dask: satu peringatan :class:`BarisTidakSah` per panggilan, tidak satu
per partisi, dengan isi yang sama seperti pandas untuk data yang sama (jumlah, hitungan per
alasan, label indeks beberapa baris pertama, alasan per baris) dan menunjuk baris pengguna.
"""

from __future__ import annotations

import warnings
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest

from kinerja import InputTidakSah, vektor

# target 0 di partisi 0 dan 2, sel kosong di partisi 1, pagu 0 di partisi 2
_PDF = pd.DataFrame(
    {
        "target": [0.0, 10.0, np.nan, 20.0, 40.0, 0.0],
        "realisasi": [1.0, 8.0, 5.0, 20.0, 30.0, 3.0],
        "pagu": [10.0, 10.0, 10.0, 10.0, 0.0, 10.0],
        "ra": [5.0, 5.0, 5.0, 5.0, 0.0, 5.0],
    },
    index=[70, 71, 72, 73, 74, 75],
)
_OPSI: dict[str, Any] = {"pagu": "pagu", "realisasi_anggaran": "ra"}


def _catat(fungsi: Any) -> tuple[Any, list[Any]]:
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        hasil = fungsi()
    return hasil, list(catatan)


@pytest.mark.parametrize("penjadwal", ["synchronous", "threads"])
def test_satu_peringatan_untuk_semua_partisi(penjadwal: str) -> None:
    ddf = dd.from_pandas(_PDF, npartitions=3)  # type: ignore[no-untyped-call]
    assert ddf.npartitions == 3
    lazy = vektor.tambah_kolom_kinerja(ddf, **_OPSI)
    harapan, w_pandas = _catat(lambda: vektor.tambah_kolom_kinerja(_PDF, **_OPSI))
    hasil, catatan = _catat(lambda: lazy.compute(scheduler=penjadwal))
    assert [type(c.message) for c in catatan] == [vektor.BarisTidakSah]
    w, p = catatan[0].message, w_pandas[0].message
    assert (w.jumlah, w.alasan, w.contoh) == (p.jumlah, p.alasan, p.contoh)
    assert w.alasan == {"target 0": 2, "nilai kosong (NaN)": 1, "pagu 0": 1}
    assert w.contoh == (70, 72, 74, 75)
    assert w.per_baris().tolist() == p.per_baris().tolist()
    assert str(w) == str(p)
    assert catatan[0].filename == __file__  # baris pengguna yang memanggil compute
    pd.testing.assert_frame_equal(hasil, harapan)


def test_setiap_compute_memperingatkan_sekali() -> None:
    lazy = vektor.tambah_kolom_kinerja(dd.from_pandas(_PDF, npartitions=3))  # type: ignore[no-untyped-call]
    for _ in range(2):
        _, catatan = _catat(lambda: lazy["capaian"].sum().compute(scheduler="synchronous"))
        assert len(catatan) == 1
        assert catatan[0].message.jumlah == 3


def test_partisi_yang_dihitung_saja() -> None:
    # hanya partisi kedua (baris 72, 73) yang dihitung: peringatannya untuk baris itu saja
    lazy = vektor.tambah_kolom_kinerja(dd.from_pandas(_PDF, npartitions=3))  # type: ignore[no-untyped-call]
    _, catatan = _catat(lambda: lazy.partitions[1].compute(scheduler="synchronous"))
    assert len(catatan) == 1
    assert catatan[0].message.alasan == {"nilai kosong (NaN)": 1}
    assert catatan[0].message.contoh == (72,)


def test_tanpa_baris_tidak_sah_tanpa_peringatan() -> None:
    sah = _PDF.iloc[[1, 3]]
    lazy = vektor.tambah_kolom_kinerja(dd.from_pandas(sah, npartitions=2))  # type: ignore[no-untyped-call]
    _, catatan = _catat(lambda: lazy.compute(scheduler="synchronous"))
    assert catatan == []


def test_indeks_bawaan_menyebut_posisi_di_hasil() -> None:
    # RangeIndex bawaan: label = posisi di hasil gabungan, disebut tanpa "(indeks …)"
    pdf = _PDF.reset_index(drop=True)
    lazy = vektor.tambah_kolom_kinerja(dd.from_pandas(pdf, npartitions=3))  # type: ignore[no-untyped-call]
    _, catatan = _catat(lambda: lazy.compute(scheduler="synchronous"))
    _, w_pandas = _catat(lambda: vektor.tambah_kolom_kinerja(pdf))
    assert str(catatan[0].message) == str(w_pandas[0].message)
    assert "indeks" not in str(catatan[0].message)


def test_strict_menjadi_galat_saat_compute() -> None:
    lazy = vektor.tambah_kolom_kinerja(dd.from_pandas(_PDF, npartitions=3), strict=True)  # type: ignore[no-untyped-call]
    with pytest.raises(InputTidakSah, match="target 0"):
        lazy.compute(scheduler="synchronous")
