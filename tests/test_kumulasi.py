"""Uji properti kumulasi triwulan."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given

from kinerja import DataTidakAda, InputTidakSah, Kumulasi, TipeTidakSah, sampai_dengan
from tests.strategies import kumulasi, nilai_triwulan, triwulan


@given(nilai_triwulan)
def test_kumulatif_tw4_adalah_jumlah_yang_dilaporkan(nilai: list[Decimal | None]) -> None:
    dilaporkan = [v for v in nilai if v is not None]
    assume(dilaporkan)
    assert sampai_dengan(nilai, Kumulasi.KUMULATIF, 4) == sum(dilaporkan)


@given(nilai_triwulan)
def test_kumulatif_tidak_turun_untuk_nilai_tak_negatif(nilai: list[Decimal | None]) -> None:
    sebelumnya: Decimal | None = None
    for n in range(1, 5):
        try:
            sekarang = sampai_dengan(nilai, Kumulasi.KUMULATIF, n)
        except DataTidakAda:
            assert all(v is None for v in nilai[:n])
            continue
        if sebelumnya is not None:
            assert sekarang >= sebelumnya
        sebelumnya = sekarang


@given(nilai_triwulan, triwulan)
def test_akhir_adalah_nilai_terakhir_yang_dilaporkan(nilai: list[Decimal | None], n: int) -> None:
    dilaporkan = [v for v in nilai[:n] if v is not None]
    assume(dilaporkan)
    hasil = sampai_dengan(nilai, Kumulasi.AKHIR, n)
    assert hasil in dilaporkan
    assert hasil == dilaporkan[-1]


@given(nilai_triwulan, triwulan)
def test_rata_rata_di_antara_min_dan_maks(nilai: list[Decimal | None], n: int) -> None:
    dilaporkan = [v for v in nilai[:n] if v is not None]
    assume(dilaporkan)
    assert min(dilaporkan) <= sampai_dengan(nilai, Kumulasi.RATA_RATA, n) <= max(dilaporkan)


@given(nilai_triwulan, kumulasi, triwulan)
def test_triwulan_setelah_n_tidak_berpengaruh(
    nilai: list[Decimal | None], jenis: Kumulasi, n: int
) -> None:
    assume(any(v is not None for v in nilai[:n]))
    dipotong = nilai[:n]
    assert sampai_dengan(nilai, jenis, n) == sampai_dengan(dipotong, jenis, n)


def test_akhir_yang_terakhir_bukan_yang_terbesar() -> None:
    assert sampai_dengan([90, 60, None, None], Kumulasi.AKHIR, 4) == 60


def test_galat_kumulasi() -> None:
    with pytest.raises(DataTidakAda, match="TW II"):
        sampai_dengan([None, None, 5, None], Kumulasi.KUMULATIF, 2)
    with pytest.raises(InputTidakSah, match="paling banyak 4"):
        sampai_dengan([1, 2, 3, 4, 5], Kumulasi.KUMULATIF, 4)
    with pytest.raises(TipeTidakSah, match="TW III"):
        sampai_dengan([1, 2, 0.5, 4], Kumulasi.KUMULATIF, 4)  # type: ignore[list-item]
    with pytest.raises(TipeTidakSah):  # teks "kumulatif" sah (isu 8 no. 9); tipe lain tidak
        sampai_dengan([1], 1, 1)  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah):
        sampai_dengan([1], Kumulasi.AKHIR, 5)
