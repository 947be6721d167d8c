"""Serapan dan efisiensi per baris: aturan :mod:`kinerja.anggaran` atas larik."""

from __future__ import annotations

from typing import Any

import numpy as np

from kinerja.vektor._kolom import (
    BATAS_KECIL,
    LUAR_BATAS,
    Masker,
    Masukan,
    di_luar_batas,
    gabung_masker,
    indeks_dari,
    indeks_sama,
    keluaran,
    larik,
    samakan_panjang,
)
from kinerja.vektor._peringatan import Posisi, laporkan, tandai
from kinerja.vektor._pustaka import asal_dari

DI_ATAS_PAGU = "realisasi di atas pagu"
REALISASI_NEGATIF = "realisasi negatif"
PAGU_NEGATIF = "pagu negatif"
TIDAK_SAH_UNTUK_TOTAL = (DI_ATAS_PAGU, REALISASI_NEGATIF, PAGU_NEGATIF)
"""Alasan baris yang, seperti ``Anggaran``, membuat serapan total tidak terhitung (pagu 0 tidak)."""


def serapan(pagu: Masukan, realisasi: Masukan, *, strict: bool = False) -> Any:
    """Serapan per baris: ``realisasi / pagu × 100``.

    Pagu 0, nilai negatif, realisasi di atas pagu, NaN, tak hingga dan ``|x| ≥ 10²⁴`` → NaN
    (atau galat bila ``strict``).
    """
    indeks_sama(pagu=pagu, realisasi=realisasi)
    p = larik(pagu, "pagu")
    r = larik(realisasi, "realisasi")
    samakan_panjang(pagu=p, realisasi=r)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        hasil = np.divide(r, p)
        hasil *= 100.0
    sebab: dict[str, Masker | Posisi | None] = {
        DI_ATAS_PAGU: np.greater(r, p),
        REALISASI_NEGATIF: np.less(r, 0.0),
    }
    kecil = np.less(p, BATAS_KECIL)  # pagu 0, negatif, atau terlalu kecil untuk ke_desimal
    luar = [di_luar_batas(p, dua_sisi=False), di_luar_batas(r)]
    if kecil.any():
        posisi = np.flatnonzero(kecil)
        nilai = p[posisi]
        sebab["pagu 0"] = posisi[nilai == 0.0]
        sebab[PAGU_NEGATIF] = posisi[nilai < 0.0]
        luar.append(kecil & (p > 0.0))
    sebab[LUAR_BATAS] = gabung_masker(luar)
    laporkan(tandai(hasil, sebab), len(hasil), strict, indeks_dari(pagu, realisasi))
    return keluaran(hasil, asal_dari(pagu, realisasi), "serapan")


def efisiensi(capaian_kinerja: Masukan, serapan_anggaran: Masukan, *, strict: bool = False) -> Any:
    """Efisiensi per baris dalam poin persen: capaian kinerja − serapan anggaran."""
    indeks_sama(capaian_kinerja=capaian_kinerja, serapan_anggaran=serapan_anggaran)
    c = larik(capaian_kinerja, "capaian_kinerja")
    s = larik(serapan_anggaran, "serapan_anggaran")
    samakan_panjang(capaian_kinerja=c, serapan_anggaran=s)
    with np.errstate(invalid="ignore", over="ignore"):  # inf − inf, 1e308 − (−1e308)
        hasil = np.subtract(c, s)
    posisi = tandai(hasil, {LUAR_BATAS: di_luar_batas(c, s)})
    laporkan(posisi, len(hasil), strict, indeks_dari(capaian_kinerja, serapan_anggaran))
    return keluaran(hasil, asal_dari(capaian_kinerja, serapan_anggaran), "efisiensi")
