"""Tinjauan penerimaan isu 12 (tabel data): cacat yang ditemukan saat dicoba sebagai pengguna."""

from __future__ import annotations

import tomllib
import warnings
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
import tomli_w

from kinerja import baca_angka, vektor
from kinerja.cli import main
from kinerja.galat import BerkasTidakSah, InputTidakSah, TipeTidakSah
from kinerja.laporan.berkas import baca_laporan, baca_laporan_teks, tulis_laporan
from kinerja.laporan.contoh import muat_contoh, teks_contoh
from kinerja.laporan.excel_masuk import nilai_sel
from kinerja.laporan.periksa import periksa
from kinerja.laporan.tabel import hitung
from tests.xlsx_mentah import ganti_xml

# ------------------------------------------------ Excel masuk: sel berformat persen


def test_sel_persen_dibaca_seperti_yang_tampil(tmp_path: Path) -> None:
    """Mengetik "99,22%" di Excel menyimpan 0,9922 berformat persen; yang dimaksud 99,22.

    Metamorfik: sel persen harus sama dengan teks "99,22" yang ditulis ``kinerja contoh``
    (dan teks "99,22%"), jadi laporan dan temuan ``periksa`` tidak berubah.
    """
    asli = muat_contoh("kalaena-2024-tw1")
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(asli, jalur)
    buku = openpyxl.load_workbook(jalur)
    sel = buku["Anggaran"]["O2"]  # tercetak.capaian_keuangan, ditulis sebagai teks "99,22"
    assert (buku["Anggaran"]["O1"].value, sel.value) == ("tercetak.capaian_keuangan", "99,22")
    sel.value = 0.9922
    sel.number_format = "0.00%"
    persen_bulat = buku["Indikator"]["K2"]  # realisasi.tw1 "3" → 3% diketik sebagai persen
    assert persen_bulat.value == "3"
    persen_bulat.value = 0.03
    persen_bulat.number_format = "0%"
    buku.save(jalur)
    dibaca = baca_laporan(jalur)
    assert dibaca == asli
    assert len(periksa(dibaca)) == len(periksa(asli))


@pytest.mark.parametrize("format_angka", ['0.00"%"', "0.00\\%", '#,##0.00" %"', "0.00_%"])
def test_sel_dengan_tanda_persen_literal_tidak_dikali_100(
    tmp_path: Path, format_angka: str
) -> None:
    """Format yang hanya menuliskan tanda % (berkutip, ber-\\, ``_%``) menampilkan 99,22 apa
    adanya sebagai "99,22%": yang dibaca 99,22, bukan 9922."""
    asli = muat_contoh("kalaena-2024-tw1")
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(asli, jalur)
    buku = openpyxl.load_workbook(jalur)
    sel = buku["Anggaran"]["O2"]  # tercetak.capaian_keuangan "99,22"
    sel.value = 99.22
    sel.number_format = format_angka
    buku.save(jalur)
    assert baca_laporan(jalur) == asli


def test_sel_persen_float_panjang_disarankan_dalam_angka_tampil() -> None:
    """0,1 + 0,2 berformat persen tampil "30,00%": saran teksnya harus terbaca 30, bukan 0,3."""
    with pytest.raises(InputTidakSah, match=r"mis\. '(30,0*%)'") as info:
        nilai_sel(0.1 + 0.2, persen=True)
    saran = str(info.value).rsplit("'", 2)[1]
    assert baca_angka(saran) == 30


# ------------------------------------------------ jalur cepat: Series pandas berindeks berbeda


