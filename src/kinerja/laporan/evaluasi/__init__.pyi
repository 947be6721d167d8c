"""Nama publik :mod:`kinerja.laporan.evaluasi`, dimuat malas (lihat ``__init__.py``)."""

from .berkas import (
    CONTOH_EVALUASI,
    baca_dokumen,
    baca_evaluasi_teks,
    muat_contoh_evaluasi,
    teks_contoh_evaluasi,
)
from .model import BerkasLKE, DokumenEvaluasi, SurveiIKM
from .periksa import periksa_evaluasi
from .tabel import TabelEvaluasi, hitung_evaluasi

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
