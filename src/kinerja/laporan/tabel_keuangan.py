"""Tabel realisasi keuangan s.d. TW n: pagu, target, realisasi, capaian, serapan, sisa.

Jumlah tabel dihitung atas baris teratas saja, dan "teratas" ditentukan oleh satu pohon kode
terurai (:class:`~kinerja.laporan.pohon.PohonAnggaran`) yang juga menjadi tabel pohon anggaran:
baris tanpa kode, akar pohon, dan baris berkode cacat tanpa leluhur di laporan. Anak sebuah kode
(apa pun tulisannya: ``x.xx.01`` = ``X.XX.01``) tidak terhitung dua kali, baris berkode kembar
tidak dijumlah.

Capaian keuangan dan serapan per baris, serta serapan total, dihitung oleh aturan
(:func:`~kinerja.capaian.capaian`, :func:`~kinerja.anggaran.serapan`,
:func:`~kinerja.anggaran.serapan_total`) dengan pemeriksaannya: serapan total tidak dihitung
bila ada baris teratas yang tidak sah (realisasi negatif atau melebihi pagu).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from decimal import Decimal

import attrs

from kinerja._isian import daftar_jenis
from kinerja.anggaran import Anggaran, serapan, serapan_total
from kinerja.angka import jumlah
from kinerja.besaran import kurang
from kinerja.capaian import capaian
from kinerja.galat import KinerjaError
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import BarisAnggaran, Laporan
from kinerja.laporan.pembuat_beku import pembuat
from kinerja.laporan.pohon import PohonAnggaran, indeks_akar, realisasi_per_baris
from kinerja.laporan.sajian import BisaDisajikan, CatatanBaris, Kolom, Sajian
from kinerja.periode import Periode

__all__ = ["TABEL_KEUANGAN", "BarisKeuangan", "TabelKeuangan", "baris_keuangan", "tabel_keuangan"]


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


# = BarisKeuangan(...) tanpa object.__setattr__ per isian (90.000 baris; sama, diuji)
_buat_baris_keuangan = pembuat(BarisKeuangan)

# isi satu baris sajian, urut kolom Kode … Sisa (satu attrgetter, bukan tuple per baris)
_ISI_SAJIAN = operator.attrgetter(
    "kode", "uraian", "pagu", "target", "realisasi", "capaian", "serapan", "sisa"
)


def _capaian_keuangan(target: Decimal | None, realisasi: Decimal) -> Decimal | None:
    """Realisasi / target keuangan × 100; ``None`` bila tidak ada target atau tak terhitung."""
    if target is None:
        return None
    try:
        return capaian(target, realisasi)
    except KinerjaError:
        return None


def baris_keuangan(
    laporan: Laporan,
    baris: BarisAnggaran,
    *,
    akar: bool = True,
    realisasi: Decimal | None = None,
) -> BarisKeuangan:
    """Satu baris tabel keuangan untuk satu baris anggaran laporan.

    ``akar`` menyatakan apakah baris ini dijumlah di baris JUMLAH (lihat
    :attr:`PohonAnggaran.indeks_akar <kinerja.laporan.pohon.PohonAnggaran.indeks_akar>`).
    ``realisasi`` adalah realisasi s.d. triwulan laporan bila sudah dihitung (mis. untuk pohon).
    """
    tw = laporan.periode.triwulan_laporan
    if realisasi is None:
        realisasi = baris.realisasi_sd(tw)
    # tanpa target triwulan sama sekali (berkas anggaran besar: lazim) target s.d. TW n tidak ada
    target = None if baris.target.kosong else baris.target_sd(tw)
    nilai_serapan: Decimal | None = None
    keterangan: str | None = None
    try:
        nilai_serapan = serapan(baris.pagu, realisasi)
    except KinerjaError as galat:
        keterangan = str(galat)
    pagu = baris.pagu
    # urutan isian BarisKeuangan (posisional: satu baris per baris anggaran)
    return BarisKeuangan(
        baris.kode,
        baris.uraian,
        akar,
        pagu,
        target,
        realisasi,
        None if target is None else _capaian_keuangan(target, realisasi),
        nilai_serapan,
        kurang(pagu, realisasi),
        keterangan,
    )


def _baris_keuangan(nilai: object) -> tuple[BarisKeuangan, ...]:
    return daftar_jenis(nilai, "baris", BarisKeuangan)


TABEL_KEUANGAN = DeklarasiTabel(
    "keuangan",
    "Realisasi keuangan s.d. TW n per baris anggaran, dengan baris JUMLAH (baris teratas)",
    (
        Kolom("Kode", kunci="kode"),
        Kolom("Uraian", kunci="uraian"),
        Kolom("Pagu", "rupiah", "pagu"),
        Kolom("Target", "rupiah", "target"),
        Kolom("Realisasi", "rupiah", "realisasi"),
        Kolom("Capaian (%)", "persen", "capaian"),
        Kolom("Serapan (%)", "persen", "serapan"),
        Kolom("Sisa", "rupiah", "sisa"),
    ),
)


@attrs.frozen
class TabelKeuangan(BisaDisajikan):
    """Tabel realisasi keuangan; jumlah dihitung atas baris akar saja."""

    periode: Periode
    baris: tuple[BarisKeuangan, ...] = attrs.field(converter=_baris_keuangan)
    _serapan: tuple[Decimal | None, str | None] = attrs.field(init=False, repr=False, eq=False)
    _baris_akar: tuple[BarisKeuangan, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # dihitung sekali: baris akar dipakai lima jumlah tabel, ringkasan dan periksa
        object.__setattr__(self, "_baris_akar", tuple([b for b in self.baris if b.akar]))
        object.__setattr__(self, "_serapan", self._hitung_serapan_total())

    def _akar(self) -> tuple[BarisKeuangan, ...]:
        return self._baris_akar

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

    def _hitung_serapan_total(self) -> tuple[Decimal | None, str | None]:
        anggaran = []
        for b in self._akar():
            try:
                anggaran.append(Anggaran(b.pagu, b.realisasi))
            except KinerjaError as galat:
                return None, f"baris {b.kode or b.uraian!r} tidak sah ({galat})"
        try:
            return serapan_total(anggaran), None
        except KinerjaError as galat:
            return None, str(galat)

    @property
    def serapan_total(self) -> Decimal | None:
        """Σ realisasi / Σ pagu × 100 atas baris akar; ``None`` bila ada baris akar tidak sah."""
        return self._serapan[0]

    @property
    def alasan_serapan_total(self) -> str | None:
        """Mengapa serapan total tidak dapat dihitung (``None`` bila dapat)."""
        return self._serapan[1]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil, dengan baris JUMLAH."""
        isi: list[tuple[object, ...]] = list(map(_ISI_SAJIAN, self.baris))
        target = self.jumlah_target
        nilai_serapan, alasan = self._serapan
        isi.append(
            (
                None,
                "JUMLAH",
                self.jumlah_pagu,
                target,
                self.jumlah_realisasi,
                _capaian_keuangan(target, self.jumlah_realisasi),
                nilai_serapan,
                self.jumlah_sisa,
            )
        )
        return TABEL_KEUANGAN.sajian(
            f"Realisasi keuangan {self.periode.sebutan}",
            isi,
            (
                *tuple(f"{b.kode or b.uraian}: {b.keterangan}" for b in self.baris if b.keterangan),
                "JUMLAH dihitung atas baris teratas (anak tidak dihitung dua kali)",
                *(() if alasan is None else (f"serapan JUMLAH tidak dihitung: {alasan}",)),
            ),
            catatan_baris=(
                *(
                    CatatanBaris(i, "serapan_tak_terhitung", b.keterangan)
                    for i, b in enumerate(self.baris)
                    if b.keterangan
                ),
                *(
                    ()
                    if alasan is None
                    else (CatatanBaris(len(self.baris), "serapan_tak_terhitung", alasan),)
                ),
            ),
        )


