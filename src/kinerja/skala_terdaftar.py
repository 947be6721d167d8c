"""Skala terdaftar: nama pendek → skala predikat, seperti kalender negara di ``holidays``.

Berkas laporan menyebut skalanya dengan nama (``skala = "lkj"``); nama itu dicari di sini.
Skala bawaan (:mod:`kinerja.skala_predikat`) sudah terdaftar; skala sendiri didaftarkan sekali
dengan :func:`daftarkan_skala`. Daftar ini hanya bertambah: nama yang sudah ada tidak pernah
diganti diam-diam, dan :data:`SKALA` baca-saja.

>>> skala("lkj").nama
'LKj kualitatif'
>>> sorted(SKALA)
['akip', 'ikm', 'lkj', 'permendagri-86-2017']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kinerja._isian import saran, seragam, teks_tak_kosong
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.skala_predikat import (
    SKALA_AKIP,
    SKALA_IKM,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    SkalaPredikat,
)

__all__ = ["SKALA", "daftarkan_skala", "nama_skala", "skala"]

_TERDAFTAR: dict[str, SkalaPredikat] = {
    "permendagri-86-2017": SKALA_PERMENDAGRI_86_2017,
    "lkj": SKALA_LKJ,
    "akip": SKALA_AKIP,
    "ikm": SKALA_IKM,
}

SKALA: Mapping[str, SkalaPredikat] = MappingProxyType(_TERDAFTAR)
"""Skala terdaftar menurut nama pendek (baca-saja; tambah dengan :func:`daftarkan_skala`).

Nama ini dipakai berkas laporan (``skala = "lkj"``) dan :class:`~kinerja.laporan.Laporan`.
"""


def daftarkan_skala(nama: str, skala_baru: SkalaPredikat) -> None:
    """Daftarkan skala sendiri dengan nama pendek, agar bisa disebut dari berkas laporan.

    Nama yang sudah terdaftar (tanpa beda huruf) ditolak: skala terdaftar tidak pernah diganti
    diam-diam. Laporan juga bisa memakai skala langsung sebagai nilai, tanpa mendaftarkannya.
    """
    kunci = teks_tak_kosong(nama, "nama")
    if not isinstance(skala_baru, SkalaPredikat):
        raise TipeTidakSah(f"'skala' harus SkalaPredikat (diberikan {tampil_aman(skala_baru)})")
    for ada in _TERDAFTAR:
        if seragam(ada) == seragam(kunci):
            raise InputTidakSah(
                f"skala {tampil_aman(ada)} sudah terdaftar; "
                f"pakai nama lain untuk {tampil_aman(kunci)}"
            )
    _TERDAFTAR[kunci] = skala_baru


def skala(nama: str) -> SkalaPredikat:
    """Skala terdaftar menurut namanya (tanpa beda huruf; ``_``, ``-`` dan spasi setara).

    >>> skala("AKIP") is SKALA_AKIP
    True
    """
    kunci = teks_tak_kosong(nama, "skala")
    for ada, nilai in _TERDAFTAR.items():
        if seragam(ada) == seragam(kunci):
            return nilai
    raise InputTidakSah(
        f"skala {tampil_aman(nama)} belum terdaftar; pilihan: {', '.join(sorted(_TERDAFTAR))}"
        f"{saran(kunci, _TERDAFTAR)} (skala sendiri: daftarkan_skala)"
    )


def nama_skala(nilai: SkalaPredikat) -> str | None:
    """Nama terdaftar sebuah skala, atau ``None`` bila tidak terdaftar.

    >>> nama_skala(SKALA_LKJ)
    'lkj'
    """
    for ada, terdaftar in _TERDAFTAR.items():
        if terdaftar is nilai:
            return ada
    for ada, terdaftar in _TERDAFTAR.items():
        if terdaftar == nilai:
            return ada
    return None
