"""Perintah kinerja lewat titik masuk sebenarnya (skrip konsol terpasang), berkas sungguhan."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja.cli import main
from kinerja.laporan.contoh import CONTOH
from kinerja.laporan.evaluasi import CONTOH_EVALUASI

SKRIP = shutil.which("kinerja", path=str(Path(sys.executable).parent)) or "kinerja"


def jalankan(*argumen: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SKRIP, *argumen], capture_output=True, text=True, timeout=120, cwd=cwd, check=False
    )


def test_hitung_tanpa_berkas_memakai_contoh_klakah() -> None:
    hasil = jalankan("hitung")
    assert hasil.returncode == 0, hasil.stderr
    assert hasil.stdout.startswith(
        "Laporan Kinerja Camat — Kecamatan Klakah, Kabupaten Lumajang — TW IV 2024"
    )
    assert "Capaian kinerja s.d. TW IV 2024" in hasil.stdout
    # realisasi fasilitasi dari centang lampiran b: 42 dari 44 baris dicentang penuh (l. 617
    # dicentang penuh walau tercetak 0,92) = 95,45 → capaian 95,45 / 95,45 = 100
    fasilitasi = next(b for b in hasil.stdout.splitlines() if b.startswith("Persentase hasil"))
    assert [k.strip() for k in fasilitasi.split("|")[3:6]] == ["95,45", "95,45", "100,00"]
    assert "| JUMLAH" in hasil.stdout
    assert "1.895.403.508" in hasil.stdout
    assert hasil.stderr == ""


@pytest.mark.parametrize("format", ["teks", "markdown", "json", "csv"])
def test_hitung_semua_format(format: str) -> None:
    hasil = jalankan("hitung", "--contoh", "kalaena-2024-tw1", "--format", format)
    assert hasil.returncode == 0, hasil.stderr
    if format == "json":
        data = json.loads(hasil.stdout)
        assert data["versi"] == 1
        assert data["tabel"]["capaian"]["judul"] == "Capaian kinerja s.d. TW I 2024"
    elif format == "csv":
        assert "# Realisasi keuangan s.d. TW I 2024" in hasil.stdout
        assert "22.571.000;4.483.500;4.453.500" in hasil.stdout
    elif format == "markdown":
        assert "### Realisasi keuangan s.d. TW I 2024" in hasil.stdout
        assert "| 99,33 |" in hasil.stdout
    else:
        assert "99,33" in hasil.stdout


def test_hitung_satu_tabel() -> None:
    hasil = jalankan("hitung", "--contoh", "klakah-2024-tw4", "--tabel", "pohon", "--format", "csv")
    assert hasil.returncode == 0
    baris = hasil.stdout.splitlines()
    assert baris[0] == "Kode;Uraian;Pagu;Σ pagu anak;Realisasi;Σ realisasi anak"
    assert baris[1].startswith("7.01.01;PROGRAM PENUNJANG")


def test_periksa_status_dan_temuan() -> None:
    ada = jalankan("periksa", "--contoh", "kalaena-2024-tw1")
    assert ada.returncode == 1
    assert (
        "capaian keuangan: tercetak 99,22 di Bab IV, realisasi keuangan (l. 143), seharusnya 99,33"
        in ada.stdout
    )
    # satu perselisihan target (7 di Bab III, 14 di Rencana Aksi) dan tiga akibatnya, terkelompok
    assert "       ↳ akibat: [capaian kinerja]" in ada.stdout
    assert ada.stdout.rstrip().endswith(
        "6 temuan (ditambah 3 akibat yang mengikuti angka yang diperselisihkan, dikelompokkan "
        "di bawah temuannya)."
    )
    bersih = jalankan("periksa", "--contoh", "ranuyoso-2022-tw4")
    assert bersih.returncode == 0
    assert "Tidak ada temuan" in bersih.stdout
    data = json.loads(jalankan("periksa", "--contoh", "klakah-2024-tw4", "--format", "json").stdout)
    # l. 241: 99,79 untuk realisasi dari centang 95,45 / 95,45 = 100
    assert data["temuan"][0]["tercetak"] == {"tepat": "99.79", "tercetak": "99,79"}
    assert data["temuan"][0]["terhitung"] == {"tepat": "100.00", "tercetak": "100,00"}


def test_periksa_berkas_sendiri(tmp_path: Path) -> None:
    berkas = tmp_path / "laporan.toml"
    contoh = jalankan("contoh", "senduro-2023-tw1")
    assert contoh.returncode == 0
    berkas.write_text(contoh.stdout, encoding="utf-8")
    hasil = jalankan("periksa", str(berkas), "--format", "csv")
    assert hasil.returncode == 1
    assert hasil.stdout.splitlines()[0] == (
        "no;tabel;baris;kolom;tercetak;dihitung;selisih;jenis;alasan;tempat"
    )
    # 22 temuan Senduro tanpa akibat (tests/test_periksa.py DIHARAPKAN), satu baris CSV per temuan
    assert len(hasil.stdout.splitlines()) == 1 + 22


def test_contoh_daftar() -> None:
    hasil = jalankan("contoh")
    assert hasil.returncode == 0
    assert [b.split()[0] for b in hasil.stdout.splitlines()] == sorted(
        {**CONTOH, **CONTOH_EVALUASI}
    )


def test_batas_waktu() -> None:
    hasil = jalankan("batas-waktu", "2025", "I")
    assert hasil.stdout.strip() == (
        "Batas waktu laporan TW I 2025 (5 hari kerja): Senin, 14 April 2025"
    )
    hasil = jalankan("batas-waktu", "2024", "4", "--hari-kerja", "1")
    assert hasil.stdout.strip().endswith("Kamis, 2 Januari 2025")


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        (["hitung", "tidak-ada.toml"], "kinerja: galat: berkas 'tidak-ada.toml' tidak ditemukan"),
        (
            ["hitung", "--contoh", "bogor"],
            "kinerja: argumen --contoh: pilihan 'bogor' tidak dikenal",
        ),
        (["periksa"], "kinerja: salah satu dari BERKAS --contoh wajib diisi"),
        (["batas-waktu", "2024"], "kinerja: argumen wajib belum diisi: TRIWULAN"),
        (["batas-waktu", "2099", "1"], "kinerja: galat: cuti bersama tahun 2099 belum tersedia"),
        (["batas-waktu", "2024", "V"], "kinerja: galat: 'triwulan' harus I–IV"),
        (["batas-waktu", "dua ribu", "1"], "kinerja: argumen TAHUN: bukan bilangan bulat"),
        (["terbang"], "kinerja: argumen PERINTAH: pilihan 'terbang' tidak dikenal"),
    ],
)
def test_galat_satu_baris_status_2(argumen: list[str], pesan: str) -> None:
    hasil = jalankan(*argumen)
    assert hasil.returncode == 2
    assert hasil.stderr.startswith(pesan), hasil.stderr
    assert "Traceback" not in hasil.stderr


def test_berkas_banyak_kesalahan_dilaporkan_semua(tmp_path: Path) -> None:
    berkas = tmp_path / "rusak.toml"
    berkas.write_text(
        '[unit]\nnama = "A"\ninstansi = "B"\n[periode]\ntahun = 2024\n'
        '[[anggaran]]\nuraian = "X"\npagu = "1.5"\n[[anggaran]]\nuraian = "Y"\npagu = -1\n',
        encoding="utf-8",
    )
    hasil = jalankan("hitung", str(berkas))
    assert hasil.returncode == 2
    baris = hasil.stderr.splitlines()
    assert baris[0] == f"kinerja: galat: {berkas}: 2 kesalahan:"
    assert baris[1].startswith('  anggaran ke-1 ("X").pagu (baris 8): ')
    assert baris[2].startswith("  anggaran ke-2 (\"Y\") (baris 9): 'pagu' harus >= 0")


def test_main_dalam_proses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["periksa", "--contoh", "ranuyoso-2022-tw4", "--format", "markdown"]) == 0
    assert "Tidak ada temuan" in capsys.readouterr().out
