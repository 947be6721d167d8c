"""Tabel "Perbandingan antartahun": target, realisasi, capaian tiap tahun dan perubahannya.

Setiap indikator (dan baris anggaran) yang membawa ``riwayat`` mendapat satu baris per tahun —
tahun-tahun riwayatnya lalu tahun laporan —, masing-masing dengan target, realisasi dan capaian
*tahun itu sendiri* (tidak pernah target satu tahun dengan realisasi tahun lain), dan perubahan
realisasi dari tahun sebelumnya yang tercatat: poin, persen (:func:`kinerja.perubahan.perubahan`;
"-" bila realisasi tahun itu 0) dan arahnya menurut polaritas. Tahun yang terlewat boleh: kolom
"Dari tahun" menunjukkan tahun pembandingnya.

Capaian satu tahun riwayat dihitung oleh aturan tabel capaian yang sama (:func:`baris_capaian`)
atas laporan tahunan tahun itu, sehingga sama dengan capaian laporan tahun itu sendiri.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from kinerja.anggaran import serapan
from kinerja.galat import KinerjaError
from kinerja.laporan.baris import BarisAnggaran, BarisIndikator, NilaiTriwulan
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import Laporan
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.laporan.tabel_capaian import BarisCapaian, baris_capaian
from kinerja.laporan.tahunan import urut_tahun
from kinerja.periode import Periode
from kinerja.perubahan import ArahPerubahan, arah_perubahan, perubahan, selisih_poin

__all__ = ["BarisRiwayat", "TabelRiwayat", "capaian_tahun", "tabel_riwayat"]


@attrs.frozen
class BarisRiwayat:
    """Satu tahun satu indikator (jenis ``"K"``) atau satu baris anggaran (``"Rp"``)."""

    nama: str
    jenis: str
    tahun: int
    target: Decimal | None
    """Target tahun itu (K) atau pagu (Rp)."""
    realisasi: Decimal | None
    capaian: Decimal | None
    """Capaian (K) atau serapan (Rp) tahun itu, dalam persen."""
    dari_tahun: int | None = None
    """Tahun pembanding perubahan (tahun sebelumnya yang tercatat)."""
    poin: Decimal | None = None
    perubahan: Decimal | None = None
    arah: ArahPerubahan | None = None
    keterangan: str | None = None


TABEL_RIWAYAT = DeklarasiTabel(
    "riwayat",
    "Perbandingan antartahun: target, realisasi dan capaian setiap tahun, dan perubahannya",
    (
        Kolom("Indikator / uraian", kunci="uraian"),
        Kolom("K/Rp", kunci="jenis"),
        Kolom("Tahun", kunci="tahun"),
        Kolom("Target / pagu", "angka", "target"),
        Kolom("Realisasi", "angka", "realisasi"),
        Kolom("Capaian / serapan (%)", "persen", "capaian"),
        Kolom("Dari tahun", kunci="dari_tahun"),
        Kolom("Perubahan (poin)", "angka", "poin"),
        Kolom("Perubahan (%)", "persen", "perubahan"),
        Kolom("Arah", kunci="arah"),
    ),
)


@attrs.frozen
class TabelRiwayat(BisaDisajikan):
    """Perbandingan antartahun indikator dan baris anggaran yang membawa ``riwayat``."""

    periode: Periode
    baris: tuple[BarisRiwayat, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        return TABEL_RIWAYAT.sajian(
            f"Perbandingan antartahun s.d. {self.periode.tahun}",
            tuple(
                (
                    b.nama,
                    b.jenis,
                    str(b.tahun),
                    b.target,
                    b.realisasi,
                    b.capaian,
                    None if b.dari_tahun is None else str(b.dari_tahun),
                    b.poin,
                    b.perubahan,
                    None if b.arah is None else str(b.arah),
                )
                for b in self.baris
            ),
            tuple(f"{b.nama} {b.tahun}: {b.keterangan}" for b in self.baris if b.keterangan),
        )


def capaian_tahun(
    laporan: Laporan,
    baris: BarisIndikator,
    tahun: int,
    target: Decimal | None,
    realisasi: Decimal | None,
) -> BarisCapaian:
    """Baris tabel capaian indikator ``baris`` untuk satu tahun riwayat: laporan tahunan ``tahun``
    dengan target tahunan dan realisasi setahun itu, aturan dan skala yang sama."""
    kosong = NilaiTriwulan()
    sebaris = attrs.evolve(
        baris,
        target_tahunan=target,
        target_tahunan_atas=None,
        target=kosong,
        realisasi=kosong,
        realisasi_tahunan=realisasi,
        realisasi_dari="triwulan",
        riwayat=(),
        renstra=None,
    )
    setahun = Laporan(unit=laporan.unit, periode=Periode(tahun), skala=laporan.skala)
    return baris_capaian(setahun, sebaris)


def _dengan_perubahan(baris: list[BarisRiwayat], polaritas: str | None) -> Iterator[BarisRiwayat]:
    sebelumnya: BarisRiwayat | None = None
    for b in baris:
        if sebelumnya is None or sebelumnya.realisasi is None or b.realisasi is None:
            yield b
        else:
            lama, baru = sebelumnya.realisasi, b.realisasi
            ket = b.keterangan
            try:
                persen: Decimal | None = perubahan(lama, baru)
            except KinerjaError as galat:
                persen = None
                ket = str(galat) if ket is None else f"{ket}; {galat}"
            yield attrs.evolve(
                b,
                dari_tahun=sebelumnya.tahun,
                poin=selisih_poin(lama, baru),
                perubahan=persen,
                arah=None if polaritas is None else arah_perubahan(lama, baru, polaritas),
                keterangan=ket,
            )
        if b.realisasi is not None:
            sebelumnya = b


def _baris_indikator(
    laporan: Laporan, baris: BarisIndikator, kini: BarisCapaian
) -> list[BarisRiwayat]:
    hasil = []
    for u in urut_tahun(baris.riwayat):
        c = capaian_tahun(laporan, baris, u.tahun, u.target, u.realisasi)
        hasil.append(
            BarisRiwayat(
                baris.nama, "K", u.tahun, c.target, c.realisasi, c.capaian, keterangan=c.keterangan
            )
        )
    hasil.append(
        BarisRiwayat(
            baris.nama,
            "K",
            laporan.periode.tahun,
            kini.target,
            kini.realisasi,
            kini.capaian,
            keterangan=kini.keterangan,
        )
    )
    return list(_dengan_perubahan(hasil, baris.polaritas.value))


def _serapan(pagu: Decimal, realisasi: Decimal | None) -> tuple[Decimal | None, str | None]:
    if realisasi is None:
        return None, "realisasi tidak dilaporkan"
    try:
        return serapan(pagu, realisasi), None
    except KinerjaError as galat:
        return None, str(galat)


def _baris_anggaran(laporan: Laporan, baris: BarisAnggaran) -> list[BarisRiwayat]:
    hasil = []
    for u in urut_tahun(baris.riwayat):
        nilai, ket = _serapan(u.pagu, u.realisasi)
        hasil.append(
            BarisRiwayat(baris.uraian, "Rp", u.tahun, u.pagu, u.realisasi, nilai, keterangan=ket)
        )
    realisasi = baris.realisasi_sd(laporan.periode.triwulan_laporan)
    nilai, ket = _serapan(baris.pagu, realisasi)
    hasil.append(
        BarisRiwayat(
            baris.uraian, "Rp", laporan.periode.tahun, baris.pagu, realisasi, nilai, keterangan=ket
        )
    )
    return list(_dengan_perubahan(hasil, None))


def tabel_riwayat(laporan: Laporan, capaian: tuple[BarisCapaian, ...]) -> TabelRiwayat:
    """Tabel perbandingan antartahun; ``capaian`` adalah baris tabel capaian laporan (urut
    indikator), agar tahun laporan memakai angka yang sama dengan tabel capaian."""
    hasil: list[BarisRiwayat] = []
    for baris, kini in zip(laporan.indikator, capaian, strict=True):
        if baris.riwayat:
            hasil.extend(_baris_indikator(laporan, baris, kini))
    for ang in laporan.anggaran:
        if ang.riwayat:
            hasil.extend(_baris_anggaran(laporan, ang))
    return TabelRiwayat(laporan.periode, tuple(hasil))
