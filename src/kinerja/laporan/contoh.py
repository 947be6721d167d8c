"""Contoh laporan bawaan: empat ditranskripsi setia dari laporan nyata (salah cetaknya ikut), dan
satu laporan tahunan yang dikonstruksi (namanya berakhiran ``-dikonstruksi``).

>>> sorted(CONTOH)  # doctest: +NORMALIZE_WHITESPACE
['kalaena-2024-tw1', 'klakah-2024-tw4', 'ranuyoso-2022-tw4', 'senduro-2023-tw1',
 'tahunan-2024-dikonstruksi']
>>> muat_contoh("kalaena-2024-tw1").unit.instansi
'Kecamatan Kalaena'
"""

from __future__ import annotations

from collections.abc import Mapping

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.laporan.model import Laporan

__all__ = ["CONTOH", "CONTOH_BAWAAN", "muat_contoh", "teks_contoh"]

CONTOH: dict[str, str] = {
    "kalaena-2024-tw1": "Kasi Pemerintahan Umum Kecamatan Kalaena (Luwu Timur), TW I 2024",
    "senduro-2023-tw1": "Kasi Pemerintahan Kecamatan Senduro (Lumajang), TW I 2023",
    "ranuyoso-2022-tw4": "Kasi Pemberdayaan Masyarakat Kecamatan Ranuyoso (Lumajang), TW IV 2022",
    "klakah-2024-tw4": "Camat Klakah (Lumajang), TW IV 2024: pohon anggaran, fasilitasi, desa",
    "tahunan-2024-dikonstruksi": "Laporan tahunan 2024 DIKONSTRUKSI (bukan laporan terbit): "
    "riwayat 2022–2023, Renstra 2021–2026, dua salah cetak ditanam",
}
"""Nama contoh → uraian singkatnya."""

CONTOH_BAWAAN = "klakah-2024-tw4"
"""Contoh yang dipakai ``kinerja hitung`` tanpa berkas."""


def teks_contoh(nama: str) -> str:
    """Teks TOML contoh bawaan ``nama``."""
    return teks_bawaan(nama, CONTOH)


def teks_bawaan(nama: str, daftar: Mapping[str, str]) -> str:
    """Teks TOML berkas bawaan ``nama`` di ``data/contoh`` yang terdaftar di ``daftar`` (contoh
    laporan, contoh evaluasi); nama lain → galat yang menyebut pilihannya."""
    if not isinstance(nama, str) or nama not in daftar:
        raise InputTidakSah(
            f"contoh {tampil_aman(nama)} tidak ada; pilihan: {', '.join(sorted(daftar))}"
        )
    from importlib import resources  # saat dipakai: perintah atas berkas sendiri tidak memuatnya

    berkas = resources.files("kinerja.laporan") / "data" / "contoh" / f"{nama}.toml"
    return berkas.read_text(encoding="utf-8")


def muat_contoh(nama: str) -> Laporan:
    """Laporan contoh bawaan ``nama``."""
    from kinerja.laporan.berkas import baca_laporan_teks

    return baca_laporan_teks(teks_contoh(nama), "toml", f"contoh {nama}")
