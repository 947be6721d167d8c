"""Evaluasi: berkas survei IKM dan lembar kerja LKE AKIP, tabelnya, dan pemeriksaannya.

Lapisan laporan (memakai aturan :mod:`kinerja.ikm`, :mod:`kinerja.lke`,
:mod:`kinerja.lke_lembar`): ``model`` (isi berkas), ``csv_ikm`` (jawaban mentah CSV),
``berkas`` (baca dan pilih jenis, contoh bawaan), ``tabel`` (tabel ``ikm`` dan ``lke``),
``periksa`` (hitung ulang angka tercetak). Panduan: ``docs/evaluasi.md``.
"""

from kinerja.laporan.evaluasi.berkas import (
    CONTOH_EVALUASI,
    DokumenEvaluasi,
    baca_dokumen,
    baca_evaluasi_teks,
    muat_contoh_evaluasi,
    teks_contoh_evaluasi,
)
from kinerja.laporan.evaluasi.model import BerkasLKE, SurveiIKM
from kinerja.laporan.evaluasi.periksa import periksa_evaluasi
from kinerja.laporan.evaluasi.tabel import TabelEvaluasi, hitung_evaluasi

__all__ = [
    "CONTOH_EVALUASI",
    "BerkasLKE",
    "DokumenEvaluasi",
    "SurveiIKM",
    "TabelEvaluasi",
    "baca_dokumen",
    "baca_evaluasi_teks",
    "hitung_evaluasi",
    "muat_contoh_evaluasi",
    "periksa_evaluasi",
    "teks_contoh_evaluasi",
]
