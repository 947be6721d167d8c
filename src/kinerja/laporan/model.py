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

from collections.abc import Sequence
from decimal import Decimal

import attrs

from kinerja._isian import angka_opsional, daftar_jenis, jenis, teks, teks_opsional
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import TipeTidakSah, tampil_aman
from kinerja.laporan.baris import (
    SUMBER_REALISASI,
    BarisAnggaran,
    BarisIndikator,
    NilaiTriwulan,
    TercetakAnggaran,
    TercetakIndikator,
    kunci_tertutup,
)
from kinerja.laporan.desa import KetepatanDokumenDesa, TanggalDokumenDesa
from kinerja.periode import Periode
from kinerja.predikat import SkalaPredikat
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


@kunci_tertutup
@attrs.frozen
class TercetakRingkasan:
    """Angka ringkasan sebagaimana tercetak (rata-rata, agregat, jumlah), untuk diperiksa.

    Setiap kunci dibandingkan dengan *satu* angka yang dinamainya (DOMAIN.md §3): laporan menyebut
    rerata baris dan agregat sama-sama "rata-rata", maka berkas laporan menyatakan yang mana.
    ``rata_rata_capaian_kinerja``/``rata_rata_capaian_keuangan`` adalah rerata capaian baris
    (Σ cᵢ / n); ``capaian_kinerja_agregat``/``capaian_keuangan_agregat`` adalah Σ R / Σ T × 100
    (Kalaena "Rata-rata Capaian Kinerja 46%" di tabel keuangan adalah agregat 46,14). Kunci lain
    ditolak.
    """

    rata_rata_capaian_kinerja: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian_kinerja_agregat: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    rata_rata_capaian_keuangan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian_keuangan_agregat: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_pagu: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_target_keuangan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_realisasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_sisa: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    serapan_total: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    persentase_fasilitasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    persentase_dokumen_desa: Decimal | None = attrs.field(default=None, converter=angka_opsional)


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

    @property
    def skala_predikat(self) -> SkalaPredikat:
        """Skala predikat laporan: nilainya sendiri, atau skala terdaftar menurut namanya."""
        if isinstance(self.skala, SkalaPredikat):
            return self.skala
        return cari_skala(self.skala)


def pastikan_laporan(nilai: object) -> Laporan:
    """Kembalikan ``nilai`` bila berupa :class:`Laporan`; selain itu galat yang jelas."""
    if not isinstance(nilai, Laporan):
        raise TipeTidakSah(f"'laporan' harus Laporan (diberikan {type(nilai).__name__})")
    return nilai
