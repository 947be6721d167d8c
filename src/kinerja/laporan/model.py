"""Laporan: satu unit kerja untuk satu periode, dengan baris indikator dan baris anggaran.

Sebuah :class:`Laporan` memuat apa yang diketik di Laporan Kinerja: identitas unit (nama,
jabatan, kecamatan/OPD), :class:`~kinerja.periode.Periode` (tahun, triwulan), baris indikator
(target tahunan, target TW I–IV, realisasi per TW), baris anggaran (kode rekening, uraian, pagu,
target keuangan dan realisasi per TW) dan, bila ada, dokumen desa serta matriks fasilitasi.

Setiap baris boleh membawa angka *sebagaimana tercetak* — :class:`TercetakIndikator` (target,
realisasi, capaian, predikat, angka cost per outcome), :class:`TercetakAnggaran` (target,
realisasi, capaian keuangan, serapan, sisa) — dan laporan membawa :class:`TercetakRingkasan`,
agar :func:`kinerja.laporan.periksa.periksa` dapat memeriksanya. Setiap kunci tercetak
diperiksa; kunci lain ditolak.

>>> from kinerja.laporan.model import Laporan, Unit, BarisIndikator, NilaiTriwulan
>>> lap = Laporan(
...     unit=Unit(nama="Kepala Seksi Pemerintahan Umum", instansi="Kecamatan Kalaena"),
...     periode=Periode(2024, 1),
...     indikator=[BarisIndikator(nama="Jumlah dokumen forum koordinasi", satuan="Dokumen",
...                               target_tahunan=12, target=NilaiTriwulan(3, 3, 3, 3),
...                               realisasi=NilaiTriwulan(3))],
... )
>>> lap.indikator[0].realisasi_sd(lap.periode.triwulan_laporan)
Decimal('3')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs

from kinerja._isian import daftar_jenis, jenis, tanggal_opsional, teks, teks_opsional
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import TipeTidakSah, tampil_aman
from kinerja.laporan.baris import (
    SUMBER_REALISASI,
    BarisAnggaran,
    BarisIndikator,
    NilaiTriwulan,
)
from kinerja.laporan.cetakan import LabelTercetak, RumusTercetak, daftar_label, daftar_rumus
from kinerja.laporan.desa import KetepatanDokumenDesa, TanggalDokumenDesa
from kinerja.laporan.rencana_aksi import (
    BarisRencanaAksi,
    daftar_rencana_aksi,
    periksa_rujukan_anak,
)
from kinerja.laporan.syarat_tahun import galat_tahun
from kinerja.laporan.tercetak import (
    TercetakAnggaran,
    TercetakIndikator,
    TercetakRingkasan,
    daftar_tempat,
)
from kinerja.periode import Periode
from kinerja.skala_predikat import SkalaPredikat
from kinerja.skala_terdaftar import nama_skala
from kinerja.skala_terdaftar import skala as cari_skala

__all__ = [
    "SUMBER_REALISASI",
    "BarisAnggaran",
    "BarisIndikator",
    "KetepatanDokumenDesa",
    "Laporan",
    "NilaiTriwulan",
    "TanggalDokumenDesa",
    "TercetakAnggaran",
    "TercetakIndikator",
    "TercetakRingkasan",
    "Unit",
    "pastikan_laporan",
]


@attrs.frozen
class Unit:
    """Unit kerja pelapor: nama jabatan/seksi, pejabatnya, dan kecamatan/OPD."""

    nama: str = attrs.field(converter=teks)
    instansi: str = attrs.field(converter=teks)
    pejabat: str | None = attrs.field(default=None, converter=teks_opsional)
    kabupaten: str | None = attrs.field(default=None, converter=teks_opsional)


def _skala(nilai: object) -> str | SkalaPredikat:
    """Nama skala terdaftar, atau SkalaPredikat (yang terdaftar disimpan dengan namanya)."""
    if isinstance(nilai, SkalaPredikat):
        return nama_skala(nilai) or nilai
    if not isinstance(nilai, str):
        raise TipeTidakSah(
            f"'skala' harus nama skala atau SkalaPredikat (diberikan {tampil_aman(nilai)})"
        )
    skala = cari_skala(nilai)
    return nama_skala(skala) or nilai


def _periode(nilai: object) -> Periode:
    if isinstance(nilai, Periode):
        return nilai
    raise TipeTidakSah(f"'periode' harus Periode (diberikan {tampil_aman(nilai)})")


def _daftar_baris(nilai: object, jenis: type) -> tuple[object, ...]:
    return () if nilai is None else daftar_jenis(nilai, "baris", jenis)


def _baris_indikator(nilai: Sequence[BarisIndikator] | None) -> tuple[BarisIndikator, ...]:
    return _daftar_baris(nilai, BarisIndikator)  # type: ignore[return-value]


def _baris_anggaran(nilai: Sequence[BarisAnggaran] | None) -> tuple[BarisAnggaran, ...]:
    return _daftar_baris(nilai, BarisAnggaran)  # type: ignore[return-value]


def _lain_ringkasan(nilai: object) -> tuple[TercetakRingkasan, ...]:
    return daftar_tempat(nilai, TercetakRingkasan)


@attrs.frozen
class Laporan:
    """Laporan kinerja satu unit untuk satu periode."""

    unit: Unit = attrs.field(validator=jenis(Unit))
    periode: Periode = attrs.field(converter=_periode)
    indikator: tuple[BarisIndikator, ...] = attrs.field(factory=tuple, converter=_baris_indikator)
    anggaran: tuple[BarisAnggaran, ...] = attrs.field(factory=tuple, converter=_baris_anggaran)
    dokumen_desa: KetepatanDokumenDesa | None = attrs.field(
        default=None,
        validator=jenis(KetepatanDokumenDesa, opsional=True),
    )
    fasilitasi: RekapFasilitasi | None = attrs.field(
        default=None,
        validator=jenis(RekapFasilitasi, opsional=True),
    )
    tercetak: TercetakRingkasan = attrs.field(
        factory=TercetakRingkasan, validator=jenis(TercetakRingkasan)
    )
    skala: str | SkalaPredikat = attrs.field(default="lkj", converter=_skala)
    tanggal: datetime.date | None = attrs.field(default=None, converter=tanggal_opsional)
    label_periode: tuple[LabelTercetak, ...] = attrs.field(default=(), converter=daftar_label)
    rumus: tuple[RumusTercetak, ...] = attrs.field(default=(), converter=daftar_rumus)
    tercetak_lain: tuple[TercetakRingkasan, ...] = attrs.field(
        default=(), converter=_lain_ringkasan
    )
    rencana_aksi: tuple[BarisRencanaAksi, ...] = attrs.field(
        default=(), converter=daftar_rencana_aksi
    )

    def __attrs_post_init__(self) -> None:
        galat = galat_tahun(self.periode, self.indikator, self.anggaran)
        if galat is not None:
            raise galat
        if self.rencana_aksi:
            nama = [a.uraian for a in self.anggaran] + [a.kode for a in self.anggaran if a.kode]
            periksa_rujukan_anak(self.rencana_aksi, nama)

    @property
    def skala_predikat(self) -> SkalaPredikat:
        """Skala predikat laporan: nilainya sendiri, atau skala terdaftar menurut namanya."""
        if isinstance(self.skala, SkalaPredikat):
            return self.skala
        return cari_skala(self.skala)

    @property
    def judul(self) -> str:
        """Judul laporan, sama di keluaran teks, Markdown dan JSON v1 (``laporan.judul``).

        >>> from kinerja.laporan.contoh import muat_contoh
        >>> muat_contoh("kalaena-2024-tw1").judul  # doctest: +ELLIPSIS
        'Laporan Kinerja Kepala Seksi Pemerintahan Umum — Kecamatan Kalaena, ... — TW I 2024'
        """
        unit = self.unit
        tempat = unit.instansi + (f", Kabupaten {unit.kabupaten}" if unit.kabupaten else "")
        return f"Laporan Kinerja {unit.nama} — {tempat} — {self.periode}"


def pastikan_laporan(nilai: object) -> Laporan:
    """Kembalikan ``nilai`` bila berupa :class:`Laporan`; selain itu galat yang jelas."""
    if not isinstance(nilai, Laporan):
        raise TipeTidakSah(f"'laporan' harus Laporan (diberikan {type(nilai).__name__})")
    return nilai
