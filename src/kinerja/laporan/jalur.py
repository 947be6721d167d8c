"""Jalur berkas yang dibaca atau ditulis kinerja: ``str`` atau ``os.PathLike``, tanpa NUL.

Satu pemeriksa untuk setiap pintu berkas (baca/tulis laporan, berkas evaluasi, buku kerja
Excel), agar jalur yang tidak mungkin ada di sistem berkas — mis. berisi karakter NUL, yang
membuat ``open`` melempar ``ValueError`` mentah — menjadi galat pustaka yang menyebut isiannya.

>>> jalur_berkas("laporan.toml").suffix
'.toml'
>>> jalur_berkas("a\\x00.toml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kinerja.galat.BerkasTidakSah: 'jalur' berisi karakter NUL: berkas itu tidak bisa ditulis ...
"""

from __future__ import annotations

import os
from pathlib import Path

from kinerja.galat import BerkasTidakSah, TipeTidakSah, tampil_aman

__all__ = ["jalur_berkas"]


def jalur_berkas(nilai: object, nama: str = "jalur") -> Path:
    """``Path`` dari ``nilai``; bukan str/PathLike → TipeTidakSah, berisi NUL → BerkasTidakSah."""
    if not isinstance(nilai, (str, os.PathLike)):
        raise TipeTidakSah(f"'{nama}' harus str atau Path (diberikan {tampil_aman(nilai)})")
    teks = os.fspath(nilai)
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'{nama}' harus jalur teks, bukan bait (diberikan {tampil_aman(teks)})")
    if "\x00" in teks:
        raise BerkasTidakSah(
            f"'{nama}' berisi karakter NUL: berkas itu tidak bisa ditulis atau dibaca (diberikan "
            f"{tampil_aman(teks)})"
        )
    return Path(teks)
