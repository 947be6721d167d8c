"""Halaman untuk staf penyusun laporan (``GET /``): satu berkas HTML, tanpa langkah build.

Tanpa sumber eksternal (skrip, gaya, huruf semuanya di dalam berkas; dijaga juga oleh
Content-Security-Policy), Bahasa Indonesia, nyaman di layar selebar ponsel. Staf mengunggah
atau menempel berkas laporan, atau memilih contoh bawaan, lalu melihat tabel dan temuan
``periksa`` yang disorot pada angkanya (lewat ``POST /periksa`` dan ``sel`` di JSON v1).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["halaman"]


@cache
def halaman() -> str:
    """Teks HTML halaman (dibaca sekali dari data paket)."""
    return (resources.files("kinerja.layanan") / "halaman.html").read_text("utf-8")
