"""Lapisan laporan: model Laporan Kinerja, tabel-tabelnya, ``periksa``, berkas, dan contoh bawaan.

Lapisan ini memakai aturan di tingkat atas ``kinerja`` (capaian, kumulasi, anggaran, predikat,
…) dan tidak pernah sebaliknya. Modulnya:

- ``model``, ``baris``, ``desa``: nilai laporan (unit, periode, baris indikator/anggaran,
  dokumen desa); ``tercetak``: angka sebagaimana tercetak, per jenis baris (dan per tempat);
  ``cetakan``: label periode dan rumus yang tercetak;
- ``tabel``, ``tabel_capaian``, ``tabel_keuangan``, ``cost_per_outcome``, ``pohon``,
  ``ringkasan``: tabel yang dihitung dari laporan;
- ``periksa`` (paket: ``temuan``, ``banding``, ``indikator``, ``anggaran``, ``ringkasan``,
  ``judul``, ``dokumen``, ``tempat``, ``sengketa``): audit angka tercetak;
- ``sajian``, ``format_sel``: satu-satunya tempat pembulatan dan format tampilan;
- ``berkas``, ``konverter``, ``batas_berkas``, ``kait_berkas``, ``lokasi_galat``,
  ``galat_sintaks``, ``contoh``: berkas TOML/JSON (konverter cattrs, kait masukan, pesan galat
  sintaks dan struktur yang menyebut tempatnya) dan contoh bawaan; ``baris_cepat`` dan
  ``pembuat_beku``: jalur cepat berkas besar (baris anggaran lazim, baris tabel keuangan).

Nama publiknya diekspor ulang oleh ``kinerja``.
"""

from kinerja.laporan.baris import BarisAnggaran, BarisIndikator, NilaiTriwulan
from kinerja.laporan.cetakan import LabelTercetak, RumusTercetak
from kinerja.laporan.desa import KetepatanDokumenDesa, TanggalDokumenDesa
from kinerja.laporan.model import Laporan, Unit
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator, TercetakRingkasan

__all__ = [
    "BarisAnggaran",
    "BarisIndikator",
    "KetepatanDokumenDesa",
    "LabelTercetak",
    "Laporan",
    "NilaiTriwulan",
    "RumusTercetak",
    "TanggalDokumenDesa",
    "TercetakAnggaran",
    "TercetakIndikator",
    "TercetakRingkasan",
    "Unit",
]
