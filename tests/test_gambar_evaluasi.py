"""Grafik berkas evaluasi (extra ``gambar``): NRR per unsur IKM dan nilai per komponen LKE.

Yang diperiksa objek matplotlib-nya (lebar batang, batas pita, teks label), bukan piksel.
Nilai harapan dari DOMAIN.md: §13 contoh terhitung IKM (10 responden, jumlah per unsur 32, 30,
31, 35, 29, 33, 34, 30, 36 → NRR 3,2 … 3,6, IKM 29/9 × 25 = 80,56, mutu B; pita mutu pada skala
NRR 1,00–2,5996 / 2,60–3,064 / 3,0644–3,532 / 3,5324–4,00), §14 nilai AA–E dalam persen dan
bobot sub-komponen 88/2021 (skor = nilai / 100 × bobot), dihitung dengan ``Fraction``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.figure import Figure

from kinerja.cli import main
from kinerja.galat import InputTidakSah, TipeTidakSah
from kinerja.laporan.evaluasi import SurveiIKM, baca_evaluasi_teks, muat_contoh_evaluasi
from kinerja.laporan.gambar_evaluasi import gambar_evaluasi, tulis_gambar_evaluasi

JUMLAH_IKM = (32, 30, 31, 35, 29, 33, 34, 30, 36)  # DOMAIN §13, 10 responden
NILAI = {"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0}  # §14
# (komponen, [(nilai, bobot sub-komponen)]) contoh lke-opd-2024; 1.c memakai saran CC
LKE = (
    ("Perencanaan kinerja", (("A", 6), ("BB", 9), ("CC", 15))),
    ("Pengukuran kinerja", (("A", 6), ("BB", 9), ("B", 15))),
    ("Pelaporan kinerja", (("AA", 3), ("A", Fraction(9, 2)), ("BB", Fraction(15, 2)))),
    ("Evaluasi akuntabilitas kinerja internal",
     (("A", 5), ("B", Fraction(15, 2)), ("CC", Fraction(25, 2)))),
)  # fmt: skip


def _angka(f: Fraction) -> str:
    """Notasi Indonesia seperti sel tabel: bulat tanpa desimal, selain itu 2 desimal (rujukan)."""
    if f.denominator == 1:
        return str(f.numerator)
    seratus = int(f * 100 + Fraction(1, 2))
    return f"{seratus // 100},{seratus % 100:02d}"


def _batang(ax: Any, label: str) -> list[Any]:
    (wadah,) = [c for c in ax.containers if c.get_label() == label]
    return list(wadah)


def test_ikm_nrr_per_unsur_dan_pita_mutu() -> None:
    fig = gambar_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024"), "nrr")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    batang = _batang(ax, "NRR unsur")
    assert len(batang) == len(JUMLAH_IKM) == 9  # satu batang per unsur
    nrr = [Fraction(j, 10) for j in JUMLAH_IKM]
    assert [b.get_width() for b in batang] == pytest.approx([float(x) for x in nrr])
    assert [t.get_text() for t in ax.texts] == [_angka(x) for x in nrr]
    assert [t.get_text() for t in ax.texts][:3] == ["3,20", "3", "3,10"]
    assert ax.get_yticklabels()[0].get_text() == "Persyaratan"
    # pita mutu berarsir, batasnya skala NRR dari DOMAIN §13
    pita: dict[str, Any] = {
        str(p.get_label()): p
        for p in ax.patches
        if str(p.get_label())[:2] in ("A ", "B ", "C ", "D ")
    }
    assert sorted(pita) == ["A (Sangat Baik)", "B (Baik)", "C (Kurang Baik)", "D (Tidak Baik)"]
    batas = {k[0]: (p.get_x(), p.get_x() + p.get_width()) for k, p in pita.items()}
    assert batas["D"] == pytest.approx((1.0, 2.6))
    assert batas["C"] == pytest.approx((2.6, 3.0644))
    assert batas["B"] == pytest.approx((3.0644, 3.5324))
    assert batas["A"] == pytest.approx((3.5324, 4.0))
    assert all(p.get_hatch() == "//" for p in pita.values())
    # garis IKM unit: rerata NRR 29/9; label indeks 80,56 dan mutu B
    (garis,) = [g for g in ax.lines if str(g.get_label()).startswith("IKM")]
    assert np.asarray(garis.get_xdata(), dtype=float).tolist() == pytest.approx([29 / 9] * 2)
    assert (
        garis.get_label()
        == f"IKM {_angka(Fraction(29, 9) * 25)}: B (Baik)"
        == ("IKM 80,56: B (Baik)")
    )
    # sumbu dalam notasi Indonesia
    assert ax.xaxis.get_major_formatter()(2.5, None) == "2,5"
    assert "NRR" in ax.get_xlabel()


def test_lke_nilai_per_komponen_terhadap_bobot() -> None:
    fig = gambar_evaluasi(muat_contoh_evaluasi("lke-opd-2024"), "komponen")
    ax = fig.axes[0]
    nilai, bobot = _batang(ax, "Nilai"), _batang(ax, "Bobot")
    assert len(nilai) == len(bobot) == len(LKE) == 4  # satu batang per komponen
    skor = [sum((Fraction(NILAI[n], 100) * Fraction(w) for n, w in sub), Fraction(0))
            for _, sub in LKE]  # fmt: skip
    berat = [sum((Fraction(w) for _, w in sub), Fraction(0)) for _, sub in LKE]
    assert [b.get_width() for b in nilai] == pytest.approx([float(s) for s in skor])
    assert [b.get_width() for b in bobot] == [float(w) for w in berat] == [30, 30, 15, 25]
    assert [t.get_text() for t in ax.texts] == [
        f"{_angka(s)} dari {_angka(w)}" for s, w in zip(skor, berat, strict=True)
    ]
    assert ax.texts[1].get_text() == "23,10 dari 30"  # DOMAIN §14: 5,4 + 7,2 + 10,5 = 23,1
    assert [t.get_text() for t in ax.get_yticklabels()] == [k for k, _ in LKE]
    assert bobot[0].get_hatch() == "//"
    total = sum(skor, Fraction(0))
    assert f"{_angka(total)} dari 100" in ax.get_title()
    assert ax.xaxis.get_major_formatter()(1500.0, None) == "1.500"


def test_jumlah_batang_mengikuti_unsur_berkas() -> None:
    survei = SurveiIKM(jenis="ikm", unit="Puskesmas", unsur=("Waktu", "Biaya", "Sarana"),
                       responden=4,
                       jumlah_per_unsur=(Decimal(14), Decimal(9), Decimal(16)))  # fmt: skip
    ax = gambar_evaluasi(survei)["nrr"].axes[0]
    assert [b.get_width() for b in _batang(ax, "NRR unsur")] == [3.5, 2.25, 4.0]
    assert [t.get_text() for t in ax.texts] == ["3,50", "2,25", "4"]


def test_lke_rerata_lima_komponen() -> None:
    teks = """
