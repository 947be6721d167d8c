"""Baris pemanggil: bingkai pertama di luar kinerja dan pustaka bingkai, untuk ``stacklevel``.

Peringatan :class:`~kinerja.vektor.BarisTidakSah` menunjuk baris kode pengguna, bukan berkas
kinerja, juga bila kinerja dipanggil lewat pustaka bingkai (``df.pipe(...)`` di pandas/polars,
atau ``compute`` dask yang mengumumkan peringatan gabungan partisinya).
"""

from __future__ import annotations

import os
import sys
from typing import Any

_PAKET = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_PUSTAKA_BINGKAI = ("dask", "pandas", "polars", "pyarrow", "narwhals")


def _di_pustaka(bingkai: Any) -> bool:
    """Bingkai di paket kinerja, atau di pustaka bingkai: dask (peringatan gabungan partisi
    dask diumumkan dari dalam ``compute``: barisnya baris pengguna yang memanggil ``compute``)
    dan pandas/polars yang memanggil kinerja (``df.pipe(vektor.tambah_kolom_kinerja)``)."""
    if bingkai.f_code.co_filename.startswith(_PAKET):
        return True
    modul = bingkai.f_globals.get("__name__", "")
    return isinstance(modul, str) and modul.partition(".")[0] in _PUSTAKA_BINGKAI


def tingkat_pemanggil() -> int:
    """``stacklevel`` untuk ``warnings.warn`` di fungsi pemanggil fungsi ini: bingkai pertama di
    luar paket kinerja dan pustaka bingkai (baris pengguna)."""
    bingkai = sys._getframe(1)
    tingkat = 1
    while bingkai is not None and _di_pustaka(bingkai):
        bingkai = bingkai.f_back  # type: ignore[assignment]
        tingkat += 1
    return tingkat
