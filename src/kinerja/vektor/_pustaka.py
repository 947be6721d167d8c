"""Satu lapisan untuk pustaka bingkai: pandas apa adanya, polars dan pyarrow lewat narwhals.

Kolom polars (``polars.Series``) dan pyarrow (``pyarrow.ChunkedArray``/``Array``) dibaca menjadi
larik numpy dengan ``narwhals`` — satu lapisan untuk semua pustaka, bukan satu salinan aturan per
pustaka — lalu melewati aturan yang sama dengan kolom pandas dan numpy. Hasilnya dikembalikan
dalam pustaka asalnya: baris tidak sah menjadi ``null`` (di pandas dan numpy: NaN), predikat
menjadi ``Enum`` di polars dan kamus berurutan (``dictionary``) di pyarrow.
"""

from __future__ import annotations

from typing import Any

import narwhals as nw
import numpy as np
import numpy.typing as npt
import pandas as pd

_PUSTAKA_ASING = frozenset({"polars", "pyarrow"})


def seri_asing(nilai: object) -> nw.Series[Any] | None:
    """Kolom polars atau pyarrow sebagai ``narwhals.Series``; None untuk pandas, numpy, daftar."""
    if type(nilai).__module__.partition(".")[0] not in _PUSTAKA_ASING:
        return None  # pandas, numpy, daftar, enum, angka: tanpa lapisan kompatibilitas
    seri = nw.from_native(nilai, series_only=True, pass_through=True)
    return seri if isinstance(seri, nw.Series) else None


def bingkai_asing(nilai: object) -> nw.DataFrame[Any] | None:
    """Bingkai polars atau pyarrow sebagai ``narwhals.DataFrame``; None untuk pandas dan lainnya."""
    if isinstance(nilai, (pd.DataFrame, np.ndarray, list, tuple)):
        return None
    bingkai = nw.from_native(nilai, eager_only=True, pass_through=True)
    return bingkai if isinstance(bingkai, nw.DataFrame) else None


def ke_numpy(nilai: object) -> object:
    """Kolom polars/pyarrow menjadi larik numpy (null → NaN atau None); lainnya apa adanya."""
    seri = seri_asing(nilai)
    return nilai if seri is None else seri.to_numpy()


def asal_dari(*masukan: object) -> object | None:
    """Kolom pertama yang berupa ``pandas.Series`` atau kolom polars/pyarrow, bila ada."""
    for m in masukan:
        if isinstance(m, pd.Series) or seri_asing(m) is not None:
            return m
    return None


def seri_seperti(asal: object, nama: str, nilai: npt.NDArray[Any] | list[Any]) -> Any:
    """Kolom sepustaka dengan ``asal`` (polars/pyarrow) berisi ``nilai``; NaN menjadi null."""
    seri = seri_asing(asal)
    if seri is None:  # pragma: no cover - pemanggil sudah memilih
        raise TypeError("bukan kolom polars/pyarrow")
    return _seri(seri.implementation, nama, nilai)


def _seri(pustaka: Any, nama: str, nilai: npt.NDArray[Any] | list[Any]) -> Any:
    if isinstance(nilai, np.ndarray) and nilai.dtype == object:  # teks (alasan) dengan None
        return nw.new_series(nama, list(nilai), dtype=nw.String(), backend=pustaka).to_native()
    baru = nw.new_series(nama, nilai, backend=pustaka)
    if isinstance(nilai, np.ndarray) and nilai.dtype.kind == "f":
        baru = baru.fill_nan(None)
    return baru.to_native()


def kategori_seperti(asal: object, nama: str, kategori: pd.Categorical) -> Any:
    """Predikat sepustaka dengan ``asal``: ``Enum`` berurutan di polars, kamus berurutan
    (``dictionary<…, ordered>``) di pyarrow; dibuat dari kode pitanya, tanpa teks per baris."""
    seri = seri_asing(asal)
    if seri is None:  # pragma: no cover - pemanggil sudah memilih
        raise TypeError("bukan kolom polars/pyarrow")
    label = [str(k) for k in kategori.categories]
    kode = np.asarray(kategori.codes)
    pustaka: Any = seri.implementation
    if pustaka is nw.Implementation.PYARROW:
        import pyarrow as pa  # ada: masukannya pyarrow

        indeks = pa.array(kode, mask=kode < 0)
        kamus = pa.DictionaryArray.from_arrays(indeks, pa.array(label), ordered=True)
        return pa.chunked_array([kamus])
    return (
        nw.new_series(nama, kode, backend=pustaka)
        .replace_strict(list(range(-1, len(label))), [None, *label], return_dtype=nw.Enum(label))
        .to_native()
    )