jenis = "lke"
unit = "Dinas Uji"
metode = "rerata"
bobot = "2015"
""" + "".join(
        f"""
[[komponen]]
nama = "Komponen {i}"
[[komponen.subkomponen]]
nama = "Pemenuhan"
bobot = {w}
kriteria = [{{ uraian = "Ada", jawaban = "Y" }}]
"""
        for i, w in enumerate((10, 20, 5, 4, 8), start=1)
    )
    berkas = baca_evaluasi_teks(teks, "toml")  # metode rerata (LKE 12/2015): Y = 1 → skor = bobot
    ax = gambar_evaluasi(berkas)["komponen"].axes[0]
    assert len(_batang(ax, "Nilai")) == 5
    assert [t.get_text() for t in ax.texts] == [f"{w} dari {w}" for w in (10, 20, 5, 4, 8)]


def test_cli_menulis_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for contoh, nama in (("ikm-kecamatan-2024", "nrr"), ("lke-opd-2024", "komponen")):
        folder = tmp_path / contoh
        assert main(["hitung", "--contoh", contoh, "--gambar", str(folder)]) == 0
        png = folder / f"{nama}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert sorted(p.name for p in folder.iterdir()) == [png.name]
        assert capsys.readouterr().out == f"gambar: {png}\n"  # grafik alih-alih tabel


def test_cli_gambar_dan_xlsx_bersama(tmp_path: Path) -> None:
    buku = tmp_path / "ikm.xlsx"
    argumen = ["hitung", "--contoh", "ikm-kecamatan-2024", "--gambar", str(tmp_path),
               "--format", "xlsx", "-o", str(buku)]  # fmt: skip
    assert main(argumen) == 0
    assert (tmp_path / "nrr.png").is_file()
    assert buku.is_file()


def test_tulis_gambar_evaluasi_mengembalikan_jalur(tmp_path: Path) -> None:
    jalur = tulis_gambar_evaluasi(muat_contoh_evaluasi("lke-opd-2024"), tmp_path / "baru")
    assert jalur == [tmp_path / "baru" / "komponen.png"]
    assert jalur[0].stat().st_size > 0


def test_masukan_salah() -> None:
    with pytest.raises(TipeTidakSah, match="SurveiIKM atau BerkasLKE"):
        gambar_evaluasi("ikm.toml")  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah, match="pilihan: nrr"):
        gambar_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024"), "komponen")
    with pytest.raises(TipeTidakSah, match="'folder'"):
        tulis_gambar_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024"), 3)  # type: ignore[arg-type]
