"""Isu 12 butir 3: baris tidak sah — satu peringatan per panggilan, alasan terpisah.

Dulu ``tambah_kolom_kinerja`` memberi satu peringatan per fungsi (capaian, predikat, serapan),
menggabungkan target 0 dan NaN dalam satu alasan, menunjuk ke berkas kinerja, dan menyebut
posisi alih-alih label indeks.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import polars as pl
import pytest

from kinerja import InputTidakSah, vektor

DF = pd.DataFrame(
    {
        "target": [100.0, 0.0, 50.0, np.nan, -5.0, 20.0],
        "realisasi": [80.0, 5.0, 50.0, 3.0, 1.0, 10.0],
        "pagu": [100.0, 100.0, 0.0, 10.0, 10.0, 10.0],
        "ra": [90.0, 120.0, 0.0, 5.0, 5.0, 5.0],
    },
    index=["a", "b", "c", "d", "e", "f"],
)


def _tangkap(fungsi: object, *args: object, **kwargs: object) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        fungsi(*args, **kwargs)  # type: ignore[operator]
    return catatan


def test_satu_peringatan_per_panggilan_dengan_alasan_terpisah() -> None:
    catatan = _tangkap(vektor.tambah_kolom_kinerja, DF, pagu="pagu", realisasi_anggaran="ra")
    assert len(catatan) == 1
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    # b: target 0 dan realisasi anggaran di atas pagu; c: pagu 0; d: target kosong; e: negatif
    assert w.alasan == {
        "target 0": 1,
        "target negatif": 1,
        "nilai kosong (NaN)": 1,
        "realisasi di atas pagu": 1,
        "pagu 0": 1,
    }
    assert w.jumlah == 4
    assert w.contoh == ("b", "c", "d", "e")
    assert "indeks 'b'" in str(w)


def test_peringatan_menunjuk_baris_pemanggil() -> None:
    catatan = _tangkap(vektor.tambah_kolom_kinerja, DF)
    assert catatan[0].filename == __file__
    catatan = _tangkap(vektor.capaian, [0.0], [1.0])
    assert catatan[0].filename == __file__


def test_kolom_alasan_dan_per_baris() -> None:
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        hasil = vektor.tambah_kolom_kinerja(
            DF, pagu="pagu", realisasi_anggaran="ra", kolom_alasan="alasan"
        )
    alasan = [None if pd.isna(x) else x for x in hasil["alasan"]]
    assert alasan == [
        None,
        "realisasi di atas pagu; target 0",
        "pagu 0",
        "nilai kosong (NaN)",
        "target negatif",
        None,
    ]
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert list(w.per_baris()) == alasan
    # masker satu alasan dari kolomnya
    target_nol = hasil["alasan"].fillna("").str.contains("target 0")
    assert list(hasil.index[target_nol]) == ["b"]


def test_strict_melempar_satu_galat_dengan_semua_alasan() -> None:
    with pytest.raises(InputTidakSah, match=r"3 baris tidak sah \(.*target 0: 1.*\)") as galat:
        vektor.tambah_kolom_kinerja(DF, strict=True)
    assert "nilai kosong (NaN): 1" in str(galat.value)


def test_nan_dari_target_0_tidak_dihitung_dua_kali() -> None:
    # predikat melihat capaian NaN di baris b; alasannya tetap "target 0", bukan juga "kosong"
    catatan = _tangkap(vektor.tambah_kolom_kinerja, DF.iloc[:2])
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert w.alasan == {"target 0": 1}


def test_tak_hingga_terpisah_dari_kosong() -> None:
    catatan = _tangkap(vektor.capaian, [10.0, 10.0, 10.0], [np.inf, np.nan, 5.0])
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert w.alasan == {
        "tak hingga atau di luar batas angka (|x| >= 1e24, 0 < |x| < 1e-24)": 1,
        "nilai kosong (NaN)": 1,
    }
    assert w.contoh == (0, 1)


def test_polars_tanpa_indeks_menyebut_posisi() -> None:
    catatan = _tangkap(vektor.capaian, pl.Series([0.0, 1.0]), pl.Series([1.0, 1.0]))
    assert "baris pertama: 0" in str(catatan[0].message)


def test_contoh_dibatasi_lima() -> None:
    catatan = _tangkap(vektor.capaian, np.zeros(20), np.ones(20))
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert w.jumlah == 20
    assert w.contoh == (0, 1, 2, 3, 4)
    assert str(w).count(",") < 10
