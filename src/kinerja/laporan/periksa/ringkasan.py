"""Periksa ringkasan: setiap label tercetak dengan satu angka yang dinamainya (DOMAIN.md §3)."""

from __future__ import annotations

from collections.abc import Iterator

from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import banding
from kinerja.laporan.periksa.tempat import di
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tabel import HasilLaporan
from kinerja.laporan.tercetak import TercetakRingkasan

__all__ = ["periksa_ringkasan"]


def periksa_ringkasan(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    for t in (laporan.tercetak, *laporan.tercetak_lain):
        yield from di(t, _periksa_cetak(t, hasil))


def _periksa_cetak(t: TercetakRingkasan, hasil: HasilLaporan) -> Iterator[Temuan]:
    r = hasil.ringkasan
    k = hasil.keuangan
    tabel = "ringkasan"
    for kolom, tercetak, dihitung, alasan, sebab in (
        ("rata-rata capaian kinerja", t.rata_rata_capaian_kinerja, r.rata_rata_capaian_kinerja,
         "rerata capaian baris Σ cᵢ / n", None),
        ("capaian kinerja agregat", t.capaian_kinerja_agregat, r.capaian_kinerja_agregat,
         "capaian agregat Σ R / Σ T × 100", r.alasan_agregat_kinerja),
        ("rata-rata capaian keuangan", t.rata_rata_capaian_keuangan, r.rata_rata_capaian_keuangan,
         "rerata capaian keuangan baris Σ cᵢ / n", None),
        ("capaian keuangan agregat", t.capaian_keuangan_agregat, r.capaian_keuangan_agregat,
         "capaian keuangan agregat Σ realisasi / Σ target × 100", r.alasan_agregat_keuangan),
        ("jumlah pagu", t.jumlah_pagu, k.jumlah_pagu, "jumlah pagu baris teratas", None),
        ("jumlah target keuangan", t.jumlah_target_keuangan, k.jumlah_target,
         "jumlah target keuangan baris teratas", None),
        ("jumlah realisasi", t.jumlah_realisasi, k.jumlah_realisasi,
         "jumlah realisasi baris teratas", None),
        ("jumlah sisa", t.jumlah_sisa, k.jumlah_sisa, "jumlah sisa baris teratas", None),
        ("serapan total", t.serapan_total, k.serapan_total,
         "serapan total Σ realisasi / Σ pagu × 100", k.alasan_serapan_total),
        ("persentase fasilitasi", t.persentase_fasilitasi, r.persentase_fasilitasi,
         "persentase fasilitasi menurut matriks laporan", None),
        ("persentase dokumen desa", t.persentase_dokumen_desa, r.persentase_dokumen_desa,
         "persentase dokumen desa menurut dokumen desa laporan", None),
    ):  # fmt: skip
        yield from banding(tabel, "laporan", kolom, tercetak, dihitung, alasan, sebab)
