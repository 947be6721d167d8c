"""Alat uji: sunting XML di dalam berkas ``.xlsx`` langsung (bentuk yang ditulis Excel sendiri,
yang tidak bisa dibuat openpyxl)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def ganti_xml(jalur: Path, lama: str, baru: str) -> None:
    """Ganti ``lama`` dengan ``baru`` di setiap bagian zip; gagal bila tidak ada yang berubah."""
    with zipfile.ZipFile(jalur) as arsip:
        isi = {i.filename: arsip.read(i) for i in arsip.infolist()}
    diganti = {n: d.replace(lama.encode(), baru.encode()) for n, d in isi.items()}
    assert diganti != isi, f"{lama!r} tidak ada di {jalur}"
    with zipfile.ZipFile(jalur, "w", compression=zipfile.ZIP_DEFLATED) as arsip:
        for nama, data in diganti.items():
            arsip.writestr(nama, data)
