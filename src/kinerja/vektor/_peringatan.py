"""Baris tidak sah: NaN di hasil dan satu peringatan :class:`BarisTidakSah` (galat bila strict)."""

from __future__ import annotations

import warnings

import numpy as np

from kinerja.galat import InputTidakSah
from kinerja.vektor._kolom import Larik, Masker


class BarisTidakSah(UserWarning):
    """Peringatan: ada baris tidak sah yang hasilnya NaN; ``jumlah`` dan ``alasan`` terbaca."""

    __module__ = "kinerja.vektor"

    def __init__(self, pesan: str, jumlah: int, alasan: str) -> None:
        super().__init__(pesan)
        self.jumlah = jumlah
        self.alasan = alasan


def laporkan(tidak_sah: Masker, alasan: str, strict: bool) -> None:
    """Peringatkan (atau, bila ``strict``, tolak) baris tidak sah; diam bila tidak ada."""
    jumlah = int(np.count_nonzero(tidak_sah))
    if not jumlah:
        return
    pertama = int(np.argmax(tidak_sah))
    pesan = f"{jumlah} baris tidak sah ({alasan}); baris pertama: {pertama}"
    if strict:
        raise InputTidakSah(pesan)
    warnings.warn(BarisTidakSah(pesan + "; hasilnya NaN", jumlah, alasan), stacklevel=3)


def tandai(hasil: Larik, tidak_sah: Masker, *lainnya: Masker | None) -> Masker:
    """Jadikan NaN baris ``tidak_sah`` (dan ``lainnya``) serta semua baris tak hingga.

    Kembalikan masker gabungannya. Setelah baris tidak sah menjadi NaN, masker gabungan persis
    baris yang tidak hingga, jadi larik ``tidak_sah`` dipakai ulang sebagai tempatnya (tanpa
    alokasi tambahan).
    """
    for masker in lainnya:
        if masker is not None:
            tidak_sah |= masker
    hasil[tidak_sah] = np.nan
    np.isfinite(hasil, out=tidak_sah)
    np.logical_not(tidak_sah, out=tidak_sah)
    hasil[tidak_sah] = np.nan  # ±inf menjadi NaN
    return tidak_sah
