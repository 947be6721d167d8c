"""Isu 8, sisa tinjauan: nama kolom ``tambah_kolom_kinerja`` tidak peka huruf besar/kecil.

Bingkai dari Excel sering berkolom ``Polaritas``, ``Target``: kolom opsi per baris yang tidak
dikenali berarti indikator negatif diam-diam dihitung positif. Dua kolom yang hanya beda huruf
besar/kecil ditolak dengan galat yang menyebut keduanya.
"""

from __future__ import annotations

import pandas as pd
import pytest

from kinerja import InputTidakSah, vektor


def test_kolom_polaritas_huruf_besar_dipakai() -> None:
    # capaian negatif (2T − R) / T × 100 = (200 − 80) / 100 × 100 = 120 (DOMAIN.md §2)
    df = pd.DataFrame({"target": [100.0, 100.0], "realisasi": [80.0, 80.0],
                       "Polaritas": ["negatif", "positif"]})  # fmt: skip
    hasil = vektor.tambah_kolom_kinerja(df)
    assert list(hasil["capaian"]) == [120.0, 80.0]


def test_kolom_target_dan_kumulasi_huruf_campuran() -> None:
    df = pd.DataFrame(
        {
            "TARGET_tw1": [10.0], "Target_TW2": [10.0], "target_tw3": [10.0], "target_tw4": [10.0],
            "Realisasi_tw1": [5.0], "realisasi_tw2": [5.0], "REALISASI_TW3": [5.0],
            "realisasi_tw4": [5.0], "KUMULASI": ["akhir"],
        }
    )  # fmt: skip
    hasil = vektor.tambah_kolom_kinerja(df, triwulan=2)
    # kumulasi "akhir": nilai TW terakhir yang dilaporkan, 5 dari 10 → 50 %
    assert list(hasil["capaian"]) == [50.0]


def test_dua_kolom_beda_huruf_saja_ditolak() -> None:
    df = pd.DataFrame({"target": [1.0], "realisasi": [1.0],
                       "polaritas": ["positif"], "Polaritas": ["negatif"]})  # fmt: skip
    with pytest.raises(InputTidakSah, match=r"'polaritas'.*'Polaritas'"):
        vektor.tambah_kolom_kinerja(df)


def test_nama_kolom_yang_disebut_juga_tidak_peka_huruf() -> None:
    df = pd.DataFrame({"Nilai Target": [50.0], "Nilai Realisasi": [25.0]})
    hasil = vektor.tambah_kolom_kinerja(df, target="nilai target", realisasi="NILAI REALISASI")
    assert list(hasil["capaian"]) == [50.0]
