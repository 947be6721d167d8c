"""Pengubah dan pemeriksa isian nilai laporan: angka, teks, tanggal, dan tipe.

Dipakai bersama oleh kelas-kelas nilai laporan agar setiap isian menolak masukan tidak sah
dengan galat kinerja yang menyebut nilainya.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import repeat
from typing import Any, TypeVar

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import desimal_sah
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "EnumKinerja",
    "angka_opsional",
    "daftar_jenis",
    "jenis",
    "pilihan_enum",
    "saran",
    "tanggal_opsional",
    "teks",
    "teks_opsional",
    "teks_tak_kosong",
    "urutan",
]

_E = TypeVar("_E", bound=enum.Enum)


def angka_opsional(nilai: AngkaMasukan | None) -> Decimal | None:
    """Angka opsional (``None`` tetap ``None``)."""
    if nilai is None:
        return None
    if desimal_sah(nilai):  # Decimal yang sudah diubah kait berkas: satu uji besaran
        return nilai
    return ke_desimal(nilai, "nilai")


def teks_tak_kosong(
    nilai: object, nama: str | None = None, *, galat: type[InputTidakSah] = InputTidakSah
) -> str:
    """Satu-satunya pengubah teks tidak kosong: spasi dirapikan; bukan teks → TipeTidakSah.

    >>> teks_tak_kosong("  Dokumen   Forum ")
    'Dokumen Forum'
    """
    if isinstance(nilai, str):
        rapi = " ".join(nilai.split())  # kosong tepat bila nilai.strip() kosong
        if rapi:
            return rapi
    awal = "teks" if nama is None else f"'{nama}'"
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"{awal} harus teks (diberikan {tampil_aman(nilai)})")
    raise galat(f"{awal} tidak boleh kosong (diberikan {tampil_aman(nilai)})")


def teks(nilai: object) -> str:
    """Pengubah attrs: teks tidak kosong, spasi dirapikan (:func:`teks_tak_kosong`)."""
    if type(nilai) is str:  # jalur sukses tanpa panggilan tambahan (berkas besar)
        rapi = " ".join(nilai.split())
        if rapi:
            return rapi
    return teks_tak_kosong(nilai)


def teks_opsional(nilai: object) -> str | None:
    """Teks opsional (sama dengan :func:`teks`, tanpa panggilan tambahan di jalur sukses)."""
    if nilai is None:
        return None
    if type(nilai) is str:
        rapi = " ".join(nilai.split())
        if rapi:
            return rapi
    return teks_tak_kosong(nilai)


def tanggal_opsional(nilai: object) -> datetime.date | None:
    """Tanggal (bukan datetime) opsional."""
    if nilai is None:
        return None
    if isinstance(nilai, datetime.datetime) or not isinstance(nilai, datetime.date):
        raise TipeTidakSah(f"tanggal harus datetime.date (diberikan {tampil_aman(nilai)})")
    return nilai


_T = TypeVar("_T")


def jenis(tipe: type[_T], *, opsional: bool = False) -> Callable[[object, Any, Any], None]:
    """Validator attrs: isian harus bertipe ``jenis`` (galat kinerja, bukan TypeError polos)."""

    def periksa(_: object, atribut: Any, nilai: object) -> None:
        if (nilai is None and opsional) or isinstance(nilai, tipe):
            return
        raise TipeTidakSah(
            f"'{atribut.name}' harus {tipe.__name__} (diberikan {tampil_aman(nilai)})"
        )

    return periksa


def urutan(
    nilai: object, nama: str, isi: str = "nilai", *, sekali_jalan: bool = False
) -> Sequence[Any]:
    """Satu-satunya pemeriksa "daftar, bukan teks": list/tuple/… tetapi bukan str atau bytes.

    Bawaannya hanya urutan (``Sequence``: berpanjang dan berindeks), untuk isian yang disimpan
    atau yang panjangnya berarti (mis. empat nilai triwulan). ``sekali_jalan=True`` juga
    menerima iterable lain — generator, ``map``, kolom pandas — untuk fungsi yang hanya
    menjumlah atau merata-rata nilainya (``rata_rata_capaian(c for c in …)``); hasilnya tuple.
    Pemetaan (dict) tetap ditolak: iterasinya hanya kuncinya.

    >>> urutan((x * 2 for x in (1, 2)), "nilai")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.TipeTidakSah: 'nilai' harus daftar nilai (list atau tuple, bukan teks; ...
    >>> urutan((x * 2 for x in (1, 2)), "nilai", sekali_jalan=True)
    (2, 4)
    """
    if isinstance(nilai, (str, bytes, bytearray, Mapping)):
        sah = False
    elif sekali_jalan:
        sah = isinstance(nilai, Iterable)
    else:
        sah = isinstance(nilai, Sequence)
    if not sah:
        raise TipeTidakSah(
            f"'{nama}' harus daftar {isi} (list atau tuple, "
            f"bukan teks; diberikan {tampil_aman(nilai)})"
        )
    return nilai if isinstance(nilai, Sequence) else tuple(nilai)  # type: ignore[arg-type]


def daftar_jenis(nilai: object, nama: str, jenis: type[_T]) -> tuple[_T, ...]:
    """Daftar (bukan teks) yang setiap unsurnya bertipe ``jenis``; galat menyebut nomornya."""
    daftar = urutan(nilai, nama, jenis.__name__)
    # satu lintasan di C (berkas besar: 90.000 baris); unsur yang salah dicari hanya bila ada
    if not all(map(isinstance, daftar, repeat(jenis))):
        for i, unsur in enumerate(daftar):
            if not isinstance(unsur, jenis):
                raise TipeTidakSah(
                    f"{nama} [{i}] harus {jenis.__name__} (diberikan {tampil_aman(unsur)})"
                )
    return tuple(daftar)


def saran(nilai: str, pilihan: Iterable[str]) -> str:
    """Saran pilihan terdekat untuk pesan galat: ``"; maksud Anda 'satuan'?"`` atau ``""``.

    >>> saran("satuaan", ["nama", "satuan"])
    "; maksud Anda 'satuan'?"
    """
    daftar = list(pilihan)
    per_kunci = {p.casefold(): p for p in daftar}
    import difflib  # hanya untuk pesan galat: tidak dimuat saat semua masukan sah

    # kemiripan minimum bawaan difflib (0,6)
    cocok = difflib.get_close_matches(nilai.casefold(), list(per_kunci), n=1)
    return f"; maksud Anda {tampil_aman(per_kunci[cocok[0]])}?" if cocok else ""


def seragam(teks: str) -> str:
    """Bentuk baku label: tanpa beda huruf, `_`/`-`/spasi setara ("Rata_Rata" → "rata-rata")."""
    return "-".join(teks.replace("_", " ").replace("-", " ").casefold().split())


def pilihan_enum(jenis_enum: type[_E], nilai: object, nama: str) -> _E:
    """Satu-satunya pengubah teks → enum: anggota enum, atau labelnya (nilai atau nama).

    Tidak peka huruf besar; ``_``, ``-`` dan spasi setara ("rata_rata" = "Rata-Rata").
    """
    if isinstance(nilai, jenis_enum):
        return nilai
    label = [str(a.value) for a in jenis_enum]
    daftar = ", ".join(repr(lb) for lb in label)
    if not isinstance(nilai, str):
        raise TipeTidakSah(
            f"'{nama}' harus {jenis_enum.__name__} atau teks "
            f"{daftar} (diberikan {tampil_aman(nilai)})"
        )
    kunci = seragam(nilai)
    for anggota in jenis_enum:
        if kunci in (seragam(str(anggota.value)), seragam(anggota.name)):
            return anggota
    raise InputTidakSah(
        f"'{nama}' harus salah satu dari {daftar} (diberikan "
        f"{tampil_aman(nilai)}{saran(nilai, label)})"
    )


class EnumKinerja(enum.EnumMeta):
    """Metaclass enum pustaka: ``Enum(nilai)`` memakai satu konverter enum itu.

    ``Polaritas("Negatif")`` sama dengan ``Polaritas.dari("Negatif")`` (atau
    :func:`pilihan_enum` bila enum tak punya ``dari``), jadi nilai salah menjadi galat kinerja
    yang menyebut pilihannya, bukan ``ValueError`` polos, dan label terdokumentasi diterima di
    mana pun. Nilai persis anggota (``Triwulan(1)``, pickle) langsung dikembalikan.
    """

    def __call__(cls, value: object, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:  # API fungsional Enum (membuat enum baru)
            return super().__call__(value, *args, **kwargs)
        anggota: Any
        for anggota in cls.__members__.values():
            if type(value) is type(anggota.value) and value == anggota.value:
                return anggota
        dari = getattr(cls, "dari", None)  # konverter enum itu, bila ada
        if dari is not None:
            return dari(value)
        jenis_enum: type[enum.Enum] = cls  # type: ignore[assignment]
        return pilihan_enum(jenis_enum, value, cls.__name__)
