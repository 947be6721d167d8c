"""Capaian per baris: aturan :func:`kinerja.capaian` atas larik, dengan opsi per baris."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kinerja.capaian import RumusNegatif
from kinerja.galat import InputTidakSah
from kinerja.indikator import Polaritas
from kinerja.vektor._kolom import (
    BATAS_KECIL,
    Masker,
    Masukan,
    di_luar_batas,
    enum_per_baris,
    indeks_dari,
    keluaran,
    larik,
    masker_anggota,
    samakan_panjang,
    terapkan,
)
from kinerja.vektor._peringatan import laporkan, tandai


def _negatif(polaritas: object, n: int) -> bool | Masker:
    """Masker polaritas negatif: satu nilai untuk semua baris, atau satu per baris."""
    if isinstance(polaritas, (np.ndarray, pd.Series)) and polaritas.dtype == np.bool_:
        masker = np.asarray(polaritas, dtype=np.bool_)  # masker "negatif" yang sudah jadi
        if masker.shape != (n,):
            raise InputTidakSah(f"'polaritas' harus satu nilai atau larik sepanjang {n} baris")
        return masker
    per_baris = enum_per_baris(polaritas, n, "polaritas", Polaritas.dari)
    return masker_anggota(per_baris, Polaritas.NEGATIF)


def _rasio(rumus_negatif: object, n: int) -> bool | Masker:
    per_baris = enum_per_baris(
        rumus_negatif, n, "rumus_negatif", RumusNegatif.dari, kosong=RumusNegatif.SELISIH
    )
    return masker_anggota(per_baris, RumusNegatif.RASIO)


def _pilih(masker: bool | Masker, ya: Masker | bool) -> bool | Masker:
    """``masker & ya`` tanpa membuat larik bila salah satunya tetapan."""
    if masker is False or ya is False:
        return False
    if masker is True:
        return ya
    if ya is True:
        return masker
    hasil: Masker = np.logical_and(masker, ya)
    return hasil if hasil.any() else False


def _bukan(masker: bool | Masker) -> bool | Masker:
    if isinstance(masker, bool):
        return not masker
    hasil: Masker = np.logical_not(masker)
    return hasil


def capaian(
    target: Masukan,
    realisasi: Masukan,
    polaritas: object = Polaritas.POSITIF,
    *,
    rumus_negatif: object = RumusNegatif.SELISIH,
    target_atas: Masukan | None = None,
    penyebut: Masukan | None = None,
    strict: bool = False,
) -> Any:
    """Capaian per baris dalam persen, dengan aturan :func:`kinerja.capaian`.

    ``R/T×100``; untuk polaritas negatif ``(2T−R)/T×100`` atau, dengan rumus ``"rasio"``,
    ``T/R×100``. ``target_atas`` (NaN = target tunggal) membuat target rentang ``[T, atas]``:
    R di dalamnya → 100, di atasnya memakai ``atas``. ``penyebut`` (NaN = tidak ada) membuat
    realisasi persen dari penyebutnya, seperti ``Realisasi(3, "Desa", dari=12)`` terhadap
    target dalam persen. ``polaritas`` dan ``rumus_negatif`` boleh satu nilai atau satu per
    baris. Baris yang ditolak jalur Decimal (target ≤ 0, penyebut ≤ 0, rentang terbalik,
    realisasi ≤ 0 pada rumus rasio, NaN, tak hingga, ``|x| ≥ 10²⁴``) → NaN (atau galat bila
    ``strict``).
    """
    t = larik(target, "target")
    r = r_mentah = larik(realisasi, "realisasi")
    n = samakan_panjang(target=t, realisasi=r)
    negatif = _negatif(polaritas, n)
    rasio = _pilih(negatif, _rasio(rumus_negatif, n))
    selisih = _pilih(negatif, _bukan(rasio))
    tidak_sah = np.less(t, BATAS_KECIL)  # target ≤ 0, atau terlalu kecil untuk ke_desimal
    luar_penyebut = None
    if penyebut is not None:
        p = larik(penyebut, "penyebut")
        samakan_panjang(target=t, penyebut=p)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            ada_penyebut = ~np.isnan(p)
            tidak_sah |= ada_penyebut & ~(p >= BATAS_KECIL)  # Realisasi: 'dari' harus > 0
            r = np.where(ada_penyebut, r / p * 100.0, r)  # Realisasi.sebagai_persen
        luar_penyebut = di_luar_batas(p, dua_sisi=False)
    atas = t_pakai = t
    dalam: bool | Masker = False
    if target_atas is not None:
        atas = larik(target_atas, "target_atas")
        samakan_panjang(target=t, target_atas=atas)
        with np.errstate(invalid="ignore"):
            ada = ~np.isnan(atas)
            tidak_sah |= ada & ~(atas > t)  # Target.rentang: atas harus > bawah
            t_pakai = np.where(ada & (r > atas), atas, t)  # di atas rentang memakai batas atas
            dalam = ada & (r >= t) & (r <= atas)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        hasil = np.divide(r, t_pakai)
        hasil *= 100.0
        if selisih is True:
            np.subtract(200.0, hasil, out=hasil)  # PermenPANRB 8/2021: (2T − R) / T × 100
        elif selisih is not False:
            np.subtract(200.0, hasil, out=hasil, where=selisih)
        if rasio is not False:
            terapkan(hasil, rasio, np.divide(t_pakai, r) * 100.0)  # T / R
            tidak_sah |= rasio & ~(r > 0)  # kinerja.persen: penyebut (R) harus > 0
    if dalam is not False:
        terapkan(hasil, dalam, np.full(n, 100.0))  # di dalam rentang target
    # t < 10⁻²⁴ sudah tidak sah: cukup sisi atasnya; batas atas rentang juga > t
    luar_t = di_luar_batas(t, dua_sisi=False)
    luar_atas = None if target_atas is None else di_luar_batas(atas, dua_sisi=False)
    # realisasi berpenyebut (persen hasil hitungan) tunduk pada batas yang sama (ke_desimal)
    luar_r = di_luar_batas(r_mentah) if penyebut is None else di_luar_batas(r_mentah, r)
    tidak_sah = tandai(hasil, tidak_sah, luar_t, luar_r, luar_atas, luar_penyebut)
    laporkan(
        tidak_sah,
        "target <= 0, penyebut, rentang atau rumus tidak sah, NaN, tak hingga, |x| >= 1e24",
        strict,
    )
    return keluaran(hasil, indeks_dari(target, realisasi), "capaian")
