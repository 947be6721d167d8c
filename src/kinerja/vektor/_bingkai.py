"""Kolom kinerja untuk satu ``DataFrame``: opsi per baris dibaca dari kolomnya bila ada."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from kinerja.capaian import RumusNegatif
from kinerja.galat import InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.indikator import Kumulasi, Polaritas
from kinerja.periode import Triwulan
from kinerja.skala import SkalaPredikat
from kinerja.vektor._anggaran import serapan
from kinerja.vektor._capaian import capaian
from kinerja.vektor._kumulasi import sampai_dengan
from kinerja.vektor._predikat import predikat


def _cari(df: pd.DataFrame, nama: str) -> str | None:
    """Nama kolom ``df`` yang sama dengan ``nama`` tanpa peka huruf besar/kecil, atau None.

    Dua kolom yang hanya beda huruf besar/kecil (``polaritas`` dan ``Polaritas``) ditolak:
    memilih salah satunya diam-diam bisa mengabaikan yang dimaksud.
    """
    lipat = nama.casefold()
    cocok = [k for k in df.columns if isinstance(k, str) and k.casefold() == lipat]
    if len(cocok) > 1:
        raise InputTidakSah(
            f"kolom {tampil_aman(cocok)} hanya beda huruf besar/kecil, padahal nama kolom dibaca "
            "tanpa peka huruf besar/kecil: ganti nama atau buang salah satunya"
        )
    return cocok[0] if cocok else None


def _kolom(df: pd.DataFrame, nama: str, peran: str) -> pd.Series[Any]:
    if not isinstance(nama, str):
        raise TipeTidakSah(
            f"nama kolom {peran} harus teks (diberikan {type(nama).__name__} {tampil_aman(nama)})"
        )
    ada = _cari(df, nama)
    if ada is None:
        raise InputTidakSah(
            f"kolom {peran} {tampil_aman(nama)} tidak ada di DataFrame "
            f"(kolom: {tampil_aman(list(df.columns))})"
        )
    return df[ada]


def _kolom_opsional(df: pd.DataFrame, nama: str | None, bawaan: str) -> pd.Series[Any] | None:
    """Kolom yang disebut, kolom bernama ``bawaan`` bila ada, atau None."""
    if nama is None and _cari(df, bawaan) is None:
        return None
    return _kolom(df, bawaan if nama is None else nama, bawaan)


def _opsi(
    df: pd.DataFrame, nilai: object, nama: str, dari: Callable[[object], object]
) -> object | None:
    """Opsi per baris: kolom ``nama`` bila ada, kolom lain yang disebut, atau satu nilai.

    Satu nilai untuk semua baris padahal kolom ``nama`` ada ditolak: salah satunya pasti
    diabaikan, dan itu tidak boleh terjadi diam-diam.
    """
    ada = _cari(df, nama)
    if nilai is None:
        return None if ada is None else df[ada]
    if isinstance(nilai, str) and (lain := _cari(df, nilai)) is not None:
        return df[lain]
    if ada is not None:
        raise InputTidakSah(
            f"{nama}={tampil_aman(nilai)}"
            f" untuk semua baris, padahal DataFrame punya kolom {tampil_aman(ada)}: "
            f"sebut kolomnya ({nama}={tampil_aman(ada)}) atau buang kolom itu"
        )
    try:
        return dari(nilai)
    except KinerjaError as exc:
        if not isinstance(nilai, str):
            raise
        raise InputTidakSah(
            f"{nama}={tampil_aman(nilai)}"
            f" bukan nama kolom (kolom: {tampil_aman(list(df.columns))}) dan bukan nilai "
            f"yang sah: {exc}"
        ) from exc


def tambah_kolom_kinerja(
    df: pd.DataFrame,
    *,
    target: str = "target",
    realisasi: str = "realisasi",
    polaritas: str | Polaritas | None = None,
    rumus_negatif: str | RumusNegatif | None = None,
    target_atas: str | None = None,
    penyebut: str | None = None,
    kumulasi: str | Kumulasi | None = None,
    triwulan: Triwulan | int | str | None = None,
    pagu: str | None = None,
    realisasi_anggaran: str | None = None,
    skala: SkalaPredikat | str | None = None,
    strict: bool = False,
) -> pd.DataFrame:
    """Salinan ``df`` dengan kolom ``capaian``, ``predikat`` dan (bila ada pagu) ``serapan``.

    Nama kolom dibaca tanpa peka huruf besar/kecil (``Polaritas`` = ``polaritas``; dua kolom
    yang hanya beda huruf besar/kecil ditolak). Opsi per baris dibaca dari kolom bernama
    ``polaritas``, ``rumus_negatif``, ``target_atas``, ``penyebut`` dan ``kumulasi`` bila kolom
    itu ada; argumen bernama sama boleh menyebut kolom
    lain, atau memberi satu nilai untuk semua baris (ditolak bila kolom bernama itu juga ada).
    Dengan ``triwulan`` = n, target dan realisasi dihitung s.d. TW n dari kolom
    ``<target>_tw1`` … ``<target>_tw4`` dan ``<realisasi>_tw1`` … menurut kumulasi tiap baris
    (bawaan kumulatif), dan ditambahkan sebagai ``target_sd`` dan ``realisasi_sd``.
    ``skala`` bawaan: :data:`~kinerja.predikat.SKALA_LKJ`.
    """
    from kinerja.skala import SKALA_LKJ

    if not isinstance(df, pd.DataFrame):
        raise TipeTidakSah(f"'df' harus pandas.DataFrame (diberikan {type(df).__name__})")
    if (pagu is None) != (realisasi_anggaran is None):
        raise InputTidakSah("'pagu' dan 'realisasi_anggaran' harus diberikan bersama")
    arah = _opsi(df, polaritas, "polaritas", Polaritas.dari)
    rumus = _opsi(df, rumus_negatif, "rumus_negatif", RumusNegatif.dari)
    jenis = _opsi(df, kumulasi, "kumulasi", Kumulasi.dari)
    atas = _kolom_opsional(df, target_atas, "target_atas")
    dari = _kolom_opsional(df, penyebut, "penyebut")
    hasil = df.copy()
    if triwulan is None:
        if jenis is not None:
            raise InputTidakSah(
                "kumulasi hanya berarti untuk nilai per triwulan: beri triwulan=n (dengan kolom "
                f"{target}_tw1 … {target}_tw4 dan {realisasi}_tw1 … {realisasi}_tw4), atau buang "
                "kolom 'kumulasi' bila target dan realisasi sudah nilai s.d. periode"
            )
        nilai_t, nilai_r = _kolom(df, target, "target"), _kolom(df, realisasi, "realisasi")
    else:
        if atas is not None:
            raise InputTidakSah(
                "target rentang (target_atas) berlaku untuk target tahunan, bukan target s.d. "
                "triwulan: hitung tanpa triwulan, dengan kolom target dan realisasi s.d. periode"
            )
        jenis = Kumulasi.KUMULATIF if jenis is None else jenis
        for nama, kolom_sd in ((target, "target_sd"), (realisasi, "realisasi_sd")):
            nilai_tw = pd.concat(
                [_kolom(df, f"{nama}_tw{i}", f"{nama} TW {i}") for i in range(1, 5)], axis=1
            )
            hasil[kolom_sd] = sampai_dengan(nilai_tw, jenis, triwulan, strict=strict)
        nilai_t, nilai_r = hasil["target_sd"], hasil["realisasi_sd"]
    hasil["capaian"] = capaian(
        nilai_t,
        nilai_r,
        Polaritas.POSITIF if arah is None else arah,
        rumus_negatif=RumusNegatif.SELISIH if rumus is None else rumus,
        target_atas=atas,
        penyebut=dari,
        strict=strict,
    )
    hasil["predikat"] = predikat(
        hasil["capaian"], SKALA_LKJ if skala is None else skala, strict=strict
    )
    if pagu is not None and realisasi_anggaran is not None:
        hasil["serapan"] = serapan(
            _kolom(df, pagu, "pagu"),
            _kolom(df, realisasi_anggaran, "realisasi_anggaran"),
            strict=strict,
        )
    return hasil
