"""Jalur berkas berisi karakter NUL di setiap pintu berkas: galat pustaka yang menyebut isiannya,
bukan ``ValueError: embedded null byte`` mentah dari ``open`` (ditemukan sapuan sampah acak)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kinerja import baca_laporan, hitung, muat_contoh, tulis_laporan
from kinerja.galat import BerkasTidakSah, TipeTidakSah
from kinerja.laporan.evaluasi import baca_dokumen
from kinerja.laporan.excel_masuk import baca_excel
from kinerja.laporan.gambar import tulis_gambar
from kinerja.laporan.jalur import jalur_berkas

_LAPORAN = muat_contoh("kalaena-2024-tw1")

PINTU: list[tuple[str, Callable[[str], object]]] = [
    ("baca_laporan", lambda j: baca_laporan(j)),
    ("baca_laporan jenis", lambda j: baca_laporan(j, jenis="json")),
    ("tulis_laporan", lambda j: tulis_laporan(_LAPORAN, j)),
    ("baca_dokumen", lambda j: baca_dokumen(j)),
    ("baca_dokumen jenis", lambda j: baca_dokumen(j, jenis="csv")),
    ("baca_excel", lambda j: baca_excel(j)),
    ("ke_excel", lambda j: hitung(_LAPORAN).ke_excel(j)),
    ("tulis_gambar", lambda j: tulis_gambar(hitung(_LAPORAN), j)),
]


@pytest.mark.parametrize(("nama", "pintu"), PINTU, ids=[n for n, _ in PINTU])
@pytest.mark.parametrize("jalur", ["\x00", "laporan\x00.json", "a\x00b.xlsx"])
def test_nul_di_jalur_ditolak_dengan_galat_pustaka(
    nama: str, pintu: Callable[[str], object], jalur: str, tmp_path: Path
) -> None:
    with pytest.raises(BerkasTidakSah, match="berisi karakter NUL"):
        pintu(str(tmp_path / jalur) if not jalur.startswith("\x00") else jalur)


def test_jalur_berkas_menerima_path_dan_menolak_bait() -> None:
    assert jalur_berkas(Path("a.toml")) == Path("a.toml")
    with pytest.raises(TipeTidakSah, match="'folder' harus str atau Path"):
        jalur_berkas(3, "folder")
    with pytest.raises(TipeTidakSah, match="bukan bait"):
        jalur_berkas(_BaitPath(), "jalur")


class _BaitPath:
    """PathLike yang mengembalikan bait (os.fspath mengizinkannya)."""

    def __fspath__(self) -> bytes:
        return b"a.toml"
