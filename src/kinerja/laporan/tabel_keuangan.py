"""Tabel realisasi keuangan s.d. TW n: pagu, target, realisasi, capaian, serapan, sisa.

Jumlah tabel dihitung atas baris teratas saja (baris tanpa kode, atau yang tak satu pun kode
lain menjadi awalannya), sehingga anak sebuah kode tidak terhitung dua kali.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja.anggaran import serapan
from kinerja.angka import KONTEKS, jumlah
from kinerja.galat import KinerjaError
from kinerja.laporan.model import BarisAnggaran, Laporan
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.periode import Periode

__all__ = ["BarisKeuangan", "TabelKeuangan", "baris_keuangan", "persen_dari", "tabel_keuangan"]


@attrs.frozen
class BarisKeuangan:
    """Satu baris tabel realisasi keuangan s.d. TW n."""

    kode: str | None
    uraian: str
    akar: bool
    pagu: Decimal
    target: Decimal | None
    realisasi: Decimal
    capaian: Decimal | None
    serapan: Decimal | None
    sisa: Decimal
    keterangan: str | None = None


def persen_dari(pembilang: Decimal, penyebut: Decimal | None) -> Decimal | None:
    """``pembilang × 100 / penyebut``; ``None`` bila penyebut kosong atau 0."""
    if penyebut is None or penyebut == 0:
        return None
    return KONTEKS.divide(KONTEKS.multiply(pembilang, Decimal(100)), penyebut)


def _adalah_akar(baris: BarisAnggaran, kode_ada: frozenset[str]) -> bool:
    """Baris tanpa kode, atau yang tak satu pun awalan kodenya ada di laporan, adalah akar.

    Awalan dibandingkan sebagai teks per segmen ("7.01.02" adalah awalan "7.01.02.2.01.02"),
    sehingga kode cacat pun tetap terhitung sebagai anak induknya dan tidak dijumlah dua kali.
    """
    if baris.kode is None:
        return True
    segmen = baris.kode.split(".")
    return not any(".".join(segmen[:i]) in kode_ada for i in range(1, len(segmen)))


def _kode_ada(laporan: Laporan) -> frozenset[str]:
    return frozenset(b.kode for b in laporan.anggaran if b.kode is not None)


def baris_keuangan(
    laporan: Laporan, baris: BarisAnggaran, kode_ada: frozenset[str] | None = None
) -> BarisKeuangan:
    """Satu baris tabel keuangan untuk satu baris anggaran laporan.

    ``kode_ada`` (semua kode di laporan) boleh diberikan agar tidak dihitung ulang per baris.
    """
    tw = laporan.periode.triwulan_laporan
    realisasi = baris.realisasi_sd(tw)
    target = baris.target_sd(tw)
    nilai_serapan: Decimal | None = None
    keterangan: str | None = None
    try:
        nilai_serapan = serapan(baris.pagu, realisasi)
    except KinerjaError as galat:
        keterangan = str(galat)
    return BarisKeuangan(
        kode=baris.kode,
        uraian=baris.uraian,
        akar=_adalah_akar(baris, _kode_ada(laporan) if kode_ada is None else kode_ada),
        pagu=baris.pagu,
        target=target,
        realisasi=realisasi,
        capaian=persen_dari(realisasi, target),
        serapan=nilai_serapan,
        sisa=KONTEKS.subtract(baris.pagu, realisasi),
        keterangan=keterangan,
    )


@attrs.frozen
class TabelKeuangan(BisaDisajikan):
    """Tabel realisasi keuangan; jumlah dihitung atas baris akar saja."""

    periode: Periode
    baris: tuple[BarisKeuangan, ...]

    def _akar(self) -> list[BarisKeuangan]:
        return [b for b in self.baris if b.akar]

    @property
    def jumlah_pagu(self) -> Decimal:
        """Jumlah pagu baris akar."""
        return jumlah(b.pagu for b in self._akar())

    @property
    def jumlah_target(self) -> Decimal | None:
        """Jumlah target keuangan s.d. TW n baris akar (``None`` bila tidak ada target)."""
        target = [b.target for b in self._akar() if b.target is not None]
        return jumlah(target) if target else None

    @property
    def jumlah_realisasi(self) -> Decimal:
        """Jumlah realisasi baris akar."""
        return jumlah(b.realisasi for b in self._akar())

    @property
    def jumlah_sisa(self) -> Decimal:
        """Jumlah sisa baris akar."""
        return jumlah(b.sisa for b in self._akar())

    @property
    def serapan_total(self) -> Decimal | None:
        """Σ realisasi / Σ pagu × 100 atas baris akar."""
        return persen_dari(self.jumlah_realisasi, self.jumlah_pagu)

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil, dengan baris JUMLAH."""
        isi: list[tuple[object, ...]] = [
            (b.kode, b.uraian, b.pagu, b.target, b.realisasi, b.capaian, b.serapan, b.sisa)
            for b in self.baris
        ]
        target = self.jumlah_target
        isi.append(
            (
                None,
                "JUMLAH",
                self.jumlah_pagu,
                target,
                self.jumlah_realisasi,
                persen_dari(self.jumlah_realisasi, target),
                self.serapan_total,
                self.jumlah_sisa,
            )
        )
        return Sajian(
            f"Realisasi keuangan s.d. {self.periode.triwulan_laporan} {self.periode.tahun}",
            (
                Kolom("Kode"),
                Kolom("Uraian"),
                Kolom("Pagu", "rupiah"),
                Kolom("Target", "rupiah"),
                Kolom("Realisasi", "rupiah"),
                Kolom("Capaian (%)", "persen"),
                Kolom("Serapan (%)", "persen"),
                Kolom("Sisa", "rupiah"),
            ),
            tuple(isi),
            (
                *tuple(f"{b.kode or b.uraian}: {b.keterangan}" for b in self.baris if b.keterangan),
                "JUMLAH dihitung atas baris teratas (anak tidak dihitung dua kali)",
            ),
        )


def tabel_keuangan(laporan: Laporan) -> TabelKeuangan:
    """Tabel realisasi keuangan s.d. triwulan laporan."""
    kode_ada = _kode_ada(laporan)
    return TabelKeuangan(
        laporan.periode, tuple(baris_keuangan(laporan, b, kode_ada) for b in laporan.anggaran)
    )
