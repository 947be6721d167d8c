"""Grafik laporan (extra ``gambar``): data yang digambar dan notasi Indonesia pada labelnya.

Nilai harapan dari data contoh (TOML Kalaena/Klakah) dan DOMAIN.md (batas skala LKj 51, 66,
76, 91), dihitung dengan ``Fraction``, bukan dari kode yang diuji.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from kinerja.cli import main
from kinerja.galat import ExtraTidakTerpasang, InputTidakSah
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.gambar import angka_sumbu
from kinerja.laporan.model import Laporan, Unit
from kinerja.laporan.tabel import hitung
from kinerja.periode import Periode


def _persen(f: Fraction) -> str:
    """Dua desimal setengah ke atas, notasi Indonesia (rujukan, tanpa kode pustaka)."""
    seratus = int(f * 100 + Fraction(1, 2))  # f dalam persen: 95,0604… → 9506
    return f"{seratus // 100},{seratus % 100:02d}"


def test_semua_grafik_kalaena() -> None:
    gambar = hitung(muat_contoh("kalaena-2024-tw1")).gambar()
    assert list(gambar) == ["capaian", "serapan", "triwulan"]
    assert all(isinstance(g, Figure) for g in gambar.values())


def test_capaian_dan_pita_predikat() -> None:
    fig = hitung(muat_contoh("kalaena-2024-tw1")).gambar("capaian")
    ax = fig.axes[0]
    batang = list(ax.containers[0])
    assert [b.get_width() for b in batang] == [100.0, 50.0]  # DOMAIN: 3/3 dan 7/14
    assert [t.get_text() for t in ax.texts] == ["100,00", "50,00"]
    # pita diarsir: batas skala LKj dari DOMAIN.md
    pita = [p for p in ax.patches if p.get_hatch() == "//"]
    batas = sorted({round(x, 6) for p in pita for x in (p.get_x(), p.get_x() + p.get_width())})
    assert batas[:5] == [0.0, 51.0, 66.0, 76.0, 91.0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik",
    ]  # fmt: skip


def test_serapan_per_program_klakah() -> None:
    fig = hitung(muat_contoh("klakah-2024-tw4")).gambar("serapan")
    ax = fig.axes[0]
    label = [t.get_text() for t in ax.get_yticklabels()]
    assert len(label) == 6
    assert all(t.startswith("7.01.0") for t in label)
    # program 7.01.01: realisasi 1.692.625.798 dari pagu 1.780.578.508
    rujukan = Fraction(1_692_625_798, 1_780_578_508) * 100
    assert ax.containers[0][0].get_width() == pytest.approx(float(rujukan), rel=1e-15)
    assert ax.texts[0].get_text() == _persen(rujukan) == "95,06"


def test_triwulan_target_setahun_dan_realisasi() -> None:
    fig = hitung(muat_contoh("kalaena-2024-tw1")).gambar("triwulan")
    ax = fig.axes[0]
    target, realisasi = ax.get_lines()
    # Σ target TW kedua baris anggaran Kalaena, kumulatif, juta Rupiah
    tw = [4_483_500 + 5_969_000, 6_000_000, 6_087_500, 6_000_000 + 5_888_500]
    harapan = [sum(tw[: i + 1]) / 1e6 for i in range(4)]
    assert list(target.get_ydata()) == pytest.approx(harapan)
    assert list(realisasi.get_ydata()) == pytest.approx([(4_453_500 + 369_500) / 1e6])
    assert [t.get_text() for t in ax.get_xticklabels()] == ["TW I", "TW II", "TW III", "TW IV"]


def test_angka_sumbu_notasi_indonesia() -> None:
    assert angka_sumbu()(1_234_567.0, None) == "1.234.567"
    assert angka_sumbu(2)(46.145, None) == "46,15"  # setengah ke atas seperti tabel
    fig = hitung(muat_contoh("klakah-2024-tw4")).gambar("triwulan")
    fig.canvas.draw()
    label = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert any("." in t for t in label), label  # pemisah ribuan titik
    assert not any("," in t for t in label), label


def test_grafik_tanpa_data_dan_nama_salah() -> None:
    hasil = hitung(Laporan(Unit("Camat", "Kecamatan X"), Periode(2024, 1)))
    assert hasil.gambar() == {}
    with pytest.raises(InputTidakSah, match="tidak punya datanya"):
        hasil.gambar("capaian")
    with pytest.raises(InputTidakSah, match="pilihan: capaian, serapan, triwulan"):
        hasil.gambar("pai")


def test_cli_gambar_menulis_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "grafik"
    assert main(["hitung", "--contoh", "kalaena-2024-tw1", "--gambar", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "capaian.png",
        "serapan.png",
        "triwulan.png",
    ]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in folder.iterdir())
    assert capsys.readouterr().out.count("gambar: ") == 3


def test_tanpa_extra_gambar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ExtraTidakTerpasang, match=r"kinerja\[gambar\]"):
        hitung(muat_contoh("kalaena-2024-tw1")).gambar("capaian")
