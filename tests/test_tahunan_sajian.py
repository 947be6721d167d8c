"""Tabel riwayat dan renstra lewat API, DataFrame, HTML dan perintah ``kinerja`` (semua format)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from kinerja import hitung, muat_contoh, periksa
from kinerja.cli import main
from kinerja.laporan.contoh import CONTOH, teks_contoh

CONTOH_TAHUNAN = "tahunan-2024-dikonstruksi"


def test_contoh_tahunan_berlabel_dikonstruksi_dan_bertabel_lengkap() -> None:
    assert "DIKONSTRUKSI" in CONTOH[CONTOH_TAHUNAN]
    assert "DIKONSTRUKSI" in teks_contoh(CONTOH_TAHUNAN).splitlines()[0]
    lap = muat_contoh(CONTOH_TAHUNAN)
    assert lap.periode.triwulan is None
    # dua tahun sebelumnya dan target Renstra pada setiap indikator dan baris anggaran
    for baris in lap.indikator:
        assert sorted(u.tahun for u in baris.riwayat) == [2022, 2023]
        assert baris.renstra is not None
    for ang in lap.anggaran:
        assert sorted(u.tahun for u in ang.riwayat) == [2022, 2023]
        assert ang.renstra is not None
    judul = [s.judul for s in hitung(lap).sajian()]
    assert judul[0] == "Capaian kinerja Tahun 2024"
    assert "Perbandingan antartahun s.d. 2024" in judul
    assert "Capaian terhadap Renstra s.d. 2024" in judul
    # salah cetak yang ditanam ditemukan
    assert {t.tabel for t in periksa(lap)} == {
        "perbandingan antartahun",
        "capaian terhadap renstra",
    }


@pytest.mark.parametrize("nama", sorted(set(CONTOH) - {CONTOH_TAHUNAN}))
def test_contoh_triwulan_tetap(nama: str) -> None:
    hasil = hitung(muat_contoh(nama))
    assert hasil.riwayat.baris == ()
    assert hasil.renstra.baris == ()
    assert hasil.sajian()[0].judul.startswith("Capaian kinerja s.d. TW ")


def test_ke_dataframe_dan_html() -> None:
    hasil = hitung(muat_contoh(CONTOH_TAHUNAN))
    riwayat = hasil.riwayat.ke_dataframe()
    assert isinstance(riwayat, pd.DataFrame)
    assert len(riwayat) == 12  # (3 indikator + 1 baris anggaran) × (2022, 2023, 2024)
    assert list(riwayat.columns)[:3] == ["Indikator / uraian", "K/Rp", "Tahun"]
    renstra = hasil.renstra.ke_dataframe()
    assert list(renstra["K/Rp"]) == ["K", "Rp", "K", "K"]  # Rp tepat di bawah indikatornya
    assert "Capaian terhadap Renstra" in hasil.renstra._repr_html_()
    assert hasil.sajian_satu("riwayat").judul.startswith("Perbandingan antartahun")


@pytest.mark.parametrize("format", ["teks", "markdown", "json", "csv"])
@pytest.mark.parametrize("tabel", ["riwayat", "renstra"])
def test_cli_hitung_tabel(tabel: str, format: str, capsys: pytest.CaptureFixture[str]) -> None:
    kode = main(["hitung", "--contoh", CONTOH_TAHUNAN, "--tabel", tabel, "--format", format])
    keluaran = capsys.readouterr().out
    assert kode == 0
    judul = "Perbandingan antartahun" if tabel == "riwayat" else "Capaian terhadap Renstra"
    if format == "csv":  # satu tabel: tanpa baris judul, angka tepat bernotasi Indonesia
        assert keluaran.startswith("Indikator / uraian;K/Rp;")
    else:
        assert judul in keluaran
    if format == "json":
        data = json.loads(keluaran)
        assert [t["judul"] for t in data["tabel"].values()] == [f"{judul} s.d. 2024"]
        assert list(data["tabel"]) == [tabel]  # JSON v1: tabel di bawah id tetapnya
    if tabel == "renstra" and format in ("teks", "markdown"):
        assert "72,00" in keluaran  # 1.800.000.000 / 2.500.000.000
        assert "1.800.000.000" in keluaran


def test_cli_periksa_dan_contoh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["periksa", "--contoh", CONTOH_TAHUNAN]) == 1
    keluaran = capsys.readouterr().out
    assert "2,78" in keluaran and "2,87" in keluaran  # noqa: PT018
    assert main(["contoh"]) == 0
    assert CONTOH_TAHUNAN in capsys.readouterr().out
