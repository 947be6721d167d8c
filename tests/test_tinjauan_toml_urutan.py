"""Isu 8, sisa tinjauan: kunci tingkat atas yang ditulis sesudah tabel pertama di TOML.

Di TOML setiap kunci sesudah ``[periode]`` atau ``[[indikator]]`` masuk ke tabel itu. Orang yang
menambahkan ``skala = "lkj"`` di akhir berkas mendapat "kunci tidak dikenal 'skala'" tanpa
petunjuk bahwa urutannya yang salah: pesannya harus menyebut itu dan ke mana kuncinya ditulis.
"""

from __future__ import annotations

import json

import pytest

from kinerja import BerkasTidakSah
from kinerja.laporan.berkas import baca_laporan_teks

AWAL = """[unit]
nama = "Seksi Pemerintahan"
instansi = "Kecamatan Kalaena"

[periode]
tahun = 2024
triwulan = 1
"""

INDIKATOR = """
[[indikator]]
nama = "Jumlah dokumen"
satuan = "Dokumen"
target_tahunan = 12
realisasi = { tw1 = 3 }
"""


def _pesan(teks: str, format: str = "toml") -> str:
    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(teks, format)  # type: ignore[arg-type]
    return str(galat.value)


def test_kunci_atas_sesudah_tabel_periode() -> None:
    pesan = _pesan(AWAL + 'skala = "lkj"\n' + INDIKATOR)
    assert "periode (baris 8): kunci tidak dikenal 'skala'" in pesan
    assert "tingkat atas" in pesan
    assert "sebelum tabel pertama" in pesan
    assert "[periode]" in pesan


def test_kunci_atas_sesudah_daftar_indikator() -> None:
    pesan = _pesan(AWAL + INDIKATOR + 'skala = "lkj"\n')
    assert "kunci tidak dikenal 'skala'" in pesan
    assert "[[indikator]]" in pesan
    assert "sebelum tabel pertama" in pesan


def test_kunci_yang_memang_salah_tanpa_petunjuk_urutan() -> None:
    pesan = _pesan(AWAL + "satuaan = 3\n" + INDIKATOR)
    assert "kunci tidak dikenal 'satuaan'" in pesan
    assert "sebelum tabel pertama" not in pesan


def test_json_tidak_mendapat_petunjuk_toml() -> None:
    data = {
        "unit": {"nama": "Seksi", "instansi": "Kecamatan"},
        "periode": {"tahun": 2024, "triwulan": 1, "skala": "lkj"},
    }
    pesan = _pesan(json.dumps(data, indent=1), "json")
    assert "kunci tidak dikenal 'skala'" in pesan
    assert "sebelum tabel pertama" not in pesan
