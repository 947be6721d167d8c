"""Periksa yang dicetak laporan di luar baris angka: tanggal, label periode, rumus, fasilitasi.

- tanggal laporan sebelum periodenya berakhir (Klakah: "03 Januari 2024" untuk TW IV 2024), atau
  sesudah batas waktu laporan (:func:`kinerja.hari_kerja.batas_waktu_laporan`, DOMAIN.md §9);
- judul tabel dan label yang menyebut periode lain (Klakah: "Triwulan III" di laporan TW IV);
- rumus yang dicetak: hasil ungkapan suku-sukunya terhadap hasil yang tercetak;
- nilai baris matriks fasilitasi yang tercetak terhadap centangnya (Klakah baris 42: semua desa
  dicentang, tercetak 0,92).
"""

from __future__ import annotations

from collections.abc import Iterator

from kinerja.galat import KinerjaError
from kinerja.hari_kerja import batas_waktu_laporan
from kinerja.label_periode import baca_label_periode, label_sesuai
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import banding
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.ungkapan import hitung_ungkapan

__all__ = ["periksa_dokumen"]


def _tanggal(laporan: Laporan) -> Iterator[Temuan]:
    tanggal = laporan.tanggal
    if tanggal is None:
        return
    periode = laporan.periode
    if tanggal < periode.akhir:
        yield Temuan(
            "dokumen", "laporan", "tanggal", tanggal.isoformat(), periode.akhir.isoformat(), None,
            f"tanggal laporan sebelum periode {periode} berakhir ({periode.akhir.isoformat()}): "
            "realisasi s.d. akhir periode belum bisa dilaporkan pada tanggal itu",
            "tanggal laporan",
        )  # fmt: skip
        return
    if periode.triwulan is None:
        return  # batas waktu (DOMAIN.md §9) berlaku untuk laporan triwulan
    try:
        batas = batas_waktu_laporan(periode.tahun, periode.triwulan)
    except KinerjaError:
        return  # kalender libur/cuti bersama tahun itu belum tersedia: tidak ditebak
    if tanggal > batas:
        yield Temuan(
            "dokumen", "laporan", "tanggal", tanggal.isoformat(), batas.isoformat(), None,
            f"laporan {periode} bertanggal sesudah batas waktunya ({batas.isoformat()}, 5 hari "
            "kerja setelah triwulan berakhir)", "terlambat",
        )  # fmt: skip


def _label(laporan: Laporan) -> Iterator[Temuan]:
    for label in laporan.label_periode:
        try:
            dibaca = baca_label_periode(label.teks)
        except KinerjaError as galat:
            yield Temuan("dokumen", label.tempat, "label periode", label.teks, None, None,
                         str(galat), "tidak dapat dihitung")  # fmt: skip
            continue
        if not label_sesuai(dibaca, laporan.periode):
            disebut = " ".join(str(x) for x in (dibaca.triwulan, dibaca.tahun) if x is not None)
            yield Temuan(
                "dokumen", label.tempat, "label periode", label.teks, str(laporan.periode), None,
                f"label menyebut {disebut}, padahal laporan ini {laporan.periode}",
                "tidak konsisten",
            )  # fmt: skip


def _rumus(laporan: Laporan) -> Iterator[Temuan]:
    for rumus in laporan.rumus:
        try:
            nilai = hitung_ungkapan(rumus.ungkapan)
        except KinerjaError as galat:
            yield Temuan("dokumen", rumus.tempat, "rumus", rumus.hasil, None, None,
                         f"rumus {rumus.ungkapan!r}: {galat}", "tidak dapat dihitung")  # fmt: skip
            continue
        yield from banding(
            "dokumen", rumus.tempat, "rumus", rumus.hasil, nilai,
            f"hasil rumus tercetak {rumus.ungkapan} (dihitung dari suku-suku yang tercetak)",
        )  # fmt: skip


def _fasilitasi(laporan: Laporan) -> Iterator[Temuan]:
    rekap = laporan.fasilitasi
    if rekap is None:
        return
    for aktivitas, tercetak in rekap.nilai_tercetak.items():
        yield from banding(
            "fasilitasi", aktivitas, "nilai baris", tercetak, rekap.nilai_baris(aktivitas),
            f"nilai baris = desa dicentang / {len(rekap.desa)} desa",
        )  # fmt: skip


def periksa_dokumen(laporan: Laporan) -> Iterator[Temuan]:
    """Temuan tanggal, label periode, rumus tercetak, dan nilai baris fasilitasi."""
    yield from _tanggal(laporan)
    yield from _label(laporan)
    yield from _rumus(laporan)
    yield from _fasilitasi(laporan)