@pytest.mark.parametrize(
    ("fungsi", "pertama", "kedua"),
    [
        (vektor.capaian, "target", "realisasi"),
        (vektor.serapan, "pagu", "realisasi"),
        (vektor.efisiensi, "capaian_kinerja", "serapan_anggaran"),
    ],
)
def test_series_berindeks_berbeda_tidak_dipasangkan_menurut_posisi(
    fungsi: Callable[..., Any], pertama: str, kedua: str
) -> None:
    """Dua tabel yang urutannya berbeda: pandas memasangkan baris menurut label indeks.

    Dulu baris dipasangkan diam-diam menurut posisi: 'a' mendapat realisasi milik 'c'. Harus
    menjadi galat yang menyebut kedua kolom (atau, setara, dipasangkan menurut label).
    """
    satu = pd.Series([10.0, 20.0, 40.0], index=["a", "b", "c"])
    dua = pd.Series([32.0, 10.0, 8.0], index=["c", "b", "a"])  # a: 8, b: 10, c: 32
    with pytest.raises(InputTidakSah) as info:
        fungsi(satu, dua)
    assert f"'{pertama}'" in str(info.value)
    assert f"'{kedua}'" in str(info.value)
    # indeks sama (juga urutan yang sama lewat reindex) tetap diterima, seperti pandas
    hasil = fungsi(satu, dua.reindex(satu.index))
    assert list(hasil.index) == ["a", "b", "c"]


def test_series_berindeks_berbeda_di_opsi_per_baris() -> None:
    t = pd.Series([10.0, 10.0], index=["a", "b"])
    r = pd.Series([8.0, 8.0], index=["a", "b"])
    with pytest.raises(InputTidakSah, match="'polaritas'"):
        vektor.capaian(t, r, pd.Series(["negatif", "positif"], index=["b", "a"]))
    with pytest.raises(InputTidakSah, match="'target_atas'"):
        vektor.capaian(t, r, target_atas=pd.Series([12.0, np.nan], index=["b", "a"]))
    # larik numpy dan daftar tidak punya indeks: dipasangkan menurut posisi, seperti dulu
    assert vektor.capaian(t, [8.0, 12.0], ["positif", "negatif"]).tolist() == [80.0, 80.0]


# ------------------------------------------------ jalur cepat: alasan baris tidak sah


def _alasan(fungsi: Callable[..., Any], *args: Any, **kwargs: Any) -> dict[str, int]:
    with pytest.warns(vektor.BarisTidakSah) as catatan:
        fungsi(*args, **kwargs)
    assert len(catatan) == 1
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    return dict(w.alasan)


def test_penyebut_nol_hanya_beralasan_penyebut() -> None:
    """Realisasi "3 Desa dari 0": satu-satunya yang salah adalah penyebutnya.

    Dulu baris itu juga dihitung "tak hingga atau di luar batas angka" (3 / 0 × 100 = ∞ dari
    hitungan kinerja sendiri), padahal tidak ada masukan yang tak hingga.
    """
    target = [100.0, 100.0, 100.0]
    realisasi = [3.0, 3.0, 3.0]
    alasan = _alasan(vektor.capaian, target, realisasi, penyebut=[12.0, 0.0, -12.0])
    assert alasan == {"penyebut ≤ 0": 2}
    # penyebut sekecil 10⁻³⁰ ditolak ke_desimal (0 < |x| < 10⁻²⁴), bukan "≤ 0"
    alasan = _alasan(vektor.capaian, target[:1], realisasi[:1], penyebut=[1e-30])
    assert list(alasan) == ["tak hingga atau di luar batas angka (|x| >= 1e24, 0 < |x| < 1e-24)"]


# ------------------------------------------------ jalur cepat: pyarrow.Array


def test_pyarrow_array_memberi_pyarrow_array() -> None:
    """``pa.array([...])`` adalah kolom pyarrow yang paling sering dibuat tangan; hasilnya harus
    kolom pyarrow juga (dulu larik numpy), dengan null untuk baris tidak sah."""
    with pytest.warns(vektor.BarisTidakSah):
        c = vektor.capaian(pa.array([10.0, 0.0, None]), pa.array([8.0, 1.0, 1.0]))
    assert isinstance(c, pa.Array)
    assert c.to_pylist() == [80.0, None, None]
    with pytest.warns(vektor.BarisTidakSah):
        s = vektor.serapan(pa.array([100, 0]), pa.array([50, 1]))
    assert isinstance(s, pa.Array)
    assert s.to_pylist() == [50.0, None]
    p = vektor.predikat(pa.array([95.0, 50.0]), "lkj")
    assert isinstance(p, pa.Array)
    assert p.type == pa.dictionary(pa.int8(), pa.string(), ordered=True)
    assert p.to_pylist() == ["Sangat Baik", "Sangat Kurang"]
    # kolom pyarrow berpotongan tetap ChunkedArray
    assert isinstance(vektor.capaian(pa.chunked_array([[10.0]]), [8.0]), pa.ChunkedArray)


