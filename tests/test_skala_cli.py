"""``kinerja hitung --tabel T`` yang menghitung satu tabel sendiri sama dengan lewat ``hitung()``.

Untuk berkas besar ``--tabel keuangan`` (juga capaian, cost-per-outcome) tidak menghitung tabel
lain. Pembandingnya jalur lama: semua tabel lewat :func:`kinerja.laporan.tabel.hitung` lalu
``HasilLaporan.sajian_satu`` (``cli._TABEL_SENDIRI`` dikosongkan).
"""

from __future__ import annotations

import gc

import pytest

from kinerja import cli
from kinerja.cli import hitung as cli_hitung
from kinerja.laporan.contoh import CONTOH

ARGUMEN = [
    ["hitung", "--contoh", nama, "--format", format, "--tabel", tabel]
    for nama in sorted(CONTOH)
    for format in ("teks", "markdown", "json", "csv")
    for tabel in sorted(cli_hitung._TABEL_SENDIRI)
]


def _keluaran(argumen: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argumen)
    tangkap = capsys.readouterr()
    return status, tangkap.out, tangkap.err


def test_tabel_sendiri_mencakup_keuangan() -> None:
    assert {"capaian", "keuangan", "cost-per-outcome"} <= set(cli_hitung._TABEL_SENDIRI)
    assert set(cli_hitung._TABEL_SENDIRI) <= set(cli.TABEL)


@pytest.mark.parametrize("argumen", ARGUMEN, ids=" ".join)
def test_satu_tabel_sama_dengan_lewat_hitung(
    argumen: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sendiri = _keluaran(argumen, capsys)
    monkeypatch.setattr(cli_hitung, "_TABEL_SENDIRI", {})
    lewat_hitung = _keluaran(argumen, capsys)
    assert sendiri == lewat_hitung
    assert sendiri[0] == 0
    assert sendiri[1]


@pytest.mark.parametrize(
    "argumen",
    [
        ["hitung", "--contoh", "kalaena-2024-tw1", "--tabel", "keuangan"],
        ["periksa", "--contoh", "kalaena-2024-tw1"],
        ["contoh"],
    ],
)
def test_pengumpul_sampah_dipulihkan(
    argumen: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # main() mematikan pengumpul sampah siklik selama perintah berjalan, lalu memulihkannya
    assert gc.isenabled()
    cli.main(argumen)
    assert gc.isenabled()
    gc.disable()
    try:
        cli.main(argumen)
        assert not gc.isenabled()  # yang sudah mati tidak dinyalakan
    finally:
        gc.enable()
    capsys.readouterr()


def test_galat_pun_memulihkan_pengumpul_sampah(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["hitung", "/tidak/ada.toml"]) == 2
    assert gc.isenabled()
    assert "tidak ditemukan" in capsys.readouterr().err
