"""Baris program dan kegiatan Rencana Aksi: target kinerja dan Rp per triwulan, dan anak-anaknya.

Tabel Rencana Aksi mencetak, di atas baris sub kegiatan (baris anggaran laporan), baris program
dan kegiatan dengan target Rp per triwulan (Kalaena tabel 2.3, l. 80–83). Baris itu tidak punya
pagu atau realisasi sendiri di laporan, maka bukan baris anggaran: ia ditulis sebagai
:class:`BarisRencanaAksi` yang menyebut anak-anaknya (``anak``: uraian baris Rencana Aksi lain
atau uraian/kode baris anggaran). ``periksa`` membandingkan Rp setiap triwulan dengan jumlah Rp
anak-anaknya (target keuangan TW baris anggaran) — satu temuan per baris yang menyebut setiap
triwulan yang berbeda.

>>> BarisRencanaAksi("Kegiatan Perdes", rp=NilaiTriwulan("5.969.000"), anak=["Sub Perdes"]).anak
('Sub Perdes',)
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kinerja._isian import daftar_jenis, teks, teks_opsional, urutan
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan.baris import NilaiTriwulan

__all__ = ["BarisRencanaAksi", "daftar_rencana_aksi", "periksa_rujukan_anak"]

_KOSONG = NilaiTriwulan()


def _triwulan(nilai: object) -> NilaiTriwulan:
    if isinstance(nilai, NilaiTriwulan):
        return nilai
    raise TipeTidakSah(f"harus NilaiTriwulan (diberikan {tampil_aman(nilai)})")


def _anak(nilai: object) -> tuple[str, ...]:
    if isinstance(nilai, str):
        return (teks(nilai),)
    return tuple(teks(a) for a in urutan(nilai, "anak", "teks"))


@attrs.frozen
class BarisRencanaAksi:
    """Baris program/kegiatan Rencana Aksi: Rp (dan target kinerja) per TW, dan anak-anaknya."""

    uraian: str = attrs.field(converter=teks)
    rp: NilaiTriwulan = attrs.field(default=_KOSONG, converter=_triwulan)
    anak: tuple[str, ...] = attrs.field(factory=tuple, converter=_anak)
    target: NilaiTriwulan = attrs.field(default=_KOSONG, converter=_triwulan)
    indikator: str | None = attrs.field(default=None, converter=teks_opsional)
    tingkat: str | None = attrs.field(default=None, converter=teks_opsional)
    tempat: str | None = attrs.field(default=None, converter=teks_opsional)


def daftar_rencana_aksi(nilai: object) -> tuple[BarisRencanaAksi, ...]:
    """Pengubah isian ``rencana_aksi`` laporan."""
    return () if nilai is None else daftar_jenis(nilai, "rencana_aksi", BarisRencanaAksi)


def periksa_rujukan_anak(baris: Sequence[BarisRencanaAksi], nama_anggaran: Sequence[str]) -> None:
    """Setiap ``anak`` menyebut baris Rencana Aksi lain atau baris anggaran laporan; tanpa
    lingkaran (sebuah baris tidak menjadi keturunannya sendiri)."""
    dikenal = {b.uraian for b in baris} | set(nama_anggaran)
    for i, b in enumerate(baris):
        for a in b.anak:
            if a not in dikenal:
                raise InputTidakSah(
                    f"'rencana_aksi[{i}].anak': {tampil_aman(a)} bukan uraian baris Rencana Aksi "
                    "lain maupun uraian/kode baris anggaran laporan"
                )
    anak = {b.uraian: b.anak for b in baris}
    for b in baris:
        dilihat: set[str] = set()
        antre = list(b.anak)
        while antre:
            a = antre.pop()
            if a == b.uraian:
                raise InputTidakSah(
                    f"'rencana_aksi': baris {tampil_aman(b.uraian)} menjadi keturunannya sendiri"
                )
            if a not in dilihat:
                dilihat.add(a)
                antre.extend(anak.get(a, ()))
