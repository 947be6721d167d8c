"""``kinerja hitung --tabel T`` yang menghitung satu tabel sendiri sama dengan lewat ``hitung()``.

Untuk berkas besar ``--tabel keuangan`` (juga capaian, cost-per-outcome) tidak menghitung tabel
lain. Pembandingnya jalur lama: semua tabel lewat :func:`kinerja.laporan.tabel.hitung` lalu
``HasilLaporan.sajian_satu`` (``cli._TABEL_SENDIRI`` dikosongkan).
"""

from __future__ import annotations

import pytest

from kinerja import cli
from kinerja.laporan.contoh import CONTOH

ARGUMEN = [
    ["hitung", "--contoh", nama, "--format", format, "--tabel", tabel]
    for nama in sorted(CONTOH)
    for format in ("teks", "markdown", "json", "csv")
    for tabel in sorted(cli._TABEL_SENDIRI)
]


def _keluaran(argumen: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argumen)
    tangkap = capsys.readouterr()
    return status, tangkap.out, tangkap.err


def test_tabel_sendiri_mencakup_keuangan() -> None:
    assert {"capaian", "keuangan", "cost-per-outcome"} <= set(cli._TABEL_SENDIRI)
    assert set(cli._TABEL_SENDIRI) <= set(cli.TABEL)


@pytest.mark.parametrize("argumen", ARGUMEN, ids=" ".join)
def test_satu_tabel_sama_dengan_lewat_hitung(
    argumen: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sendiri = _keluaran(argumen, capsys)
    monkeypatch.setattr(cli, "_TABEL_SENDIRI", {})
    lewat_hitung = _keluaran(argumen, capsys)
    assert sendiri == lewat_hitung
    assert sendiri[0] == 0
    assert sendiri[1]
