"""Pengubah dan pemeriksa isian nilai laporan: angka, teks, tanggal, dan tipe.

Dipakai bersama oleh kelas-kelas nilai laporan agar setiap isian menolak masukan tidak sah
dengan galat kinerja yang menyebut nilainya.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.galat import InputTidakSah, TipeTidakSah

__all__ = ["angka_opsional", "jenis", "tanggal_opsional", "teks", "teks_opsional"]


def angka_opsional(nilai: AngkaMasukan | None) -> Decimal | None:
    """Angka opsional (``None`` tetap ``None``)."""
    return None if nilai is None else ke_desimal(nilai, "nilai")


def teks(nilai: object) -> str:
    """Teks tidak kosong, spasi dirapikan."""
    if not isinstance(nilai, str) or not nilai.strip():
        raise InputTidakSah(f"teks tidak boleh kosong (diberikan {nilai!r})")
    return " ".join(nilai.split())


def teks_opsional(nilai: object) -> str | None:
    """Teks opsional."""
    return None if nilai is None else teks(nilai)


def tanggal_opsional(nilai: object) -> datetime.date | None:
    """Tanggal (bukan datetime) opsional."""
    if nilai is None:
        return None
    if isinstance(nilai, datetime.datetime) or not isinstance(nilai, datetime.date):
        raise TipeTidakSah(f"tanggal harus datetime.date (diberikan {nilai!r})")
    return nilai


_T = TypeVar("_T")


def jenis(tipe: type[_T], *, opsional: bool = False) -> Callable[[object, Any, Any], None]:
    """Validator attrs: isian harus bertipe ``jenis`` (galat kinerja, bukan TypeError polos)."""

    def periksa(_: object, atribut: Any, nilai: object) -> None:
        if (nilai is None and opsional) or isinstance(nilai, tipe):
            return
        raise TipeTidakSah(f"'{atribut.name}' harus {tipe.__name__} (diberikan {nilai!r})")

    return periksa
