"""Masukan dari mana saja (isu 11 butir 3): stdin, --jenis, galat JSON, kode keluar 0/1/2."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja import cli
from kinerja.galat import BerkasTidakSah
from kinerja.laporan.batas_berkas import BatasBerkas
from kinerja.laporan.berkas import baca_laporan, baca_laporan_bait, baca_laporan_teks
from kinerja.laporan.contoh import muat_contoh, teks_contoh

SKRIP = shutil.which("kinerja", path=str(Path(sys.executable).parent)) or "kinerja"

RUSAK = """\
[unit]
nama = "Seksi"
instansi = "Kecamatan X"

[periode]
tahun = 2024
triwulan = 1

[[indikator]]
nama = "Indikator A"
satuan = "%"
realisasi = { tw1 = "abc" }
"""


def _stdin(monkeypatch: pytest.MonkeyPatch, isi: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(isi)))


def test_stdin_lewat_skrip_terpasang() -> None:
    hasil = subprocess.run(
        [SKRIP, "periksa", "-", "--format", "json"],
        input=teks_contoh("kalaena-2024-tw1").encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert hasil.returncode == 1, hasil.stderr
    data = json.loads(hasil.stdout)
    angka = [(t["tercetak"], t["terhitung"]) for t in data["temuan"]]
    assert ({"tepat": "99.22", "tercetak": "99,22"}, {"tepat": "99.33", "tercetak": "99,33"}) in (
        angka
    )


@pytest.mark.parametrize("jenis", ["toml", "json"])
def test_stdin_jenis_ditebak_atau_disebut(
    jenis: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["contoh", "ranuyoso-2022-tw4", "--format", jenis])
    isi = capsys.readouterr().out.encode()
    for tambahan in ([], ["--jenis", jenis]):
        _stdin(monkeypatch, isi)
        assert cli.main(["periksa", "-", *tambahan]) == 0
        assert "Tidak ada temuan" in capsys.readouterr().out


def test_jenis_untuk_berkas_tanpa_akhiran(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    berkas = tmp_path / "phpA1b2C3"  # berkas unggahan sementara PHP: tanpa akhiran
    berkas.write_text(teks_contoh("kalaena-2024-tw1"), encoding="utf-8")
    assert cli.main(["hitung", str(berkas)]) == 2
    assert "akhiran harus .toml, .json, .csv atau .xlsx" in capsys.readouterr().err
    assert cli.main(["hitung", str(berkas), "--jenis", "toml", "--tabel", "keuangan"]) == 0
    assert "99,33" in capsys.readouterr().out
    assert baca_laporan(berkas, jenis="toml") == muat_contoh("kalaena-2024-tw1")


def test_galat_json_berjalur(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    berkas = tmp_path / "rusak.toml"
    berkas.write_text(RUSAK, encoding="utf-8")
    for perintah in ("hitung", "periksa"):
        assert cli.main([perintah, str(berkas), "--format", "json"]) == 2
        tangkap = capsys.readouterr()
        data = json.loads(tangkap.out)
        (galat,) = data["galat"]
        assert galat["jalur"] == "indikator[0].realisasi.tw1"
        assert "'abc' bukan angka" in galat["pesan"]
        assert tangkap.err == ""
    # tanpa --format json: tetap satu baris teks di stderr
    assert cli.main(["hitung", str(berkas)]) == 2
    assert capsys.readouterr().err.startswith("kinerja: galat: ")


def test_galat_json_seluruh_berkas(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["periksa", "tidak-ada.toml", "--format", "json"]) == 2
    assert json.loads(capsys.readouterr().out) == {
        "galat": [{"jalur": "", "pesan": "berkas 'tidak-ada.toml' tidak ditemukan"}]
    }


def test_galat_json_stdin_sintaks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b'{"unit": ')
    assert cli.main(["hitung", "-", "--format", "json"]) == 2
    (galat,) = json.loads(capsys.readouterr().out)["galat"]
    assert galat["jalur"] == ""
    assert galat["pesan"].startswith("<stdin>: JSON tidak sah di baris 1")


def test_rincian_berkas_tidak_sah_berpasangan() -> None:
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan_teks(RUSAK + 'zzz = 1\n[tercetak]\nserapan_total = "1.5"\n', "toml")
    jalur = [j for j, _ in info.value.rincian]
    assert jalur == ["indikator[0].realisasi.tw1", "indikator[0].zzz", "tercetak.serapan_total"]
    assert len(info.value.rincian) == len(info.value.kesalahan)
    for (_, pesan), teks in zip(info.value.rincian, info.value.kesalahan, strict=True):
        assert pesan == teks


def test_baca_bait_batas_dan_utf8() -> None:
    with pytest.raises(BerkasTidakSah, match="bukan teks UTF-8"):
        baca_laporan_bait(b"\xff\xfe", "toml", "unggahan")
    with pytest.raises(BerkasTidakSah, match="lebih dari batas"):
        baca_laporan_bait(b"x" * 11, "toml", "unggahan", batas=BatasBerkas(ukuran_bait=10))
    isi = teks_contoh("senduro-2023-tw1").encode()
    assert baca_laporan_bait(isi, "toml") == muat_contoh("senduro-2023-tw1")


@pytest.mark.parametrize(
    "argumen",
    [
        ["periksa", "--contoh", "bogor", "--format", "json"],
        ["hitung", "--format=json", "--tabel", "tidak-ada"],
        ["periksa", "--format", "json"],
    ],
)
def test_galat_argumen_json(argumen: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argumen) == 2
    tangkap = capsys.readouterr()
    (galat,) = json.loads(tangkap.out)["galat"]
    assert galat["jalur"] == ""
    assert galat["pesan"].startswith(("argumen", "salah satu dari"))
    assert tangkap.err == ""


def test_galat_argumen_teks_tetap(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["periksa", "--contoh", "bogor"]) == 2
    tangkap = capsys.readouterr()
    assert tangkap.out == ""
    assert tangkap.err.startswith("kinerja: argumen --contoh: pilihan 'bogor' tidak dikenal")
    assert tangkap.err.endswith("Lihat: kinerja periksa --help\n")
