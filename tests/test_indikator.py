"""Uji nilai Target, Realisasi dan Indikator."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from kinerja import (
    Indikator,
    InputTidakSah,
    Kumulasi,
    Polaritas,
    Realisasi,
    SatuanTidakCocok,
    Target,
    TipeTidakSah,
)
from tests.strategies import desimal, positif


def test_target_dan_realisasi_membaca_notasi_indonesia() -> None:
    assert Target("1.500").nilai == Decimal(1500)
    assert Realisasi("95,27").nilai == Decimal("95.27")
    assert Target(" 12 ", satuan="  Dokumen ").satuan == "Dokumen"


def test_target_rentang() -> None:
    t = Target.rentang(80, 90, satuan="%")
    assert (t.bawah, t.batas_atas, t.adalah_rentang) == (Decimal(80), Decimal(90), True)
    assert str(t) == "80–90 %"
    assert not Target(5).adalah_rentang
    with pytest.raises(InputTidakSah, match="batas atas harus > batas bawah"):
        Target.rentang(90, 80)


def test_nilai_beku() -> None:
    t = Target(5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        t.nilai = Decimal(6)  # type: ignore[misc]


@given(desimal(0, 10**6, 2), positif(10**6, 2))
def test_realisasi_sebagai_persen(nilai: Decimal, dari: Decimal) -> None:
    r = Realisasi(nilai, "Desa", dari=dari)
    assert abs(r.sebagai_persen() * dari / 100 - nilai) < Decimal("1e-20")


def test_indikator() -> None:
    ind = Indikator(
        "Persentase desa APBDes tepat waktu",
        "%",
        polaritas="positif",
        kumulasi="akhir",
        target_tahunan=Target(100, "%"),
        target_triwulan=[25, 50, 75, 100],
    )
    assert ind.kumulasi is Kumulasi.AKHIR
    assert ind.polaritas is Polaritas.POSITIF
    assert ind.target_triwulan[3] == Target(100)
    assert Indikator("x", kumulasi="rata_rata").kumulasi is Kumulasi.RATA_RATA


def test_galat_indikator() -> None:
    with pytest.raises(SatuanTidakCocok, match="target_tahunan"):
        Indikator("x", "Dokumen", target_tahunan=Target(3, "Desa"))
    with pytest.raises(InputTidakSah, match="tepat 4"):
        Indikator("x", target_triwulan=[1, 2, 3])
    with pytest.raises(InputTidakSah, match="polaritas"):
        Indikator("x", polaritas="naik")
    with pytest.raises(InputTidakSah, match="kumulasi"):
        Indikator("x", kumulasi="jumlah")
    with pytest.raises(InputTidakSah, match="nama"):
        Indikator("  ")
    with pytest.raises(TipeTidakSah, match="target"):
        Indikator("x", target_tahunan=1.5)
    with pytest.raises(InputTidakSah, match="dari"):
        Realisasi(3, dari=0)
    with pytest.raises(InputTidakSah, match="penyebut"):
        Realisasi(3, "Desa").sebagai_persen()
