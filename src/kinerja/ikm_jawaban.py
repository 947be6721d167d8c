"""Kata jawaban kuesioner SKM (PermenPANRB 14/2017) → nilai persepsi 1–4.

Kuesioner contoh di lampiran regulasi memberi setiap unsur empat pilihan jawaban berkata,
berurutan dari nilai 1 sampai 4 (mis. "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat
sesuai"). Ekspor formulir daring (Google Forms dan sejenisnya) menulis kata itu, bukan angkanya;
:func:`nilai_jawaban_ikm` mengubahnya kembali. Kata yang tak dikenal menjadi galat yang menyebut
kata-kata yang dikenal, tidak pernah ditebak. Angka "1"–"4" juga diterima.

>>> nilai_jawaban_ikm("Sangat sesuai"), nilai_jawaban_ikm("cukup mahal"), nilai_jawaban_ikm("3")
(4, 2, 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kinerja._isian import saran, seragam
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = ["KATA_JAWABAN_IKM", "nilai_jawaban_ikm"]

# Pilihan jawaban per unsur, nilai 1 → 4, seperti kuesioner lampiran PermenPANRB 14/2017.
_PILIHAN: tuple[tuple[str, str, str, str], ...] = (
    ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),  # persyaratan, produk
    ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),  # sistem, mekanisme, prosedur
    ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),  # waktu penyelesaian
    ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),  # biaya/tarif
    ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),  # kompetensi
    (
        "Tidak sopan dan ramah",
        "Kurang sopan dan ramah",
        "Sopan dan ramah",
        "Sangat sopan dan ramah",
    ),  # perilaku pelaksana
    (
        "Tidak ada",
        "Ada tetapi tidak berfungsi",
        "Berfungsi kurang maksimal",
        "Dikelola dengan baik",
    ),  # penanganan pengaduan, saran dan masukan
    ("Buruk", "Cukup", "Baik", "Sangat baik"),  # sarana dan prasarana
)

KATA_JAWABAN_IKM: Mapping[str, int] = MappingProxyType(
    {kata: i for pilihan in _PILIHAN for i, kata in enumerate(pilihan, 1)}
)
"""Kata jawaban kuesioner SKM → nilai persepsi 1–4 (baca-saja)."""

_BAKU = {seragam(kata): nilai for kata, nilai in KATA_JAWABAN_IKM.items()}


def nilai_jawaban_ikm(teks: str) -> int:
    """Nilai 1–4 sebuah jawaban berkata atau berangka (tanpa beda huruf, spasi dirapikan)."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"jawaban harus teks (diberikan {tampil_aman(teks)})")
    kunci = seragam(teks)
    if kunci in {"1", "2", "3", "4"}:
        return int(kunci)
    if kunci in _BAKU:
        return _BAKU[kunci]
    raise InputTidakSah(
        f"jawaban {tampil_aman(teks)} tidak dikenal: tulis 1–4 atau kata jawaban kuesioner SKM "
        f"({', '.join(repr(k) for k in KATA_JAWABAN_IKM)}){saran(teks, KATA_JAWABAN_IKM)}"
    )
