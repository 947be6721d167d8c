"""Kolom float64 ber-null (polars/pyarrow) dibaca lewat buffer Arrow-nya, tanpa salinan.

``Series.fill_null(nan).to_numpy()`` selalu menyalin seluruh kolom ke memori baru. Padahal kolom
yang dibuat ``kinerja.vektor`` (capaian, serapan, …) sudah berisi NaN di bawah setiap slot
null-nya: buffer nilainya adalah larik numpy hasil hitungan itu sendiri. Lewat antarmuka C Arrow
(`nanoarrow <https://arrow.apache.org/nanoarrow/>`_, pustaka resmi Apache Arrow) buffer nilai dan
bitmap validitas dibaca langsung; bila setiap slot null memang NaN, buffer itu dipakai apa adanya
(hanya dibaca), bila tidak, salinannya diberi NaN di slot null. Hasilnya selalu sama dengan
``fill_null(nan).to_numpy()``.

>>> import polars as pl
>>> float_arrow(pl.Series([1.5, None, 3.0]))
array([1.5, nan, 3. ])
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

_FLOAT64 = "g"  # format Arrow untuk float64


def float_arrow(kolom: object) -> npt.NDArray[np.float64] | None:
    """Kolom float64 Arrow satu potong sebagai larik numpy, null → NaN.

    None bila nanoarrow tidak terpasang, kolomnya bukan float64, atau terdiri atas beberapa
    potong (chunk): pemanggil lalu memakai ``fill_null`` pustakanya.
    """
    try:
        import nanoarrow as na
    except ImportError:
        return None
    try:
        potong = list(na.c_array_stream(kolom))
    except (TypeError, ValueError):  # pustaka tanpa antarmuka aliran C Arrow (polars lama)
        return None
    if len(potong) != 1 or potong[0].schema.format != _FLOAT64:
        return None
    tampak = potong[0].view()
    awal, panjang = tampak.offset, tampak.length
    # larik numpy memegang tampilan buffer, tampilan memegang larik Arrow (dan memori pustakanya)
    nilai = np.frombuffer(tampak.buffer(1), dtype=np.float64)[awal : awal + panjang]
    if tampak.null_count == 0:
        return nilai
    kosong = _posisi_null(np.frombuffer(tampak.buffer(0), dtype=np.uint8), awal, panjang)
    if len(kosong) != tampak.null_count:  # pragma: no cover - bitmap rusak; jangan menebak
        return None
    if np.isnan(nilai[kosong]).all():
        return nilai
    salinan = nilai.copy()
    salinan[kosong] = np.nan
    return salinan


def _posisi_null(bitmap: npt.NDArray[np.uint8], awal: int, panjang: int) -> npt.NDArray[np.intp]:
    """Posisi (0 … panjang-1) yang bitnya 0 di bitmap validitas Arrow (bit kecil dulu).

    Hanya bait yang tidak penuh (≠ 0xFF) yang diurai: baris null biasanya segelintir.
    """
    mulai, akhir = awal // 8, -(-(awal + panjang) // 8)
    bait = bitmap[mulai:akhir]
    tak_penuh = np.flatnonzero(bait != 0xFF)
    bit = np.unpackbits(bait[tak_penuh], bitorder="little").reshape(-1, 8)
    posisi: Any = (tak_penuh[:, None] * 8 + np.arange(8))[bit == 0] + (mulai * 8 - awal)
    hasil: npt.NDArray[np.intp] = posisi[(posisi >= 0) & (posisi < panjang)].astype(np.intp)
    return hasil
