"""Batas sumber daya untuk berkas laporan yang tidak dipercaya (unggahan, tempelan).

Berkas yang melampaui batas ditolak cepat, sebelum diolah: ukurannya sebelum dibaca, panjang
setiap bilangan sebelum diurai, kedalaman susunan dan jumlah baris sebelum diubah menjadi nilai.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from kinerja.galat import BerkasTidakSah, InputTidakSah, tampil_aman

__all__ = ["BATAS_BAWAAN", "BatasBerkas", "pengurai_angka", "periksa_batas"]


def _bulat_positif(nilai: int) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int) or nilai < 1:
        raise InputTidakSah(f"batas harus bilangan bulat >= 1 (diberikan {tampil_aman(nilai)})")
    return nilai


@attrs.frozen
class BatasBerkas:
    """Batas sumber daya untuk berkas laporan yang tidak dipercaya (unggahan, tempelan).

    Berkas yang melampaui batas ditolak cepat, sebelum diolah, dengan galat yang menyebut
    batasnya. Naikkan batas bila laporan Anda memang sebesar itu:
    ``baca_laporan(jalur, batas=BatasBerkas(jumlah_baris=500_000))``.
    """

    ukuran_bait: int = attrs.field(default=10_000_000, converter=_bulat_positif)
    """Ukuran berkas maksimum (bait); bawaan 10 MB. Diperiksa sebelum berkas dibaca."""
    jumlah_baris: int = attrs.field(default=100_000, converter=_bulat_positif)
    """Jumlah maksimum baris indikator + anggaran + kegiatan fasilitasi + desa."""
    kedalaman: int = attrs.field(default=16, converter=_bulat_positif)
    """Kedalaman susunan tabel/daftar maksimum (laporan yang sah cukup 5)."""
    panjang_angka: int = attrs.field(default=100, converter=_bulat_positif)
    """Panjang maksimum sebuah angka (karakter), baik ditulis sebagai bilangan maupun teks."""


BATAS_BAWAAN = BatasBerkas()
"""Batas yang dipakai bila pemanggil tidak memberikan batas sendiri."""


def _isi_terbalik(nilai: dict[object, object] | list[object]) -> Iterator[object]:
    isi: list[object] = list(nilai.values() if isinstance(nilai, dict) else nilai)
    return reversed(isi)


def periksa_batas(data: object, batas: BatasBerkas, sumber: str) -> None:
    """Kedalaman susunan, panjang bilangan bulat, dan jumlah baris dari data mentah."""
    # Penelusuran mendalam dengan satu iterator per tabel/daftar (bukan satu entri tumpukan per
    # skalar): urutannya sama — anak terakhir lebih dulu —, jadi galat pertama yang ditemukan
    # pun sama. Teks dan Decimal, isian terbanyak, dilewati dengan satu pemeriksaan tipe.
    kedalaman = batas.kedalaman
    bit_maksimum = batas.panjang_angka * 4  # ≈ > 10^panjang, tanpa str()
    tumpukan: list[tuple[Iterator[object], int]] = [(iter((data,)), 1)]
    while tumpukan:
        anak, dalam = tumpukan[-1]
        for nilai in anak:
            jenis = type(nilai)
            if jenis is str or jenis is Decimal:
                continue
            if type(nilai) is int:  # bukan bool: type(True) is bool
                if nilai.bit_length() > bit_maksimum:
                    raise BerkasTidakSah(
                        f"{sumber}: bilangan bulat lebih dari {batas.panjang_angka} digit"
                    )
                continue
            if isinstance(nilai, (dict, list)):
                if dalam > kedalaman:
                    raise BerkasTidakSah(
                        f"{sumber}: susunan terlalu dalam (lebih dari {kedalaman} tingkat)"
                    )
                if type(nilai) is dict:  # dari json/tomllib: tanpa salinan
                    tumpukan.append((reversed(nilai.values()), dalam + 1))
                elif type(nilai) is list:
                    tumpukan.append((reversed(nilai), dalam + 1))
                else:
                    tumpukan.append((_isi_terbalik(nilai), dalam + 1))
                break
            if (
                isinstance(nilai, int)
                and not isinstance(nilai, bool)
                and nilai.bit_length() > bit_maksimum
            ):
                raise BerkasTidakSah(
                    f"{sumber}: bilangan bulat lebih dari {batas.panjang_angka} digit"
                )
        else:
            tumpukan.pop()
    if isinstance(data, dict):
        baris = 0
        for kunci in ("indikator", "anggaran"):
            if isinstance(data.get(kunci), list):
                baris += len(data[kunci])
        for kunci, sub in (("fasilitasi", "kegiatan"), ("fasilitasi", "desa"),
                           ("dokumen_desa", "desa")):  # fmt: skip
            bagian = data.get(kunci)
            if isinstance(bagian, dict) and isinstance(bagian.get(sub), list):
                baris += len(bagian[sub])
        if baris > batas.jumlah_baris:
            raise BerkasTidakSah(
                f"{sumber}: {baris} baris, lebih dari batas {batas.jumlah_baris} baris"
            )


def pengurai_angka(batas: BatasBerkas, jenis: type[Decimal] | type[int]) -> Any:
    """Pengurai bilangan untuk tomllib/json yang menolak bilangan melebihi batas panjang."""

    def urai(teks: str) -> Decimal | int:
        if len(teks) > batas.panjang_angka:
            raise InputTidakSah(f"angka {teks[:20]}… lebih dari {batas.panjang_angka} karakter")
        try:
            return jenis(teks)
        except (ArithmeticError, ValueError) as galat:  # mis. eksponen di luar jangkauan Decimal
            raise InputTidakSah(f"angka {teks[:20]!r} di luar jangkauan") from galat

    return urai
