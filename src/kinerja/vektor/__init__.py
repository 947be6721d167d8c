"""Jalur cepat: aturan yang sama atas jutaan baris, dengan numpy, pandas, polars, pyarrow, dask.

Butuh extra ``pandas`` (dari checkout: ``pip install -e '.[pandas]'``; ``polars``, ``pyarrow``,
``dask`` atau ``semua`` untuk pustaka lain); inti kinerja tidak pernah mengimpor paket ini.
Jalur Decimal (``kinerja.capaian`` dkk.) tepat untuk satu laporan; jalur ini untuk data
sebesar provinsi atau nasional, dengan ``float64``. Satu konsep per modul (privat): ``_kolom``
(masukan ke larik, label enum per baris), ``_peringatan`` (baris tidak sah), ``_capaian``,
``_anggaran`` (serapan, efisiensi), ``_kumulasi``, ``_predikat`` (dan pembulatan), ``_pustaka``
(polars/pyarrow lewat narwhals), ``_arrow`` (kolom float ber-null lewat buffer Arrow),
``_akses`` (kolom bingkai), ``_bingkai`` (:func:`tambah_kolom_kinerja`, dask per partisi),
``_kelompok`` (:func:`agregat_kelompok`), ``_panjang`` (:func:`sampai_dengan_panjang`),
``_dask`` (partisi dask dan satu peringatan per ``compute``), ``_pemanggil`` (baris pengguna
yang ditunjuk peringatan).

Masukan boleh ``numpy.ndarray``, ``pandas.Series``, ``polars.Series``, ``pyarrow.ChunkedArray``
(atau ``Array``) atau daftar; keluaran mengikuti masukan (``Series`` dengan indeks yang sama bila
masukannya ``Series``; kolom polars/pyarrow dengan null untuk baris tidak sah). Sel teks dibaca
dalam notasi Indonesia oleh :func:`kinerja.angka.baca_angka` ("1.000" adalah seribu) atau ditolak
dengan galatnya; bilangan bulat (juga ``numpy.int64``) tepat, float diterima apa adanya, ``bool``
ditolak.

Baris yang ditolak jalur Decimal — target ≤ 0, pagu 0, realisasi di atas pagu, NaN, tak
hingga atau ``|x| ≥ 10²⁴`` di masukan, rentang target terbalik, realisasi 0 pada rumus rasio,
tidak ada nilai triwulan yang dilaporkan, nilai di luar skala — menjadi NaN (atau kategori
kosong pada predikat), **tidak pernah angka diam-diam**. Setiap panggilan melaporkannya lewat
satu peringatan :class:`BarisTidakSah` (``jumlah``, ``alasan`` per alasan, ``contoh`` label
indeks, ``per_baris()``), dan ``numpy.isnan(hasil)`` adalah maskernya. Dengan ``strict=True``
baris tidak sah menjadi galat :class:`~kinerja.galat.InputTidakSah` dengan rincian yang sama.

Hasil yang dibulatkan dengan :func:`bulatkan` (setengah ke atas, 2 tempat) sama dengan jalur
Decimal yang dibulatkan sama, untuk angka laporan biasa (≤ 2 tempat desimal, target dan nilai
TW ≤ 10.000, capaian ≤ 10.000%): diuji sebagai properti hypothesis. Di luar itu float64 bisa
memutuskan seri 0,005 berbeda; pakai jalur Decimal.

>>> import numpy as np
>>> from kinerja import vektor
>>> vektor.bulatkan(vektor.capaian(np.array([95.45, 10.0]), np.array([95.27, 8.0]),
...                                polaritas=["positif", "negatif"]))
array([ 99.81, 120.  ])
"""

from __future__ import annotations

from kinerja.galat import ExtraTidakTerpasang

try:
    import numpy  # noqa: F401
    import pandas  # noqa: F401
except ImportError as _galat:  # pragma: no cover - diuji dengan menyembunyikan numpy
    raise ExtraTidakTerpasang(
        "kinerja.vektor butuh numpy dan pandas: pasang dengan pip install 'kinerja[pandas]'"
    ) from _galat

from kinerja.vektor._anggaran import efisiensi, serapan
from kinerja.vektor._bingkai import tambah_kolom_kinerja
from kinerja.vektor._capaian import capaian
from kinerja.vektor._kelompok import agregat_kelompok
from kinerja.vektor._kumulasi import sampai_dengan
from kinerja.vektor._panjang import sampai_dengan_panjang
from kinerja.vektor._peringatan import BarisTidakSah
from kinerja.vektor._predikat import bulatkan, predikat

__all__ = [
    "BarisTidakSah",
    "agregat_kelompok",
    "bulatkan",
    "capaian",
    "efisiensi",
    "predikat",
    "sampai_dengan",
    "sampai_dengan_panjang",
    "serapan",
    "tambah_kolom_kinerja",
]
