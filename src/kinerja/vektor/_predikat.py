"""Predikat per baris (aturan :func:`kinerja.predikat`) dan pembulatan setengah ke atas."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.skala_predikat import SkalaPredikat
from kinerja.skala_terdaftar import skala as skala_terdaftar
from kinerja.vektor._kolom import (
    LUAR_BATAS,
    Larik,
    Masker,
    Masukan,
    di_luar_batas,
    indeks_dari,
    keluaran,
    larik,
)
from kinerja.vektor._peringatan import KOSONG, laporkan
from kinerja.vektor._pustaka import asal_dari, kategori_seperti


@functools.lru_cache(maxsize=32)
def _jenis_kategori(skala: SkalaPredikat) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(pd.Index([p.label for p in skala.pita]), ordered=True)


@functools.lru_cache(maxsize=32)
def _ambang(skala: SkalaPredikat) -> tuple[Larik, npt.NDArray[np.bool_]]:
    """Batas antar-pita dan apakah batas itu milik pita di atasnya (disimpan per skala)."""
    # SkalaPredikat menjamin hanya pita pertama yang boleh tak terbatas di bawah
    batas = np.array([float(p.bawah or 0) for p in skala.pita[1:]], dtype=np.float64)
    milik_atas = np.array([p.termasuk_bawah for p in skala.pita[1:]], dtype=np.bool_)
    return batas, milik_atas


def _lewati(x: Larik, batas: float, termasuk: bool) -> npt.NDArray[np.bool_]:
    hasil: npt.NDArray[np.bool_] = (np.greater_equal if termasuk else np.greater)(x, batas)
    return hasil


def predikat(nilai: Masukan, skala: SkalaPredikat | str, *, strict: bool = False) -> Any:
    """Predikat per baris sebagai ``pandas.Categorical`` berlabel pita (urut naik).

    NaN, tak hingga, ``|x| ≥ 10²⁴`` dan nilai di luar skala → kategori kosong (NaN), atau galat
    bila ``strict``. Untuk masukan ``Series`` hasilnya ``Series`` berjenis kategori.
    """
    if isinstance(skala, str):
        skala = skala_terdaftar(skala)  # nama skala terdaftar, seperti kinerja.predikat
    if not isinstance(skala, SkalaPredikat):
        raise TipeTidakSah(
            f"'skala' harus SkalaPredikat atau nama skala (diberikan {tampil_aman(skala)})"
        )
    x = larik(nilai, "nilai")
    # skala atas angka tercetak (mis. mutu IKM): pita dipilih atas nilai terbulatkan, cakupan
    # skala tetap diperiksa atas nilai asli, seperti kinerja.predikat
    xp = x if skala.tempat_desimal is None else _bulatkan_larik(x, skala.tempat_desimal)
    batas, milik_atas = _ambang(skala)
    # Kode pita = banyaknya batas yang sudah dilewati: k perbandingan berurutan ke int8, jauh
    # lebih cepat dari searchsorted untuk skala kecil (5–7 pita).
    if len(skala.pita) > 127:
        raise InputTidakSah(f"skala {tampil_aman(skala.nama)} punya lebih dari 127 pita")
    if len(batas):
        # perbandingan pertama langsung menjadi larik kode (bool dan int8 sama-sama 1 bait)
        kode: npt.NDArray[np.int8] = _lewati(xp, batas[0], bool(milik_atas[0])).view(np.int8)
    else:
        kode = np.zeros(len(x), dtype=np.int8)
    lewat = np.empty(len(x), dtype=np.bool_)
    for b, atas in zip(batas[1:], milik_atas[1:], strict=True):
        (np.greater_equal if atas else np.greater)(xp, b, out=lewat)
        kode += lewat.view(np.int8)
    tidak_sah = np.isnan(x)
    posisi: dict[str, npt.NDArray[np.intp]] = {}
    if tidak_sah.any():
        posisi[KOSONG] = np.flatnonzero(tidak_sah)
    sebab: dict[str, Masker | None] = {LUAR_BATAS: di_luar_batas(x)}
    bawah, atas_skala = skala.pita[0], skala.pita[-1]
    di_luar: Masker | None = None
    if bawah.bawah is not None:
        di_luar = (x < float(bawah.bawah)) if bawah.termasuk_bawah else (x <= float(bawah.bawah))
    if atas_skala.atas is not None:
        lewat_atas = (
            (x > float(atas_skala.atas))
            if atas_skala.termasuk_atas
            else (x >= float(atas_skala.atas))
        )
        di_luar = lewat_atas if di_luar is None else di_luar | lewat_atas
    sebab[f"di luar skala {tampil_aman(skala.nama)}"] = di_luar
    for alasan, m in sebab.items():
        if m is not None and m.any():
            posisi[alasan] = np.flatnonzero(m)
    for p in posisi.values():  # lewat posisi: baris tidak sah biasanya segelintir
        kode[p] = -1
    laporkan(posisi, len(x), strict, indeks_dari(nilai))
    kategori = pd.Categorical.from_codes(kode, dtype=_jenis_kategori(skala), validate=False)
    asal = asal_dari(nilai)
    if asal is None:
        return kategori
    if isinstance(asal, pd.Series):
        return pd.Series(kategori, index=asal.index, name="predikat")
    return kategori_seperti(asal, "predikat", kategori)


def bulatkan(nilai: Masukan, tempat: int = 2) -> Any:
    """Bulatkan setengah ke atas (menjauhi nol) seperti ``kinerja.bulatkan``, untuk float.

    Nilai diskalakan lalu dirapikan ke 7 desimal dulu, agar galat biner float (mis.
    1,005 yang tersimpan 1,00499999…) tidak membalik seri 0,005.
    """
    if isinstance(tempat, bool) or not isinstance(tempat, int) or not 0 <= tempat <= 10:
        raise InputTidakSah(f"'tempat' harus bilangan bulat 0–10 (diberikan {tampil_aman(tempat)})")
    hasil = _bulatkan_larik(larik(nilai, "nilai"), tempat)
    nama = getattr(nilai, "name", None)
    return keluaran(hasil, asal_dari(nilai), nama if isinstance(nama, str) and nama else "nilai")


def _bulatkan_larik(x: Larik, tempat: int) -> Larik:
    skala = 10.0**tempat
    with np.errstate(over="ignore", invalid="ignore"):
        s = np.round(x * skala, 7)
        hasil: Larik = np.copysign(np.floor(np.abs(s) + 0.5), s) / skala
    return hasil
