"""Kolom kinerja untuk satu bingkai (pandas, polars, pyarrow, dask); opsi per baris dari kolom."""

from __future__ import annotations

from typing import Any

import numpy as np
from narwhals.dependencies import is_dask_dataframe

from kinerja.capaian import RumusNegatif
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.indikator import Kumulasi, Polaritas
from kinerja.periode import Triwulan
from kinerja.skala_predikat import SkalaPredikat
from kinerja.vektor._akses import Bingkai
from kinerja.vektor._anggaran import serapan
from kinerja.vektor._capaian import capaian
from kinerja.vektor._dask import peta_partisi
from kinerja.vektor._kolom import larik
from kinerja.vektor._kumulasi import sampai_dengan
from kinerja.vektor._peringatan import SatuPeringatan, per_baris
from kinerja.vektor._predikat import predikat


def tambah_kolom_kinerja(
    df: Any,
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
    maksimum: object = None,
    minimum: object = None,
    kolom_alasan: str | None = None,
    strict: bool = False,
) -> Any:
    """Salinan ``df`` dengan kolom ``capaian``, ``predikat`` dan (bila ada pagu) ``serapan``.

    ``df`` boleh DataFrame pandas atau polars, Table pyarrow (hasilnya sepustaka), atau
    DataFrame dask: fungsi ini lalu dijalankan per partisi (``map_partitions``), malas seperti
    dask lainnya. Baris tidak sah menghasilkan satu peringatan :class:`BarisTidakSah` untuk
    seluruh panggilan (dask: satu per ``compute`` di penjadwal lokal, lihat
    :mod:`kinerja.vektor._dask`; atau galat bila ``strict``); ``kolom_alasan`` menambah kolom
    teks alasan per baris (kosong untuk baris sah). ``maksimum``/``minimum`` membatasi capaian.

    Nama kolom dibaca tanpa peka huruf besar/kecil (``Polaritas`` = ``polaritas``; dua kolom
    yang hanya beda huruf besar/kecil ditolak). Opsi per baris dibaca dari kolom bernama
    ``polaritas``, ``rumus_negatif``, ``target_atas``, ``penyebut`` dan ``kumulasi`` bila kolom
    itu ada; argumen bernama sama boleh menyebut kolom
    lain, atau memberi satu nilai untuk semua baris (ditolak bila kolom bernama itu juga ada).
    Dengan ``triwulan`` = n, target dan realisasi dihitung s.d. TW n dari kolom
    ``<target>_tw1`` … ``<target>_tw4`` dan ``<realisasi>_tw1`` … menurut kumulasi tiap baris
    (bawaan kumulatif), dan ditambahkan sebagai ``target_sd`` dan ``realisasi_sd``; kolom
    triwulan sesudah TW n boleh tidak ada (laporan pertengahan tahun).
    ``skala`` bawaan: :data:`~kinerja.predikat.SKALA_LKJ`.
    """
    opsi = dict(locals())
    if kolom_alasan is not None and not isinstance(kolom_alasan, str):
        raise TipeTidakSah(
            "'kolom_alasan' harus nama kolom (teks) atau None "
            f"(diberikan {tampil_aman(kolom_alasan)})"
        )
    if is_dask_dataframe(df):
        return _per_partisi(opsi)
    b = Bingkai(df)
    with SatuPeringatan(b.panjang, strict, b.indeks) as satu:
        baru = _kolom_baru(b, opsi)
    if kolom_alasan is not None:
        baru[kolom_alasan] = per_baris(b.panjang, satu.posisi)
    return b.dengan(baru)


def _kolom_tw(b: Bingkai, nama: str, i: int, n: int) -> Any:
    """Kolom ``<nama>_tw<i>``; triwulan sesudah TW n (tidak dipakai s.d. TW n) boleh tidak ada."""
    kolom = f"{nama}_tw{i}"
    if i > n and b.cari(kolom) is None:
        return np.full(b.panjang, np.nan)  # belum dilaporkan
    return larik(b.ambil(kolom, f"{nama} TW {i}"), kolom)


def _per_partisi(opsi: dict[str, Any]) -> Any:
    """DataFrame dask: fungsi yang sama per partisi, satu peringatan per panggilan."""
    df = opsi.pop("df")
    return peta_partisi(df, _satu_partisi, tahap="baris", ukuran="masukan", **opsi)


def _satu_partisi(bagian: Any, nomor: int, **opsi: Any) -> Any:
    return tambah_kolom_kinerja(bagian, **opsi)


def _kolom_baru(b: Bingkai, opsi: dict[str, Any]) -> dict[str, Any]:
    from kinerja.skala_predikat import SKALA_LKJ

    target, realisasi = opsi["target"], opsi["realisasi"]
    triwulan, strict = opsi["triwulan"], opsi["strict"]
    pagu, realisasi_anggaran = opsi["pagu"], opsi["realisasi_anggaran"]
    if (pagu is None) != (realisasi_anggaran is None):
        raise InputTidakSah("'pagu' dan 'realisasi_anggaran' harus diberikan bersama")
    arah = b.opsi(opsi["polaritas"], "polaritas", Polaritas.dari)
    rumus = b.opsi(opsi["rumus_negatif"], "rumus_negatif", RumusNegatif.dari)
    jenis = b.opsi(opsi["kumulasi"], "kumulasi", Kumulasi.dari)
    atas = b.opsional(opsi["target_atas"], "target_atas")
    dari = b.opsional(opsi["penyebut"], "penyebut")
    hasil: dict[str, Any] = {}
    if triwulan is None:
        if jenis is not None:
            raise InputTidakSah(
                "kumulasi hanya berarti untuk nilai per triwulan: beri triwulan=n (dengan kolom "
                f"{target}_tw1 … {target}_tw4 dan {realisasi}_tw1 … {realisasi}_tw4), atau buang "
                "kolom 'kumulasi' bila target dan realisasi sudah nilai s.d. periode"
            )
        nilai_t, nilai_r = b.ambil(target, "target"), b.ambil(realisasi, "realisasi")
    else:
        if atas is not None:
            raise InputTidakSah(
                "target rentang (target_atas) berlaku untuk target tahunan, bukan target s.d. "
                "triwulan: hitung tanpa triwulan, dengan kolom target dan realisasi s.d. periode"
            )
        jenis = Kumulasi.KUMULATIF if jenis is None else jenis
        n = Triwulan.dari(triwulan).value
        for nama, kolom_sd in ((target, "target_sd"), (realisasi, "realisasi_sd")):
            nilai_tw = np.column_stack([_kolom_tw(b, nama, i, n) for i in range(1, 5)])
            hasil[kolom_sd] = sampai_dengan(nilai_tw, jenis, n, strict=strict)
        nilai_t, nilai_r = hasil["target_sd"], hasil["realisasi_sd"]
    hasil["capaian"] = capaian(
        nilai_t,
        nilai_r,
        Polaritas.POSITIF if arah is None else arah,
        rumus_negatif=RumusNegatif.SELISIH if rumus is None else rumus,
        target_atas=atas,
        penyebut=dari,
        maksimum=opsi["maksimum"],
        minimum=opsi["minimum"],
        strict=strict,
    )
    skala = opsi["skala"]
    hasil["predikat"] = predikat(
        hasil["capaian"], SKALA_LKJ if skala is None else skala, strict=strict
    )
    if pagu is not None and realisasi_anggaran is not None:
        hasil["serapan"] = serapan(
            b.ambil(pagu, "pagu"), b.ambil(realisasi_anggaran, "realisasi_anggaran"), strict=strict
        )
    return hasil