# ------------------------------------------------ perintah: -o tanpa --format xlsx


@pytest.mark.parametrize(
    "argumen",
    [
        ["hitung", "--contoh", "kalaena-2024-tw1"],
        ["hitung", "--contoh", "kalaena-2024-tw1", "--format", "csv"],
        ["periksa", "--contoh", "kalaena-2024-tw1"],
        ["contoh", "kalaena-2024-tw1"],
        ["contoh", "kalaena-2024-tw1", "--format", "json"],
    ],
)
def test_keluaran_o_tanpa_xlsx_tidak_diabaikan_diam_diam(
    argumen: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o hasil.txt`` tanpa ``--format xlsx``: dulu diabaikan, keluarannya ke layar dan tidak
    ada berkas yang ditulis. Sekarang galat argumen (status 2) yang menyebut ``-o``."""
    jalur = tmp_path / "hasil.txt"
    status = main([*argumen, "-o", str(jalur)])
    keluar = capsys.readouterr()
    assert status == 2
    assert "-o" in keluar.err + keluar.out  # --format json: galat sebagai JSON di stdout
    assert "Kalaena" not in keluar.out  # laporannya tidak dicetak
    assert not jalur.exists()


# ------------------------------------------------ Excel masuk: rumus tanpa nilai tersimpan


def test_rumus_tanpa_nilai_tersimpan_tidak_menjadi_sel_kosong(tmp_path: Path) -> None:
    """Rumus yang ditulis program (openpyxl, pandas) tidak punya nilai tersimpan: Excel baru
    menghitungnya saat dibuka. Dulu sel itu dibaca kosong — realisasi "tidak dilaporkan" — tanpa
    kabar; sekarang galat yang menyebut lembar dan selnya."""
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(muat_contoh("kalaena-2024-tw1"), jalur)
    buku = openpyxl.load_workbook(jalur)
    assert (buku["Indikator"]["K1"].value, buku["Indikator"]["K3"].value) == ("realisasi.tw1", "7")
    buku["Indikator"]["K3"] = "=3+4"
    buku["Laporan"]["B7"] = "=2020+4"  # periode.tahun
    buku.save(jalur)
    assert buku["Laporan"]["A7"].value == "periode.tahun"
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan(jalur)
    kesalahan = info.value.kesalahan
    assert any(k.startswith("Indikator!K3: ") and "rumus" in k for k in kesalahan), kesalahan
    assert any(k.startswith("Laporan!B7: ") and "rumus" in k for k in kesalahan), kesalahan


def test_rumus_dengan_nilai_tersimpan_tetap_dibaca(tmp_path: Path) -> None:
    """Buku kerja yang disimpan Excel menyimpan hasil rumus (``<v>``): nilai itu yang dibaca."""
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(muat_contoh("kalaena-2024-tw1"), jalur)
    buku = openpyxl.load_workbook(jalur)
    buku["Indikator"]["K3"] = "=3+4"
    buku.save(jalur)
    ganti_xml(jalur, "<f>3+4</f><v />", "<f>3+4</f><v>7</v>")  # seperti yang ditulis Excel
    assert baca_laporan(jalur) == muat_contoh("kalaena-2024-tw1")


# ------------------------------------------------ grafik capaian: capaian negatif


def test_grafik_capaian_negatif_tetap_terlihat() -> None:
    """Polaritas negatif dengan realisasi di atas 2 × target memberi capaian negatif
    ((2 × 3 − 25) / 3 × 100 = −633,33). Dulu sumbu mulai di 0: batang dan labelnya di luar
    gambar, indikator itu hilang tanpa kabar dari grafik padahal ada di tabel."""
    data = tomllib.loads(teks_contoh("kalaena-2024-tw1"))
    ind = data["indikator"][0]
    assert ind["target"]["tw1"] == 3
    ind["polaritas"] = "negatif"
    ind["realisasi"]["tw1"] = 25
    ind.pop("tercetak", None)
    ind.pop("tercetak_lain", None)
    lap = baca_laporan_teks(tomli_w.dumps(data), "toml")
    ax = hitung(lap).gambar("capaian").axes[0]
    harapan = float(Fraction(2 * 3 - 25, 3) * 100)
    lebar = [b.get_width() for b in ax.containers[0]]
    assert lebar[0] == pytest.approx(harapan)
    kiri, kanan = ax.get_xlim()
    assert kiri < harapan < kanan  # batang dan labelnya di dalam gambar
    assert ax.texts[0].get_text() == "-633,33"
    assert kiri <= harapan * 1.1  # ruang untuk label di kiri batang
    # pita terbawah (Sangat Kurang, < 51) juga mencakup daerah negatif
    pita = [p for p in ax.patches if p.get_hatch() == "//"]
    assert min(p.get_x() for p in pita) <= harapan


# ------------------------------------------------ peringatan lewat DataFrame.pipe


@pytest.mark.parametrize("pustaka", ["pandas", "polars"])
def test_peringatan_lewat_pipe_menunjuk_baris_pengguna(pustaka: str) -> None:
    """``df.pipe(vektor.tambah_kolom_kinerja)`` adalah gaya notebook yang lazim. Dulu peringatannya
    menunjuk ke dalam pandas/polars (``pipe``), jadi semua panggilan berbagi satu tempat dan
    penyaring bawaan Python ("default": sekali per tempat) hanya menampilkan yang pertama."""
    data = {"target": [10.0, 0.0], "realisasi": [8.0, 1.0]}
    df = pd.DataFrame(data) if pustaka == "pandas" else pl.DataFrame(data)
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        df.pipe(vektor.tambah_kolom_kinerja)
    assert len(catatan) == 1
    assert catatan[0].filename == __file__


def test_sampai_dengan_kumulasi_berindeks_lain_tidak_dipasangkan_menurut_posisi() -> None:
    """``kumulasi`` per baris sebagai ``Series`` yang urutannya berbeda dari tabel triwulan: dulu
    indikator 'akhir' dijumlahkan (90 + 80 = 170) karena mendapat kumulasi baris lain."""
    tw = pd.DataFrame(
        {"tw1": [90.0, 3.0], "tw2": [80.0, 3.0], "tw3": [np.nan] * 2, "tw4": [np.nan] * 2},
        index=["ik_akhir", "ik_kumulatif"],
    )
    kumulasi = pd.Series(["kumulatif", "akhir"], index=["ik_kumulatif", "ik_akhir"])
    with pytest.raises(InputTidakSah, match="'kumulasi'"):
        vektor.sampai_dengan(tw, kumulasi, 2)
    hasil = vektor.sampai_dengan(tw, kumulasi.reindex(tw.index), 2)
    assert hasil.tolist() == [80.0, 6.0]  # akhir: nilai TW II; kumulatif: 3 + 3


# ------------------------------------------------ grafik triwulan: anggaran kecil


def test_grafik_triwulan_anggaran_kecil_label_sumbu_benar() -> None:
    """Anggaran di bawah beberapa juta Rupiah: tik sumbu (juta Rupiah) berupa pecahan 0,2, 0,4, …
    Dulu labelnya dibulatkan ke bilangan bulat — "0", "0", "0", "1", "1" — sehingga sumbu
    menyebut angka yang salah. Setiap label harus menyatakan nilai tiknya."""
    data = tomllib.loads(teks_contoh("kalaena-2024-tw1"))
    data.pop("tercetak", None)
    for baris in data["anggaran"]:
        baris.pop("tercetak", None)
        baris.pop("tercetak_lain", None)
    satu, dua = data["anggaran"]
    satu.update(pagu="900.000", target={"tw1": "225.000", "tw4": "675.000"},
                realisasi={"tw1": "200.000"})  # fmt: skip
    dua.update(pagu="600.000", target={"tw1": "150.000", "tw4": "450.000"},
               realisasi={"tw1": "100.000"})  # fmt: skip
    fig = hitung(baca_laporan_teks(tomli_w.dumps(data), "toml")).gambar("triwulan")
    ax = fig.axes[0]
    fig.canvas.draw()
    tik = [(t.get_position()[1], t.get_text()) for t in ax.get_yticklabels()]
    label = [teks for _, teks in tik]
    assert max(nilai for nilai, _ in tik) < 2  # juta Rupiah: Σ target setahun 1,5 juta
    assert len(set(label)) == len(label), label
    for nilai, teks in tik:
        assert float(teks.replace(".", "").replace(",", ".")) == pytest.approx(nilai), label


# ------------------------------------------------ agregat_kelompok: kunci bukan nilai tunggal


@pytest.mark.parametrize("isi", [[["a"], ["b"]], [{"a": 1}, {"a": 2}]], ids=["daftar", "struktur"])
@pytest.mark.parametrize("pustaka", ["pandas", "polars", "pyarrow"])
def test_kelompok_berisi_daftar_atau_struktur_galat_kinerja(pustaka: str, isi: list[Any]) -> None:
    """Kolom kelompok berisi daftar/struktur (mis. kolom ``List``/``Struct`` polars): dulu
    ``TypeError: unhashable type`` atau ``ValueError`` numpy mentah dari dalam pandas."""
    data = {"opd": isi, "target": [10.0, 20.0], "realisasi": [8.0, 15.0]}
    df = {"pandas": pd.DataFrame, "polars": pl.DataFrame, "pyarrow": pa.table}[pustaka](data)
    with pytest.raises(TipeTidakSah, match="'opd'"):
        vektor.agregat_kelompok(df, "opd")


@pytest.mark.parametrize("nilai", ["<v/>", "<v></v>"])
def test_rumus_berhasil_teks_kosong_dari_excel_tetap_dibaca(tmp_path: Path, nilai: str) -> None:
    """Excel menyimpan hasil teks kosong (``=IF(B3="";"";B3)`` pada baris yang belum diisi) sebagai
    ``<c t="str"><f>…</f><v/></c>``: nilai tersimpan yang kosong, bukan rumus belum dihitung."""
    jalur = tmp_path / "isian.xlsx"
    tulis_laporan(muat_contoh("kalaena-2024-tw1"), jalur)
    buku = openpyxl.load_workbook(jalur)
    buku["Indikator"]["K3"] = "=3+4"
    buku.save(jalur)
    ganti_xml(jalur, "<f>3+4</f><v />", f"<f>3+4</f>{nilai}")
    ganti_xml(jalur, '<c r="K3" s="2">', '<c r="K3" s="2" t="str">')
    hasil = baca_laporan(jalur)  # realisasi TW I indikator ke-2 kini kosong: tidak dilaporkan
    assert hasil.indikator[1].realisasi.tw1 is None
    assert hasil.indikator[0] == muat_contoh("kalaena-2024-tw1").indikator[0]


def test_rumus_tanpa_nilai_di_kolom_dua_huruf(tmp_path: Path) -> None:
    """Alamat sel dari XML: AB = 26 + 2 = kolom ke-28."""
    from kinerja.laporan.excel_rumus import rumus_tanpa_nilai

    jalur = tmp_path / "buku.xlsx"
    buku = openpyxl.Workbook()
    buku.active["AB12"] = "=1+1"  # type: ignore[index]
    buku.save(jalur)
    sel = rumus_tanpa_nilai(jalur)
    assert [set(s) for s in sel.values()] == [{(12, 28)}]
