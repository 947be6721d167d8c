"""Buat ulang gambar grafik di ``docs/gambar/`` (satu PNG kecil per grafik; lihat docs/grafik.md).

Jalankan dari akar checkout, dengan extra ``gambar``: ``.venv/bin/python contoh/gambar_docs.py``.
Gambar dibuat dari contoh bawaan: capaian dan triwulan dari Kalaena TW I 2024, serapan dari
Klakah TW IV 2024 (yang punya pohon kode rekening); grafik evaluasi ``nrr`` dari survei
``ikm-kecamatan-2024`` dan ``komponen`` dari lembar kerja ``lke-opd-2024``.
"""

from __future__ import annotations

from pathlib import Path

from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.evaluasi import muat_contoh_evaluasi
from kinerja.laporan.gambar_evaluasi import gambar_evaluasi
from kinerja.laporan.tabel import hitung

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "gambar"
SUMBER = {
    "capaian": "kalaena-2024-tw1",
    "serapan": "klakah-2024-tw4",
    "triwulan": "kalaena-2024-tw1",
}
SUMBER_EVALUASI = {"nrr": "ikm-kecamatan-2024", "komponen": "lke-opd-2024"}


def main() -> None:
    """Tulis ``docs/gambar/NAMA.png`` untuk setiap grafik."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    gambar = {n: hitung(muat_contoh(c)).gambar(n) for n, c in SUMBER.items()}
    gambar.update(
        {n: gambar_evaluasi(muat_contoh_evaluasi(c), n) for n, c in SUMBER_EVALUASI.items()}
    )
    for nama, fig in gambar.items():
        jalur = FOLDER / f"{nama}.png"
        # dpi rendah: berkas kecil di repositori; tanpa metadata versi agar hasilnya stabil
        fig.savefig(jalur, dpi=64, metadata={"Software": None})
        print(f"{jalur} ({jalur.stat().st_size} bait)")


if __name__ == "__main__":
    main()
