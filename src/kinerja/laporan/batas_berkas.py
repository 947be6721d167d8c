"""Batas sumber daya untuk berkas laporan yang tidak dipercaya (unggahan, tempelan).

Berkas yang melampaui batas ditolak cepat, sebelum diolah: ukurannya sebelum dibaca, panjang
setiap bilangan sebelum diurai, kedalaman susunan dan jumlah baris sebelum diubah menjadi nilai.
"""

from __future__ import annotations

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


def periksa_batas(data: object, batas: BatasBerkas, sumber: str) -> None:
    """Kedalaman susunan, panjang bilangan bulat, dan jumlah baris dari data mentah."""
    tumpukan: list[tuple[object, int]] = [(data, 1)]
    while tumpukan:
        nilai, dalam = tumpukan.pop()
        if isinstance(nilai, (dict, list)):
            if dalam > batas.kedalaman:
                raise BerkasTidakSah(
                    f"{sumber}: susunan terlalu dalam (lebih dari {batas.kedalaman} tingkat)"
                )
            isi = nilai.values() if isinstance(nilai, dict) else nilai
            tumpukan.extend((x, dalam + 1) for x in isi)
        elif (
            isinstance(nilai, int)
            and not isinstance(nilai, bool)
            and nilai.bit_length() > batas.panjang_angka * 4  # ≈ > 10^panjang, tanpa str()
        ):
            raise BerkasTidakSah(f"{sumber}: bilangan bulat lebih dari {batas.panjang_angka} digit")
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
