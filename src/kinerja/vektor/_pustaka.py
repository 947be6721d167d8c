"""Satu lapisan untuk pustaka bingkai: pandas apa adanya, polars dan pyarrow lewat narwhals.

Kolom polars (``polars.Series``) dan pyarrow (``pyarrow.ChunkedArray``/``Array``) dibaca menjadi
larik numpy dengan ``narwhals`` — satu lapisan untuk semua pustaka, bukan satu salinan aturan per
pustaka — lalu melewati aturan yang sama dengan kolom pandas dan numpy. Hasilnya dikembalikan
dalam pustaka asalnya: baris tidak sah menjadi ``null`` (di pandas dan numpy: NaN), predikat
menjadi ``Enum`` di polars dan kamus berurutan (``dictionary``) di pyarrow.
"""

from __future__ import annotations

import functools
from typing import Any

import narwhals as nw
import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.vektor._arrow import float_arrow

_PUSTAKA_ASING = frozenset({"polars", "pyarrow"})


def seri_asing(nilai: object) -> nw.Series[Any] | None:
    """Kolom polars atau pyarrow sebagai ``narwhals.Series``; None untuk pandas, numpy, daftar."""
    pustaka = type(nilai).__module__.partition(".")[0]
    if pustaka not in _PUSTAKA_ASING:
        return None  # pandas, numpy, daftar, enum, angka: tanpa lapisan kompatibilitas
    if pustaka == "pyarrow" and _array_pyarrow(nilai):
        import pyarrow as pa

        nilai = pa.chunked_array([nilai])  # narwhals membaca ChunkedArray, bukan Array
    seri = nw.from_native(nilai, series_only=True, pass_through=True)
    return seri if isinstance(seri, nw.Series) else None


def _array_pyarrow(nilai: object) -> bool:
    import pyarrow as pa  # sudah dimuat: nilai berasal dari pyarrow

    return isinstance(nilai, pa.Array)


def _seperti_array(asal: object, hasil: Any) -> Any:
    """Hasil (``ChunkedArray`` satu potong) sebagai ``pyarrow.Array`` bila masukannya Array."""
    if type(asal).__module__.startswith("pyarrow") and _array_pyarrow(asal):
        return hasil.chunk(0) if hasil.num_chunks == 1 else hasil.combine_chunks()
    return hasil


def bingkai_asing(nilai: object) -> nw.DataFrame[Any] | None:
    """Bingkai polars atau pyarrow sebagai ``narwhals.DataFrame``; None untuk pandas dan lainnya."""
    if isinstance(nilai, (pd.DataFrame, np.ndarray, list, tuple)):
        return None
    bingkai = nw.from_native(nilai, eager_only=True, pass_through=True)
    return bingkai if isinstance(bingkai, nw.DataFrame) else None


def ke_numpy(nilai: object) -> object:
    """Kolom polars/pyarrow menjadi larik numpy (null → NaN atau None); lainnya apa adanya.

    Kolom float64 ber-null dibaca lewat buffer Arrow-nya (:func:`float_arrow`, tanpa salinan bila
    slot null-nya sudah NaN). Kolom float lain yang ber-null diisi NaN di pustakanya dulu (satu
    lintasan tanpa topeng), baru dijadikan numpy: hasilnya sama dengan ``to_numpy()`` langsung,
    tetapi ± 3× lebih cepat di polars.
    """
    seri = seri_asing(nilai)
    if seri is None:
        return nilai
    if seri.dtype.is_float() and seri.null_count():
        if (langsung := float_arrow(seri.to_native())) is not None:
            return langsung
        seri = seri.fill_null(float("nan"))
    return seri.to_numpy()


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
    return _seperti_array(asal, _seri(seri.implementation, nama, nilai))


def _seri(pustaka: Any, nama: str, nilai: npt.NDArray[Any] | list[Any]) -> Any:
    if isinstance(nilai, np.ndarray) and nilai.dtype == object:  # teks (alasan) dengan None
        return nw.new_series(nama, list(nilai), dtype=nw.String(), backend=pustaka).to_native()
    if isinstance(nilai, np.ndarray) and nilai.dtype == np.float64 and nilai.ndim == 1:
        return _float_asli(pustaka, nama, nilai)
    baru = nw.new_series(nama, nilai, backend=pustaka)
    if isinstance(nilai, np.ndarray) and nilai.dtype.kind == "f":
        baru = baru.fill_nan(None)
    return baru.to_native()


def _float_asli(pustaka: Any, nama: str, nilai: npt.NDArray[np.float64]) -> Any:
    """Kolom float64 dengan NaN → null, langsung di pustakanya (sama dengan ``fill_nan(None)``
    lewat narwhals, tanpa lintasan kedua).

    Seperti ``polars.Series`` dari larik numpy, kolom pyarrow ini memakai buffer ``nilai`` tanpa
    salinan (ditambah bitmap validitas): pemanggil memberikan larik hasil yang baru dibuat.
    """
    if pustaka is nw.Implementation.PYARROW:
        import pyarrow as pa  # ada: masukannya pyarrow

        nilai = np.ascontiguousarray(nilai)
        kosong = np.isnan(nilai)
        banyak_kosong = int(np.count_nonzero(kosong))
        validitas = _bitmap(kosong) if banyak_kosong else None
        kolom = pa.Array.from_buffers(
            pa.float64(), len(nilai), [validitas, pa.py_buffer(nilai)], null_count=banyak_kosong
        )
        return pa.chunked_array([kolom], type=pa.float64())
    import polars as pl  # ada: masukannya polars

    return pl.Series(nama, nilai, nan_to_null=True)


