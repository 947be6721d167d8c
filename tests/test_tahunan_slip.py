"""Slip yang ditanam di angka tercetak tahunan: setiap tahun ``riwayat`` dan formulir E.81.

Pelengkap ``tests/test_slip_tanam.py`` (yang menggeser angka ``tercetak`` setiap baris, juga di
contoh tahunan): di sini setiap angka tercetak *di dalam* ``riwayat`` dan ``renstra`` setiap baris
setiap contoh bawaan digeser satu per satu, sedikit dan banyak, atau labelnya diganti; ``periksa``
harus melaporkan tepat angka itu — satu temuan baru di baris itu, dengan kolom (dan tahun) angka
itu — dan tidak ada temuan lain. Oracle-nya hanya "angka yang digeser tidak mungkin benar".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest

from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa import Temuan, periksa
from tests.test_slip_tanam import GESER, LABEL_LAIN, geser

KOLOM_RENSTRA = {
    "realisasi_sd": "realisasi s.d. tahun ini",
    "tingkat_capaian": "tingkat capaian",
    "predikat": "predikat",
}
"""Nama kolom temuan untuk isian tercetak ``renstra`` (isian riwayat: ``"<isian> <tahun>"``)."""


@attrs.frozen
class Letak:
    """Satu angka tercetak bersarang: bagian, baris, ``riwayat`` ke-j atau ``renstra``, isian."""

    bagian: str
    indeks: int
    unsur: int | None  # None = renstra
    isian: str

    def __str__(self) -> str:
        tempat = "renstra" if self.unsur is None else f"riwayat[{self.unsur}]"
        return f"{self.bagian}[{self.indeks}].{tempat}.tercetak.{self.isian}"


def _pemilik(baris: Any, letak: Letak) -> Any:
    return baris.renstra if letak.unsur is None else baris.riwayat[letak.unsur]


def letak_tercetak(laporan: Laporan) -> Iterator[Letak]:
    for bagian in ("indikator", "anggaran"):
        for i, baris in enumerate(getattr(laporan, bagian)):
            pemilik: list[tuple[int | None, Any]] = list(enumerate(baris.riwayat))
            if baris.renstra is not None:
                pemilik.append((None, baris.renstra))
            for j, u in pemilik:
                for isian in attrs.fields(type(u.tercetak)):
                    if getattr(u.tercetak, isian.name) is not None:
                        yield Letak(bagian, i, j, isian.name)


def ganti(laporan: Laporan, letak: Letak, nilai: Decimal | str) -> Laporan:
    semua = getattr(laporan, letak.bagian)
    baris = semua[letak.indeks]
    u = _pemilik(baris, letak)
    u_baru = attrs.evolve(u, tercetak=attrs.evolve(u.tercetak, **{letak.isian: nilai}))
    if letak.unsur is None:
        baris_baru = attrs.evolve(baris, renstra=u_baru)
    else:
        riwayat = list(baris.riwayat)
        riwayat[letak.unsur] = u_baru
        baris_baru = attrs.evolve(baris, riwayat=riwayat)
    isi: dict[str, Any] = {
        letak.bagian: (*semua[: letak.indeks], baris_baru, *semua[letak.indeks + 1 :])
    }
    return attrs.evolve(laporan, **isi)


def _kunci(t: Temuan) -> tuple[object, ...]:
    return (t.tabel, t.baris, t.kolom, t.tercetak, t.dihitung, t.selisih, t.alasan, t.jenis)


def _kasus() -> Iterator[Any]:
    for nama in sorted(CONTOH):
        laporan = muat_contoh(nama)
        for letak in letak_tercetak(laporan):
            u = _pemilik(getattr(laporan, letak.bagian)[letak.indeks], letak)
            asli = getattr(u.tercetak, letak.isian)
            for ukuran in ["label"] if isinstance(asli, str) else list(GESER):
                yield pytest.param(nama, letak, ukuran, id=f"{nama}-{letak}-{ukuran}")


KASUS = list(_kasus())


def test_contoh_tahunan_punya_angka_tercetak_bersarang() -> None:
    letak = {(x.bagian, x.unsur is None) for x in KASUS for x in [x.values[1]]}
    assert letak == {("indikator", False), ("indikator", True), ("anggaran", False),
                     ("anggaran", True)}  # fmt: skip


@pytest.mark.parametrize(("nama", "letak", "ukuran"), KASUS)
def test_slip_bersarang_dilaporkan_tepat(nama: str, letak: Letak, ukuran: str) -> None:
    laporan = muat_contoh(nama)
    baris = getattr(laporan, letak.bagian)[letak.indeks]
    u = _pemilik(baris, letak)
    asli = getattr(u.tercetak, letak.isian)
    nama_baris = getattr(baris, "nama", None) or baris.uraian
    kolom = KOLOM_RENSTRA[letak.isian] if letak.unsur is None else f"{letak.isian} {u.tahun}"
    sebelum_daftar = periksa(laporan)
    lama = [t for t in sebelum_daftar if t.baris == nama_baris and t.kolom == kolom]
    salah: Decimal | str
    if isinstance(asli, str):
        salah = LABEL_LAIN.get(asli.casefold(), "Kurang")
    else:
        naik = [t for t in lama if isinstance(t.dihitung, Decimal) and t.dihitung > asli]
        salah = geser(asli, GESER[ukuran], -1 if naik else 1)
    assert salah != asli

    sebelum = Counter(_kunci(t) for t in sebelum_daftar)
    sesudah_daftar = periksa(ganti(laporan, letak, salah))
    sesudah = Counter(_kunci(t) for t in sesudah_daftar)
    baru = [t for t in sesudah_daftar if _kunci(t) in (sesudah - sebelum)]
    hilang = list((sebelum - sesudah).elements())

    assert len(baru) == 1, f"{letak} {asli}→{salah}: temuan baru {[str(t) for t in baru]}"
    (temuan,) = baru
    assert (temuan.baris, temuan.kolom, temuan.tercetak) == (nama_baris, kolom, salah)
    boleh_hilang = {_kunci(t) for t in lama}
    assert [k for k in hilang if k not in boleh_hilang] == []
