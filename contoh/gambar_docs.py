"""Buat ulang gambar grafik di ``docs/gambar/`` (satu PNG kecil per grafik; lihat docs/grafik.md).

Jalankan dari akar checkout, dengan extra ``gambar``: ``.venv/bin/python contoh/gambar_docs.py``.
Gambar dibuat dari contoh bawaan: capaian dan triwulan dari Kalaena TW I 2024, serapan dari
Klakah TW IV 2024 (yang punya pohon kode rekening).
"""

from __future__ import annotations

from pathlib import Path

from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.tabel import hitung

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "gambar"
SUMBER = {
    "capaian": "kalaena-2024-tw1",
    "serapan": "klakah-2024-tw4",
    "triwulan": "kalaena-2024-tw1",
}


def main() -> None:
    """Tulis ``docs/gambar/NAMA.png`` untuk setiap grafik."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for nama, contoh in SUMBER.items():
        jalur = FOLDER / f"{nama}.png"
        # dpi rendah: berkas kecil di repositori; tanpa metadata versi agar hasilnya stabil
        hitung(muat_contoh(contoh)).gambar(nama).savefig(jalur, dpi=64, metadata={"Software": None})
        print(f"{jalur} ({jalur.stat().st_size} bait)")


if __name__ == "__main__":
    main()
