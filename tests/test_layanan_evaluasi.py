"""Berkas evaluasi (survei IKM, lembar kerja LKE) lewat setiap antarmuka isu 11: stdin, JSON v1
dengan skema keluaran, dan layanan HTTP sungguhan."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from kinerja import cli
from kinerja.galat import BerkasTidakSah
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


def _ikm_csv() -> bytes:
    # ekspor formulir: kolom identitas lalu satu kolom per unsur, nilai 1–4
    baris = ["Timestamp,Nama,U1,U2,U3", "2024-01-02,A,4,3,4", "2024-01-03,B,3,3,2"]
    return ("\n".join(baris) + "\n").encode()


def test_jenis_csv_dan_xlsx_untuk_berkas_tanpa_akhiran(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # unggahan sementara PHP: tanpa akhiran; formatnya disebut dengan --jenis
    csv_ = tmp_path / "phpCSV01"
    csv_.write_bytes(_ikm_csv())
    assert cli.main(["hitung", str(csv_), "--jenis", "csv", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    KELUARAN.validate(data)
    # NRR 3,5; 3,0; 3,0 → IKM = (3,5 + 3 + 3) / 3 × 25 = 79,166…
    assert data["tabel"]["ikm"]["baris"][-1]["indeks"]["tercetak"].startswith("79,1")
    xlsx = tmp_path / "phpXLS01"
    assert cli.main(["contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o", str(xlsx)]) == 0
    capsys.readouterr()
    assert cli.main(["periksa", str(xlsx), "--jenis", "xlsx"]) == 1
    assert "99,22" in capsys.readouterr().out


def test_stdin_xlsx_ditebak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "kalaena.xlsx"
    assert cli.main(["contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o", str(xlsx)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(xlsx.read_bytes())))
    assert cli.main(["periksa", "-", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["laporan"]["instansi"] == "Kecamatan Kalaena"


def test_http_csv_dan_xlsx(url: str, tmp_path: Path) -> None:
    j = minta(url, "POST", "/hitung", _ikm_csv(), {"Content-Type": "text/csv"})
    assert j.status == 200, j.badan[:300]
    KELUARAN.validate(j.json())
    xlsx = tmp_path / "kalaena.xlsx"
    assert cli.main(["contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o", str(xlsx)]) == 0
    tipe = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    j = minta(url, "POST", "/periksa", xlsx.read_bytes(), {"Content-Type": tipe})
    assert j.status == 200, j.badan[:300]
    data = j.json()
    KELUARAN.validate(data)
    assert any(t["angka"] == "capaian keuangan" for t in data["temuan"])


def test_galat_berkas_evaluasi_berjalur() -> None:
    # galat berkas evaluasi seperti galat berkas laporan: setiap kesalahan dengan jalur programnya
    # (kunci di akhir TOML masuk ke tabel terakhir contoh itu, [tercetak])
    teks = teks_contoh_evaluasi("ikm-kecamatan-2024") + "\nkunci_asing = 1\n"
    with pytest.raises(BerkasTidakSah) as galat:
        baca_bait(teks.encode(), "toml", "<permintaan>")
    assert [j for j, _ in galat.value.rincian] == ["tercetak.kunci_asing"]
    assert "kunci tidak dikenal 'kunci_asing'" in galat.value.rincian[0][1]
