"""Periksa baris program/kegiatan Rencana Aksi: Rp per triwulan = Σ Rp anak-anaknya."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kinerja.angka import jumlah
from kinerja.besaran import kurang
from kinerja.laporan.baris import NilaiTriwulan
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.temuan import Temuan, tampil

__all__ = ["periksa_rencana_aksi"]


def _rp_anak(laporan: Laporan, nama: str) -> NilaiTriwulan:
    for b in laporan.rencana_aksi:
        if b.uraian == nama:
            return b.rp
    for a in laporan.anggaran:
        if nama in (a.uraian, a.kode):
            return a.target
    return NilaiTriwulan()  # pragma: no cover - rujukan diperiksa saat Laporan dibuat


def periksa_rencana_aksi(laporan: Laporan) -> Iterator[Temuan]:
    """Satu temuan per baris Rencana Aksi yang Rp-nya berbeda dari jumlah anak-anaknya."""
    for b in laporan.rencana_aksi:
        if not b.anak or b.rp.kosong:
            continue
        anak = [_rp_anak(laporan, a).sebagai_tuple() for a in b.anak]
        beda: list[str] = []
        tercetak: list[Decimal] = []
        dihitung: list[Decimal] = []
        for i, nilai in enumerate(b.rp.sebagai_tuple()):
            isi = [x for a in anak if (x := a[i]) is not None]
            harus = jumlah(isi) if isi else Decimal(0)
            ada = nilai if nilai is not None else Decimal(0)
            tercetak.append(ada)
            dihitung.append(harus)
            if ada != harus:
                beda.append(
                    f"TW {['I', 'II', 'III', 'IV'][i]} {tampil(ada)} (Σ anak {tampil(harus)})"
                )
        if beda:
            t, d = jumlah(tercetak), jumlah(dihitung)
            yield Temuan(
                "rencana aksi", b.uraian, "Rp triwulan", t, d, kurang(t, d),
                f"Rp setiap triwulan harus sama dengan jumlah Rp anak-anaknya "
                f"({', '.join(b.anak)}); berbeda di {'; '.join(beda)}", "tidak konsisten",
                tempat=(b.tempat,) if b.tempat else (),
            )  # fmt: skip