def _bitmap(kosong: npt.NDArray[np.bool_]) -> Any:
    """Bitmap validitas Arrow (bit 1 = ada, urutan bit kecil dulu) dari masker baris kosong."""
    import pyarrow as pa

    bitmap = np.packbits(kosong, bitorder="little")  # dibalik setelah dipadatkan: 8× lebih kecil
    np.invert(bitmap, out=bitmap)
    if sisa := len(kosong) % 8:
        bitmap[-1] &= (1 << sisa) - 1  # bit di luar panjang tetap 0, seperti packbits(~kosong)
    return pa.py_buffer(bitmap)


def kategori_seperti(asal: object, nama: str, kategori: pd.Categorical[Any]) -> Any:
    """Predikat sepustaka dengan ``asal``: ``Enum`` berurutan di polars, kamus berurutan
    (``dictionary<int8, string, ordered>``; indeksnya selebar kode pandas, int16 untuk skala yang
    sangat panjang) di pyarrow; dibuat dari kode pitanya (-1 = tanpa predikat, menjadi null),
    tanpa teks per baris dan tanpa salinan kode di pyarrow."""
    seri = seri_asing(asal)
    if seri is None:  # pragma: no cover - pemanggil sudah memilih
        raise TypeError("bukan kolom polars/pyarrow")
    label = tuple(str(k) for k in kategori.categories)
    kode: npt.NDArray[np.signedinteger[Any]] = np.ascontiguousarray(kategori.codes)
    if seri.implementation is nw.Implementation.PYARROW:
        return _seperti_array(asal, _kamus_pyarrow(label, kode))
    return _enum_polars(nama, label, kode)


def _kamus_pyarrow(label: tuple[str, ...], kode: npt.NDArray[np.signedinteger[Any]]) -> Any:
    """Kamus berurutan yang indeksnya buffer ``kode`` itu sendiri; null lewat bitmap validitas.

    Nilai indeks di bawah slot null (-1) bebas menurut format Arrow, jadi tidak perlu ditimpa.
    """
    import pyarrow as pa  # ada: masukannya pyarrow

    kosong = kode < 0
    banyak_kosong = int(np.count_nonzero(kosong))
    validitas = _bitmap(kosong) if banyak_kosong else None
    jenis = pa.dictionary(pa.from_numpy_dtype(kode.dtype), pa.string(), ordered=True)
    kamus = pa.DictionaryArray.from_buffers(
        jenis,
        len(kode),
        [validitas, pa.py_buffer(kode)],
        pa.array(label, pa.string()),
        null_count=banyak_kosong,
    )
    return pa.chunked_array([kamus], type=jenis)


def _enum_polars(
    nama: str, label: tuple[str, ...], kode: npt.NDArray[np.signedinteger[Any]]
) -> Any:
    """``Enum`` polars dari kode fisik ``UInt8`` (``Series.cat.to``); -1 dibaca 255 → null.

    Kode ``int8`` berarti paling banyak 127 kategori, jadi 255 tidak pernah kode yang sah. Polars
    tanpa ``cat.to``, kode yang lebih lebar, ``Enum`` yang kode fisiknya bukan ``UInt8``, atau
    pengguna yang meminta peringatan fitur tidak stabil (``pl.Config.warn_unstable``; ``cat.to``
    masih tidak stabil) memakai ``replace_strict``.
    """
    import polars as pl  # ada: masukannya polars

    jenis = pl.Enum(list(label))
    if kode.dtype == np.int8 and _fisik_uint8(label) and not _peringatan_tidak_stabil(pl):
        kode_fisik = pl.Series(nama, kode.view(np.uint8))
        ke_enum = getattr(kode_fisik.cat, "to", None)
        if ke_enum is not None:
            return ke_enum(jenis, strict=False)
    return pl.Series(nama, kode).replace_strict(
        list(range(-1, len(label))), [None, *label], return_dtype=jenis
    )


def _peringatan_tidak_stabil(pl: Any) -> bool:
    """Apakah ``pl.Config.warn_unstable`` menyala (nilainya bilangan bulat bukan nol)."""
    nilai = pl.Config.state(if_set=True).get("POLARS_WARN_UNSTABLE")
    try:
        return bool(int(nilai))
    except (TypeError, ValueError):
        return False


@functools.lru_cache(maxsize=32)
def _fisik_uint8(label: tuple[str, ...]) -> bool:
    import polars as pl

    return bool(pl.Series(dtype=pl.Enum(list(label))).to_physical().dtype == pl.UInt8)
