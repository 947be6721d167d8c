"""Uji yang membunuh mutan yang selamat pada sampel uji mutasi (docs/mutasi.md, isu 8).

Setiap uji menyebut mutan yang dibunuhnya (modul, nomor pada ``benchmarks/mutasi.py --daftar``
saat diukur, dan mutasinya). Nilai harapan tidak berasal dari kode yang diuji: kontrak tipe
yang didokumentasikan, contoh DOMAIN.md, rujukan ``fractions.Fraction``, atau sifat metamorfik.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja import TipeTidakSah
from kinerja.angka import jumlah


@pytest.mark.parametrize("bukan_daftar", ["", "12", b"", b"3"])
def test_jumlah_menolak_teks_dan_bytes_walau_kosong(bukan_daftar: object) -> None:
    # angka #4 (angka.py:81, `or` → `and`): teks kosong adalah Iterable yang tak berunsur;
    # tanpa pemeriksaan teks, jumlah("") diam-diam menjadi 0.
    with pytest.raises(TipeTidakSah, match="'nilai'"):
        jumlah(bukan_daftar)  # type: ignore[arg-type]


def test_jumlah_daftar_kosong_nol() -> None:
    # Pembanding sah untuk uji di atas: daftar kosong (bukan teks) memang berjumlah 0.
    assert jumlah([]) == Decimal(0)
