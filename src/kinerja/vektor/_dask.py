"""DataFrame dask: fungsi bingkai yang sama per partisi, dan satu peringatan per panggilan.

:func:`peta_partisi` menjalankan fungsi pandas atas setiap partisi (``map_partitions``, malas).
Baris tidak sah tidak diperingatkan per partisi: setiap partisi meneruskan posisi per alasannya
ke penampung di proses ini (:func:`kinerja.vektor._peringatan.alihkan`), dan ketika ``compute``
selesai penampung itu mengumumkan **satu** :class:`BarisTidakSah` per panggilan untuk semua
partisi yang dihitung — tanpa menghitung data dua kali; tahap-tahap satu panggilan (baris dan
kelompok ``agregat_kelompok``) menjadi bagian peringatan yang sama. Penanda selesainya adalah
*callback* penjadwal lokal dask (``dask.callbacks.Callback``, hook ``start``/``finish``), yang
dipasang sekali saat fungsi dask pertama dipanggil.

Batasnya: hanya penjadwal lokal dalam satu proses (``synchronous`` dan ``threads``, bawaan
DataFrame dask) yang memanggil callback itu dan berbagi memori dengan pemanggil. Di penjadwal
``processes`` atau ``distributed`` setiap partisi memperingatkan sendiri di proses pekerjanya
(seperti sebelumnya); kolom alasan (``kolom_alasan``) tetap tersedia di semua penjadwal.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from kinerja.vektor._peringatan import Bagian, Label, Posisi, alihkan, umumkan_bagian

_KONTOH_PER_PARTISI = 5
_kunci = threading.Lock()
_callback: Any = None
_jalan: dict[str, int] = {"pid": -1, "aktif": 0}
# (token, tahap) → {nomor partisi: (panjang, posisi per alasan, label beberapa baris pertama)}
_laporan: dict[tuple[str, str], dict[int, tuple[int, dict[str, Posisi], dict[int, object]]]] = {}


def _mulai(dsk: object) -> None:
    with _kunci:
        if _jalan["pid"] != os.getpid():
            _jalan["pid"], _jalan["aktif"] = os.getpid(), 0
            _laporan.clear()
        _jalan["aktif"] += 1


def _selesai(dsk: object, state: object, gagal: bool) -> None:
    with _kunci:
        _jalan["aktif"] = max(_jalan["aktif"] - 1, 0)
        if _jalan["aktif"]:
            return  # compute lain (utas lain) masih berjalan: laporannya diumumkan nanti
        semua = dict(_laporan)
        _laporan.clear()
    if gagal:
        return  # galatnya sendiri sudah sampai ke pengguna
    per_panggilan: dict[str, list[Bagian]] = {}
    for (token, tahap), per_partisi in semua.items():
        per_panggilan.setdefault(token, []).append((tahap, *_gabungan(per_partisi)))
    for bagian in per_panggilan.values():  # satu peringatan per panggilan, baris dulu
        umumkan_bagian(sorted(bagian, key=lambda b: b[0] != "baris"))


def _pasang() -> None:
    """Pasang callback penjadwal lokal (sekali; dipasang lagi bila hilang dari daftar aktif)."""
    global _callback
    from dask.callbacks import Callback

    with _kunci:
        if _callback is None:
            _callback = Callback(start=_mulai, finish=_selesai)  # type: ignore[no-untyped-call]
        # di dalam compute dask menukar Callback.active sementara: periksa keanggotaannya
        if _callback._callback not in Callback.active:
            _callback.register()


def _aktif() -> bool:
    """Benar di dalam ``compute`` penjadwal lokal di proses yang memasang callback."""
    with _kunci:
        return _jalan["pid"] == os.getpid() and _jalan["aktif"] > 0


def _gabungan(
    per_partisi: Mapping[int, tuple[int, dict[str, Posisi], dict[int, object]]],
) -> tuple[dict[str, Posisi], int, Label | None]:
    """Posisi semua partisi (berurutan) digeser menjadi posisi di hasil gabungan; panjang dan
    label gabungannya."""
    geser = 0
    kumpulan: dict[str, list[Posisi]] = {}
    label: dict[int, object] = {}
    for nomor in sorted(per_partisi):
        panjang, posisi, contoh = per_partisi[nomor]
        for alasan, p in posisi.items():
            kumpulan.setdefault(alasan, []).append(p + geser)
        # tanpa indeks (None) labelnya posisi di hasil gabungan
        label.update({i + geser: i + geser if v is None else v for i, v in contoh.items()})
        geser += panjang
    gabungan = {alasan: np.concatenate(p) for alasan, p in kumpulan.items()}
    polos = all(isinstance(v, (int, np.integer)) and int(v) == i for i, v in label.items())
    return gabungan, geser, None if polos else label


def _contoh(posisi: dict[str, Posisi], indeks: Label | None) -> dict[int, object]:
    """Label beberapa baris tidak sah pertama partisi ini (posisi di partisi → label)."""
    semua = np.unique(np.concatenate(list(posisi.values())))[:_KONTOH_PER_PARTISI]
    return {int(i): (None if indeks is None else indeks[int(i)]) for i in semua}


def jalankan_partisi(
    bagian: Any,
    fungsi: Callable[..., Any],
    token: str,
    tahap: str,
    ukuran: str,
    opsi: Mapping[str, Any],
    partition_info: Mapping[str, Any] | None = None,
) -> Any:
    """Satu partisi: ``fungsi(bagian, nomor_partisi, **opsi)``, peringatannya ke penampung.

    ``ukuran`` ``"masukan"`` (posisi baris partisi) atau ``"keluaran"`` (posisi baris hasil,
    mis. satu baris per kelompok) menentukan panjang yang dipakai untuk menggeser posisi.
    """
    nomor = 0 if partition_info is None else int(partition_info["number"])
    if not _aktif():
        return fungsi(bagian, nomor, **opsi)  # penjadwal lain: peringatan per partisi
    catatan: list[tuple[dict[str, Posisi], int, Label | None]] = []
    with alihkan(lambda posisi, panjang, indeks: catatan.append((posisi, panjang, indeks))):
        hasil = fungsi(bagian, nomor, **opsi)
    panjang = len(bagian) if ukuran == "masukan" else len(hasil)
    posisi: dict[str, Posisi] = {}
    contoh: dict[int, object] = {}
    for p, _n, indeks in catatan:  # paling banyak satu per tahap; lebih pun tetap digabung
        for alasan, q in p.items():
            posisi[alasan] = np.union1d(posisi[alasan], q) if alasan in posisi else q
        contoh.update(_contoh(p, indeks))
    with _kunci:
        _laporan.setdefault((token, tahap), {})[nomor] = (panjang, posisi, contoh)
    return hasil


def peta_partisi(
    df: Any,
    fungsi: Callable[..., Any],
    *,
    tahap: str,
    ukuran: str,
    token: str | None = None,
    **opsi: Any,
) -> Any:
    """``df.map_partitions`` dengan ``fungsi(bagian, nomor_partisi, **opsi)``; meta dari
    fungsi yang sama atas bingkai kosong partisinya (``df._meta``, docs.dask.org "Dask
    DataFrame Design"), tanpa menebak jenis kolom."""
    _pasang()
    meta = fungsi(df._meta, 0, **opsi)
    return df.map_partitions(
        jalankan_partisi,
        fungsi,
        token or uuid.uuid4().hex,
        tahap,
        ukuran,
        opsi,
        meta=meta,
        align_dataframes=False,
    )


def token_baru() -> str:
    """Token satu panggilan (beberapa tahap berbagi token, tiap tahap satu peringatan)."""
    return uuid.uuid4().hex
