"""Capaian per baris: aturan :func:`kinerja.capaian` atas larik, dengan opsi per baris."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kinerja.angka import ke_desimal
from kinerja.capaian import RumusNegatif
from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.indikator import Polaritas
from kinerja.vektor._kolom import (
    BATAS_KECIL,
    LUAR_BATAS,
    Larik,
    Masker,
    Masukan,
    di_luar_batas,
    enum_per_baris,
    gabung_masker,
    indeks_dari,
    indeks_sama,
    keluaran,
    larik,
    masker_anggota,
    samakan_panjang,
    terapkan,
)
from kinerja.vektor._peringatan import Posisi, laporkan, tandai
from kinerja.vektor._pustaka import asal_dari, ke_numpy


def negatif_per_baris(polaritas: object, n: int) -> bool | Masker:
    """Masker polaritas negatif: satu nilai untuk semua baris, atau satu per baris."""
    polaritas = ke_numpy(polaritas)
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


def dalam_satuan_target(r: Larik, penyebut: Larik) -> tuple[Larik, Masker]:
    """Realisasi dalam satuan target: persen dari penyebutnya bila ada (NaN = tidak ada).

    Aturan ``Realisasi(3, "Desa", dari=12).sebagai_persen()`` → 25, di satu tempat untuk
    capaian per baris dan agregat Σ R / Σ T.
    """
    ada = ~np.isnan(penyebut)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(ada, r / penyebut * 100.0, r), ada


def _batas_hasil(nilai: object, nama: str) -> float | None:
    """``maksimum``/``minimum``: satu angka lewat ``ke_desimal``, seperti jalur Decimal."""
    return None if nilai is None else float(ke_desimal(nilai, nama))


def capaian(
    target: Masukan,
    realisasi: Masukan,
    polaritas: object = Polaritas.POSITIF,
    *,
    rumus_negatif: object = RumusNegatif.SELISIH,
    target_atas: Masukan | None = None,
    penyebut: Masukan | None = None,
    maksimum: object = None,
    minimum: object = None,
    strict: bool = False,
) -> Any:
    """Capaian per baris dalam persen, dengan aturan :func:`kinerja.capaian`.

    ``R/T×100``; untuk polaritas negatif ``(2T−R)/T×100`` atau, dengan rumus ``"rasio"``,
    ``T/R×100``. ``target_atas`` (NaN = target tunggal) membuat target rentang ``[T, atas]``:
    R di dalamnya → 100, di atasnya memakai ``atas``. ``penyebut`` (NaN = tidak ada) membuat
    realisasi persen dari penyebutnya, seperti ``Realisasi(3, "Desa", dari=12)`` terhadap
    target dalam persen. ``polaritas`` dan ``rumus_negatif`` boleh satu nilai atau satu per
    baris. ``maksimum``/``minimum`` (satu angka) membatasi hasil seperti jalur Decimal. Baris
    yang ditolak jalur Decimal (target ≤ 0, penyebut ≤ 0, rentang terbalik, realisasi ≤ 0 pada
    rumus rasio, NaN, tak hingga, ``|x| ≥ 10²⁴``) → NaN (atau galat bila ``strict``).
    """
    atas_hasil = _batas_hasil(maksimum, "maksimum")
    bawah_hasil = _batas_hasil(minimum, "minimum")
    if atas_hasil is not None and bawah_hasil is not None and bawah_hasil > atas_hasil:
        raise InputTidakSah(
            f"'minimum' ({tampil_aman(minimum)}) tidak boleh lebih besar dari 'maksimum' "
            f"({tampil_aman(maksimum)})"
        )
    indeks_sama(target=target, realisasi=realisasi, polaritas=polaritas,
                rumus_negatif=rumus_negatif, target_atas=target_atas,
                penyebut=penyebut)  # fmt: skip
    t = larik(target, "target")
    r = r_mentah = larik(realisasi, "realisasi")
    n = samakan_panjang(target=t, realisasi=r)
    negatif = negatif_per_baris(polaritas, n)
    rasio = _pilih(negatif, _rasio(rumus_negatif, n))
    selisih = _pilih(negatif, _bukan(rasio))
    sebab: dict[str, Masker | Posisi | bool | None] = _sebab_target(t)
    luar: list[Masker | None] = []
    if penyebut is not None:
        p = larik(penyebut, "penyebut")
        samakan_panjang(target=t, penyebut=p)
        r, ada_penyebut = dalam_satuan_target(r, p)
        penyebut_buruk = ada_penyebut & ~(p > 0.0)  # 'dari' harus > 0
        sebab["penyebut ≤ 0"] = penyebut_buruk
        luar.append(di_luar_batas(p))  # juga 0 < p < 10⁻²⁴, seperti ke_desimal
    atas = t_pakai = t
    dalam: bool | Masker = False
    if target_atas is not None:
        atas = larik(target_atas, "target_atas")
        samakan_panjang(target=t, target_atas=atas)
        with np.errstate(invalid="ignore"):
            ada = ~np.isnan(atas)
            sebab["rentang terbalik (target_atas ≤ target)"] = ada & ~(atas > t)
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
            sebab["realisasi ≤ 0 pada rumus rasio"] = rasio & ~(r > 0)  # kinerja.persen
    if dalam is not False:
        terapkan(hasil, dalam, np.full(n, 100.0))  # di dalam rentang target
    if atas_hasil is not None:
        np.minimum(hasil, atas_hasil, out=hasil)  # NaN tetap NaN
    if bawah_hasil is not None:
        np.maximum(hasil, bawah_hasil, out=hasil)
    # t < 10⁻²⁴ sudah tidak sah: cukup sisi atasnya; batas atas rentang juga > t
    luar.append(di_luar_batas(t, dua_sisi=False))
    luar.append(None if target_atas is None else di_luar_batas(atas, dua_sisi=False))
    # realisasi berpenyebut (persen hasil hitungan) tunduk pada batas yang sama (ke_desimal)
    # (R / penyebut ≤ 0 = ±∞ bukan alasan kedua: penyebutnya sudah disebut)
    luar.append(
        di_luar_batas(r_mentah)
        if penyebut is None
        else di_luar_batas(r_mentah, np.where(penyebut_buruk, 0.0, r))
    )
    sebab[LUAR_BATAS] = gabung_masker([*luar, _masker(n, sebab.get(LUAR_BATAS))])
    laporkan(tandai(hasil, sebab), n, strict, indeks_dari(target, realisasi))
    return keluaran(hasil, asal_dari(target, realisasi), "capaian")


def _masker(n: int, posisi: object) -> Masker | None:
    """Posisi (dari :func:`_sebab_target`) sebagai masker, agar bisa digabung."""
    if not isinstance(posisi, np.ndarray) or not len(posisi):
        return None
    masker = np.zeros(n, dtype=np.bool_)
    masker[posisi] = True
    return masker


def _sebab_target(t: Larik) -> dict[str, Masker | Posisi | bool | None]:
    """Target 0 dan negatif, dipisah hanya bila ada (satu perbandingan untuk larik yang sah)."""
    kecil = np.less(t, BATAS_KECIL)  # target ≤ 0, atau terlalu kecil untuk ke_desimal
    if not kecil.any():
        return {}
    posisi = np.flatnonzero(kecil)  # biasanya segelintir: dipilah tanpa lintasan penuh lagi
    nilai = t[posisi]
    return {
        "target 0": posisi[nilai == 0.0],
        "target negatif": posisi[nilai < 0.0],
        LUAR_BATAS: posisi[nilai > 0.0],
    }
