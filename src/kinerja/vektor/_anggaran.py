"""Serapan dan efisiensi per baris: aturan :mod:`kinerja.anggaran` atas larik."""

from __future__ import annotations

from typing import Any

import numpy as np

from kinerja.vektor._kolom import (
    BATAS_KECIL,
    Masukan,
    di_luar_batas,
    indeks_dari,
    keluaran,
    larik,
    samakan_panjang,
)
from kinerja.vektor._peringatan import laporkan, tandai


def serapan(pagu: Masukan, realisasi: Masukan, *, strict: bool = False) -> Any:
    """Serapan per baris: ``realisasi / pagu × 100``.

    Pagu 0, nilai negatif, realisasi di atas pagu, NaN, tak hingga dan ``|x| ≥ 10²⁴`` → NaN
    (atau galat bila ``strict``).
    """
    p = larik(pagu, "pagu")
    r = larik(realisasi, "realisasi")
    samakan_panjang(pagu=p, realisasi=r)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        hasil = np.divide(r, p)
        hasil *= 100.0
    lebih = np.greater(r, p)
    lebih |= r < 0
    lebih |= p < BATAS_KECIL  # pagu 0, negatif, atau terlalu kecil untuk ke_desimal
    tidak_sah = tandai(hasil, lebih, di_luar_batas(p, dua_sisi=False), di_luar_batas(r))
    laporkan(
        tidak_sah,
        "pagu 0, negatif, realisasi di atas pagu, NaN, tak hingga atau |x| >= 1e24",
        strict,
    )
    return keluaran(hasil, indeks_dari(pagu, realisasi), "serapan")


def efisiensi(capaian_kinerja: Masukan, serapan_anggaran: Masukan, *, strict: bool = False) -> Any:
    """Efisiensi per baris dalam poin persen: capaian kinerja − serapan anggaran."""
    c = larik(capaian_kinerja, "capaian_kinerja")
    s = larik(serapan_anggaran, "serapan_anggaran")
    samakan_panjang(capaian_kinerja=c, serapan_anggaran=s)
    with np.errstate(invalid="ignore", over="ignore"):  # inf − inf, 1e308 − (−1e308)
        hasil = np.subtract(c, s)
    tidak_sah = tandai(hasil, np.zeros(len(hasil), dtype=np.bool_), di_luar_batas(c, s))
    laporkan(tidak_sah, "NaN, tak hingga atau |x| >= 1e24", strict)
    return keluaran(hasil, indeks_dari(capaian_kinerja, serapan_anggaran), "efisiensi")
