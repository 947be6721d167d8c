"""Berkas evaluasi (survei IKM, lembar kerja LKE) lewat setiap antarmuka isu 11: stdin, JSON v1
dengan skema keluaran, dan layanan HTTP sungguhan."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import jsonschema
import pytest

from kinerja import cli
from kinerja.laporan.evaluasi import CONTOH_EVALUASI, muat_contoh_evaluasi, teks_contoh_evaluasi
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.layanan.inti import baca_bait, dokumen_hitung, dokumen_periksa
from kinerja.layanan.server import di_latar
from tests.test_layanan_http import TOML, minta

KELUARAN = jsonschema.Draft202012Validator(skema_keluaran())


@pytest.mark.parametrize("nama", sorted(CONTOH_EVALUASI))
def test_bait_evaluasi_dibaca_dan_keluarannya_sah(nama: str) -> None:
    dok = baca_bait(teks_contoh_evaluasi(nama).encode(), None, "<stdin>")
    assert dok == muat_contoh_evaluasi(nama)
    for data in (dokumen_hitung(dok), dokumen_periksa(dok)):
        KELUARAN.validate(data)
        assert list(data["tabel"]) == [nama[:3]]  # ikm-… → tabel ikm, lke-… → tabel lke
        assert data["laporan"]["jenis"] == nama[:3]
    # setiap contoh evaluasi membawa slip tercetak yang ditemukan periksa (docs/evaluasi.md)
    assert dokumen_periksa(dok)["temuan"]


def test_stdin_evaluasi(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isi = teks_contoh_evaluasi("ikm-kecamatan-2024").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(isi)))
    assert cli.main(["periksa", "-", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    KELUARAN.validate(data)
    assert data["tabel"]["ikm"]["baris"]


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with di_latar() as alamat:
        yield alamat


@pytest.mark.parametrize("nama", sorted(CONTOH_EVALUASI))
def test_http_evaluasi(url: str, nama: str) -> None:
    j = minta(url, "POST", "/periksa", teks_contoh_evaluasi(nama).encode(), TOML)
    assert j.status == 200
    data = j.json()
    KELUARAN.validate(data)
    assert data == json.loads(json.dumps(dokumen_periksa(muat_contoh_evaluasi(nama))))