def tabel_keuangan(
    laporan: Laporan,
    pohon: PohonAnggaran | None = None,
    *,
    realisasi: Sequence[Decimal] | None = None,
) -> TabelKeuangan:
    """Tabel realisasi keuangan s.d. triwulan laporan.

    ``pohon`` (pohon anggaran laporan yang sama) dan ``realisasi`` (realisasi s.d. triwulan
    laporan tiap baris anggaran, urut laporan) boleh diberikan agar tidak dihitung ulang.
    """
    tw = laporan.periode.triwulan_laporan
    nyata = realisasi_per_baris(laporan.anggaran, tw, realisasi)
    # baris JUMLAH hanya butuh susunan pohon, bukan simpul-simpulnya
    akar = indeks_akar(laporan.anggaran) if pohon is None else pohon.indeks_akar
    # Sama dengan baris_keuangan(laporan, b, akar=i in akar, realisasi=r) per baris (diuji
    # sebagai properti), tanpa satu panggilan fungsi dan argumen kata kunci per baris.
    hasil: list[BarisKeuangan] = []
    tambah = hasil.append
    for i, (b, r) in enumerate(zip(laporan.anggaran, nyata, strict=True)):
        target = None if b.target.kosong else b.target_sd(tw)
        pagu = b.pagu
        keterangan: str | None = None
        try:
            nilai_serapan: Decimal | None = serapan(pagu, r)
        except KinerjaError as galat:
            nilai_serapan = None
            keterangan = str(galat)
        tambah(
            _buat_baris_keuangan(
                b.kode,
                b.uraian,
                i in akar,
                pagu,
                target,
                r,
                None if target is None else _capaian_keuangan(target, r),
                nilai_serapan,
                kurang(pagu, r),
                keterangan,
            )
        )
    return TabelKeuangan(laporan.periode, tuple(hasil))
