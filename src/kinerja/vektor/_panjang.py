"""Tabel triwulan panjang (satu baris per indikator per triwulan) ke nilai "s.d. TW n".

Tabel panjang diubah menjadi larik (indikator, 4) lalu dihitung oleh :func:`sampai_dengan` yang
sama — aturan kumulasi tidak ditulis ulang. Satu indikator dengan dua baris untuk triwulan yang
sama, atau dengan kumulasi yang berbeda antarbaris, ditolak dengan galat yang menyebut barisnya.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from narwhals.dependencies import is_dask_dataframe

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.indikator import Kumulasi
from kinerja.periode import Triwulan
from kinerja.vektor._akses import Bingkai, Posisi
from kinerja.vektor._dask import peta_partisi
from kinerja.vektor._kolom import enum_per_baris, larik, nama_baris
from kinerja.vektor._kumulasi import sampai_dengan
from kinerja.vektor._peringatan import SatuPeringatan


def _kode_enum(per_baris: object, n: int) -> tuple[Posisi, tuple[Any, ...]]:
    """(kode per baris, anggota per kode) dari hasil :func:`enum_per_baris`."""
    if isinstance(per_baris, tuple):
        kode, anggota = per_baris
        return np.asarray(kode, dtype=np.intp), tuple(anggota)
    return np.zeros(n, dtype=np.intp), (per_baris,)


def sampai_dengan_panjang(
    df: Any,
    kunci: str | Sequence[str],
    triwulan: Triwulan | int | str,
    *,
    kolom_triwulan: str = "triwulan",
    nilai: str = "nilai",
    kumulasi: object = None,
    strict: bool = False,
) -> Any:
    """Satu baris per ``kunci`` dengan kolom ``<nilai>_sd``: nilainya s.d. TW ``triwulan``.

    ``kolom_triwulan`` berisi 1–4 atau "TW I" … (lewat ``Triwulan.dari``); ``kumulasi`` adalah
    kolom bernama itu bila ada, nama kolom lain, atau satu nilai (bawaan kumulatif). Triwulan
    yang tidak punya baris berarti tidak dilaporkan. Hasil sepustaka dengan ``df``.

    DataFrame dask: semua triwulan satu indikator harus berada di satu partisi, jadi bingkai
    diacak lebih dulu menurut ``kunci`` (``shuffle``, hash kunci) lalu dihitung per partisi;
    hasilnya DataFrame dask malas, satu baris per indikator, dalam urutan partisi hasil acakan
    (bukan urutan kemunculan: urutkan bila perlu).
    """
    if is_dask_dataframe(df):
        return _per_partisi(
            df,
            kunci,
            {
                "triwulan": triwulan,
                "kolom_triwulan": kolom_triwulan,
                "nilai": nilai,
                "kumulasi": kumulasi,
                "strict": strict,
            },
        )
    b = Bingkai(df)
    kode, nilai_kunci, label = b.kelompokkan(kunci)
    k = len(label)
    kode_tw, anggota_tw = _kode_enum(
        enum_per_baris(b.ambil(kolom_triwulan, "triwulan"), b.panjang, "triwulan", Triwulan.dari),
        b.panjang,
    )
    tw = np.array([t.value - 1 for t in anggota_tw], dtype=np.intp)[kode_tw]
    sel = kode * 4 + tw
    _, pertama, banyak = np.unique(sel, return_index=True, return_counts=True)
    if (banyak > 1).any():
        ganda = int(np.flatnonzero(sel == sel[pertama[np.argmax(banyak > 1)]])[1])
        raise InputTidakSah(
            f"{tampil_aman(label[kode[ganda]])} {Triwulan(int(tw[ganda]) + 1)} tertulis dua kali "
            f"({nama_baris(ganda, b.indeks)}): satu baris per indikator per triwulan"
        )
    nilai_tw = np.full((k, 4), np.nan)
    nilai_tw[kode, tw] = larik(b.ambil(nilai, "nilai"), nilai)
    jenis = b.opsi(kumulasi, "kumulasi", Kumulasi.dari)
    if jenis is not None and not isinstance(jenis, Kumulasi):
        kode_j, anggota_j = _kode_enum(
            enum_per_baris(jenis, b.panjang, "kumulasi", Kumulasi.dari), b.panjang
        )
        per_kunci = np.full(k, -1, dtype=np.intp)
        per_kunci[kode] = kode_j
        beda = np.flatnonzero(per_kunci[kode] != kode_j)
        if len(beda):
            raise InputTidakSah(
                f"kumulasi {tampil_aman(label[kode[beda[0]]])} berbeda antarbaris "
                f"({nama_baris(int(beda[0]), b.indeks)}): satu kumulasi per indikator"
            )
        jenis = [anggota_j[j] for j in per_kunci]
    with SatuPeringatan(k, strict, label):
        hasil = sampai_dengan(nilai_tw, Kumulasi.KUMULATIF if jenis is None else jenis, triwulan,
                              strict=strict)  # fmt: skip
    keluar: dict[str, Any] = dict(nilai_kunci)
    keluar[f"{nilai}_sd"] = hasil
    return b.bingkai_baru(keluar)


def _per_partisi(df: Any, kunci: str | Sequence[str], opsi: dict[str, Any]) -> Any:
    """Acak menurut kunci (semua baris satu indikator ke satu partisi), lalu per partisi."""
    contoh = Bingkai(df._meta)
    contoh.kelompokkan(kunci)  # nama kolom kunci diperiksa sebelum mengacak
    daftar = [kunci] if isinstance(kunci, str) else list(kunci)
    acak = df.shuffle(on=[contoh.cari(k) for k in daftar])
    return peta_partisi(acak, _satu_partisi, tahap="baris", ukuran="keluaran", kunci=kunci,
                        **opsi)  # fmt: skip


def _satu_partisi(bagian: Any, nomor: int, *, kunci: str | Sequence[str], **opsi: Any) -> Any:
    return sampai_dengan_panjang(bagian, kunci, **opsi)
