"""Excel masuk: buku kerja isian → Laporan lewat jalur struktur yang sama dengan TOML/JSON."""

from __future__ import annotations

import contextlib
import datetime
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.cli import main
from kinerja.galat import BerkasTidakSah, KinerjaError
from kinerja.laporan.baris import BarisAnggaran, BarisIndikator, NilaiTriwulan
from kinerja.laporan.batas_berkas import BatasBerkas
from kinerja.laporan.berkas import baca_laporan, baca_laporan_teks, tulis_laporan
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.desa import KetepatanDokumenDesa, TanggalDokumenDesa
from kinerja.laporan.excel_masuk import nilai_sel
from kinerja.laporan.model import Laporan, Unit
from kinerja.laporan.periksa import periksa
from kinerja.laporan.tabel import hitung
from kinerja.periode import Periode
from tests.xlsx_mentah import ganti_xml


def _tulis(tmp_path: Path, laporan: Laporan, nama: str = "isian.xlsx") -> Path:
    jalur = tmp_path / nama
    tulis_laporan(laporan, jalur)
    return jalur


def _ubah(jalur: Path, lembar: str, kolom: str, baris: int, nilai: Any) -> str:
    """Isi sel di kolom berkunci ``kolom`` (baris 1) pada ``baris``; kembalikan alamat selnya."""
    buku = openpyxl.load_workbook(jalur)
    ws = buku[lembar]
    kepala = [c.value for c in ws[1]]
    j = kepala.index(kolom) + 1 if kolom in kepala else len(kepala) + 1
    if kolom not in kepala:
        ws.cell(row=1, column=j, value=kolom)
    sel = ws.cell(row=baris, column=j)
    sel.value = nilai  # ws.cell(value=None) tidak mengosongkan sel
    buku.save(jalur)
    return f"{lembar}!{sel.coordinate}"


def _galat(jalur: Path) -> BerkasTidakSah:
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan(jalur)
    return info.value


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_bolak_balik_toml_dan_xlsx_sama(tmp_path: Path, nama: str) -> None:
    dari_toml = baca_laporan_teks(teks_contoh(nama), "toml")
    dari_xlsx = baca_laporan(_tulis(tmp_path, dari_toml))
    assert dari_xlsx == dari_toml
    assert periksa(dari_xlsx) == periksa(dari_toml)
    assert [s.ke_data() for s in hitung(dari_xlsx).sajian()] == [
        s.ke_data() for s in hitung(dari_toml).sajian()
    ]


def test_angka_tercetak_disimpan_sebagai_teks_seperti_ditulis(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_tulis(tmp_path, muat_contoh("kalaena-2024-tw1")))["Anggaran"]
    kepala = [c.value for c in ws[1]]
    sel = ws.cell(row=2, column=kepala.index("tercetak.capaian_keuangan") + 1)
    assert (sel.value, sel.data_type) == ("99,22", "s")  # slip Kalaena (DOMAIN): tetap 99,22


def test_validasi_data_polaritas_dan_kumulasi(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_tulis(tmp_path, muat_contoh("klakah-2024-tw4")))["Indikator"]
    kepala = [c.value for c in ws[1]]
    rumus = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.showErrorMessage  # tanpa ini Excel tidak memperingatkan apa pun
        for rentang in dv.sqref.ranges:
            rumus[kepala[rentang.min_col - 1]] = dv.formula1
    assert rumus["polaritas"] == '"positif,negatif"'
    assert rumus["kumulasi"] == '"kumulatif,akhir,rata-rata"'


def test_cli_contoh_xlsx_lalu_periksa_sama_dengan_toml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jalur = tmp_path / "contoh.xlsx"
    assert main(["contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o", str(jalur)]) == 0
    capsys.readouterr()
    assert main(["periksa", str(jalur)]) == 1
    dari_xlsx = capsys.readouterr().out
    assert main(["periksa", "--contoh", "kalaena-2024-tw1"]) == 1
    assert dari_xlsx == capsys.readouterr().out
    assert main(["hitung", str(jalur), "--format", "json"]) == 0
    hitung_xlsx = capsys.readouterr().out
    assert main(["hitung", "--contoh", "kalaena-2024-tw1", "--format", "json"]) == 0
    assert hitung_xlsx == capsys.readouterr().out


def test_sel_buruk_disebut_lembar_dan_selnya(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    sel = _ubah(jalur, "Indikator", "realisasi.tw1", 3, "tujuh")
    galat = _galat(jalur)
    assert sel == "Indikator!K3"
    assert any(k.startswith("Indikator!K3: indikator ke-2") for k in galat.kesalahan), galat


def test_kolom_tidak_dikenal_dan_isian_wajib(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    sel_asing = _ubah(jalur, "Indikator", "satuann", 2, "Dokumen")
    sel_nama = _ubah(jalur, "Anggaran", "uraian", 3, None)
    kesalahan = _galat(jalur).kesalahan
    assert any(k.startswith(f"{sel_asing}: ") and "satuan" in k for k in kesalahan), kesalahan
    assert any(k.startswith(f"{sel_nama}: ") and "wajib" in k for k in kesalahan), kesalahan


def test_lembar_tidak_dikenal(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    buku = openpyxl.load_workbook(jalur)
    buku.create_sheet("Catatan")["A1"] = "x"
    buku.save(jalur)
    assert "lembar tidak dikenal 'Catatan'" in str(_galat(jalur))


def test_sel_angka_float(tmp_path: Path) -> None:
    """Keputusan: float dibaca lewat repr terpendek (≤ 15 digit); lebih panjang ditolak."""
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    _ubah(jalur, "Indikator", "target_tahunan", 2, 12.0)  # bulat tepat
    _ubah(jalur, "Indikator", "target_tahunan", 3, 14.5)
    lap = baca_laporan(jalur)
    assert lap.indikator[0].target_tahunan == 12
    assert str(lap.indikator[1].target_tahunan) == "14.5"
    _ubah(jalur, "Anggaran", "pagu", 2, 95.45)
    assert baca_laporan(jalur).anggaran[0].pagu == Decimal("95.45")  # bukan 95.4500000000000028…
    # Excel menulis float dengan 17 digit (openpyxl memendekkannya): tulis XML-nya langsung
    sel = _ubah(jalur, "Anggaran", "pagu", 3, 0.25)
    ganti_xml(jalur, "<v>0.25</v>", f"<v>{0.1 + 0.2!r}</v>")  # 0.30000000000000004
    galat = _galat(jalur)
    assert any(k.startswith(f"{sel}: ") and "15 digit" in k for k in galat.kesalahan), galat


def test_nilai_sel_float() -> None:
    assert nilai_sel(95.45) == Decimal("95.45")
    assert nilai_sel(-3.0) == -3
    assert nilai_sel(1e20) == Decimal("1E+20")
    for buruk in (0.1 + 0.2, float("nan"), float("inf")):
        with pytest.raises(KinerjaError):
            nilai_sel(buruk)


def test_tanggal_dan_teks_berawalan_sama_dengan(tmp_path: Path) -> None:
    lap = Laporan(
        Unit("Camat", "Kecamatan X"),
        Periode(2024, 4),
        indikator=[
            BarisIndikator(nama="=A1+1", target=NilaiTriwulan(1), realisasi=NilaiTriwulan(1))
        ],
        anggaran=[BarisAnggaran(uraian="Belanja", pagu=Decimal("1000.5"))],
        dokumen_desa=KetepatanDokumenDesa(
            2024, desa=[TanggalDokumenDesa("Klakah", rkpdes=datetime.date(2023, 9, 28))]
        ),
    )
    jalur = _tulis(tmp_path, lap)
    assert baca_laporan(jalur) == lap
    sel = _ubah(jalur, "Dokumen desa", "apbdes", 2, datetime.datetime(2023, 12, 30, 10, 5))
    assert any(k.startswith(f"{sel}: ") and "tanpa jam" in k for k in _galat(jalur).kesalahan)


def test_bukan_xlsx_dan_berkas_tidak_ada(tmp_path: Path) -> None:
    palsu = tmp_path / "palsu.xlsx"
    palsu.write_text("bukan zip", encoding="utf-8")
    assert "bukan buku kerja" in str(_galat(palsu))
    assert "tidak ditemukan" in str(_galat(tmp_path / "tidak-ada.xlsx"))


def _baca_batas(jalur: Path, **batas: Any) -> str:
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan(jalur, batas=BatasBerkas(**batas))
    return str(info.value)


def test_batas_ukuran_terurai_zip_bomb(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    with zipfile.ZipFile(jalur, "a", compression=zipfile.ZIP_DEFLATED) as arsip:
        arsip.writestr("xl/bom.bin", b"\0" * 5_000_000)  # terkompresi hanya ±5 kB
    assert jalur.stat().st_size < 100_000
    assert "terurai" in _baca_batas(jalur, ukuran_bait=100_000)


def test_batas_ukuran_dan_baris(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("klakah-2024-tw4"))
    assert "lebih dari batas 1000 bait" in _baca_batas(jalur, ukuran_bait=1000)
    assert "batas 5 baris" in _baca_batas(jalur, jumlah_baris=5)


def test_baris_kosong_dilewati(tmp_path: Path) -> None:
    lap = muat_contoh("kalaena-2024-tw1")
    jalur = _tulis(tmp_path, lap)
    buku = openpyxl.load_workbook(jalur)
    buku["Indikator"].insert_rows(3)  # baris kosong di antara dua indikator
    buku.save(jalur)
    assert baca_laporan(jalur) == lap


def test_extra_excel_memasang_defusedxml() -> None:
    # openpyxl memakai defusedxml (melawan billion laughs) hanya bila terpasang: extra excel
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_xml_lembar_rusak(tmp_path: Path) -> None:
    # openpyxl read_only mengurai XML lembar saat baris dibaca, sesudah load_workbook berhasil
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    ganti_xml(jalur, "<sheetData>", "<sheetData><<<")
    assert "isi lembar rusak" in str(_galat(jalur))


def test_daftar_diisi_dua_kali(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    buku = openpyxl.load_workbook(jalur)
    buku["Laporan"].append(["indikator.1.nama", "X"])
    buku.save(jalur)
    assert "juga diisi di lembar lain" in str(_galat(jalur))


_SEL_SAMPAH = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1), max_value=datetime.datetime(2100, 1, 1)),
    st.sampled_from(["=1/0", "#DIV/0!", "1.780.578.508", "95,45", "√√-", "positif", "-"]),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lembar=st.sampled_from(["Laporan", "Indikator", "Anggaran"]),
    baris=st.integers(1, 4),
    kolom=st.integers(1, 30),
    nilai=_SEL_SAMPAH,
)
def test_sel_sampah_hanya_galat_pustaka(
    tmp_path: Path, lembar: str, baris: int, kolom: int, nilai: Any
) -> None:
    jalur = tmp_path / "sampah.xlsx"
    buku = _BUKU_KALAENA(tmp_path)
    buku[lembar].cell(row=baris, column=kolom).value = nilai
    buku.save(jalur)
    with contextlib.suppress(BerkasTidakSah):  # sah: galat pustaka yang menyebut tempatnya
        baca_laporan(jalur)


def _BUKU_KALAENA(tmp_path: Path) -> Any:
    jalur = tmp_path / "asal.xlsx"
    if not jalur.exists():
        tulis_laporan(muat_contoh("kalaena-2024-tw1"), jalur)
    return openpyxl.load_workbook(jalur)


def test_tidak_ada_isi_yang_diabaikan_diam_diam(tmp_path: Path) -> None:
    jalur = _tulis(tmp_path, muat_contoh("klakah-2024-tw4"))
    buku = openpyxl.load_workbook(jalur)
    buku["Laporan"]["C3"] = "catatan"  # di luar kolom kunci/nilai
    buku["Desa fasilitasi"]["B1"] = "kode"
    buku["Desa fasilitasi"]["B2"] = "01"
    buku.save(jalur)
    kesalahan = _galat(jalur).kesalahan
    assert any(k.startswith("Laporan!C3: ") for k in kesalahan), kesalahan
    assert any(k.startswith("Desa fasilitasi!B2: kolom 'kode'") for k in kesalahan), kesalahan


def test_lembar_laporan_tanpa_kepala_tetap_dibaca(tmp_path: Path) -> None:
    lap = muat_contoh("kalaena-2024-tw1")
    jalur = _tulis(tmp_path, lap)
    buku = openpyxl.load_workbook(jalur)
    buku["Laporan"].delete_rows(1, 2)  # tanpa kepala dan "skala": baris 1 kini unit.nama
    buku.save(jalur)
    assert baca_laporan(jalur) == lap


def test_buku_kerja_hasil_bukan_isian(tmp_path: Path) -> None:
    jalur = tmp_path / "hasil.xlsx"
    hitung(muat_contoh("kalaena-2024-tw1")).ke_excel(jalur)
    assert "bukan laporan isian" in str(_galat(jalur))


def test_isian_minimal_hanya_lembar_laporan(tmp_path: Path) -> None:
    buku = openpyxl.Workbook()
    ws = buku.active
    assert ws is not None
    ws.title = "Laporan"
    for baris in (
        ("unit.nama", "Camat"),
        ("unit.instansi", "Kecamatan X"),
        ("periode.tahun", 2024),
    ):
        ws.append(baris)
    jalur = tmp_path / "minimal.xlsx"
    buku.save(jalur)
    assert baca_laporan(jalur) == Laporan(Unit("Camat", "Kecamatan X"), Periode(2024))


def test_judul_di_atas_kepala_kolom_diberi_petunjuk(tmp_path: Path) -> None:
    """Judul tabel yang disisipkan di atas kepala kolom: galat pertama menyebut sebabnya."""
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    buku = openpyxl.load_workbook(jalur)
    buku["Indikator"].insert_rows(1)
    buku["Indikator"]["A1"] = "Tabel 3.1 Capaian Indikator Kinerja TW I"
    buku.save(jalur)
    galat = _galat(jalur)
    pertama = galat.kesalahan[0]
    assert pertama.startswith("lembar 'Indikator': ")
    assert "kunci kolom dibaca dari baris 1 ('Tabel 3.1 Capaian Indikator Kinerja TW I')" in pertama
    assert "hapus judul atau catatan di atasnya" in pertama
    sel_tanpa_kunci = [k for k in galat.kesalahan if k.endswith(": kolom tanpa kunci")]
    assert f"{len(sel_tanpa_kunci)} sel berisi di kolom tanpa kunci" in pertama
    assert sel_tanpa_kunci[0].startswith("Indikator!B2")  # kepala asli kini data baris 2
    assert str(galat).startswith(f"{jalur}: {len(galat.kesalahan)} kesalahan: lembar 'Indikator'")


def test_catatan_di_kolom_tanpa_kunci_tanpa_petunjuk_judul(tmp_path: Path) -> None:
    """Kepala kolom yang benar dengan satu catatan di kolom tanpa kunci: cukup galat selnya,
    tanpa nasihat menghapus judul yang tidak ada."""
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    sel = _ubah(jalur, "Indikator", "", 2, "isi liar")
    galat = _galat(jalur)
    assert galat.kesalahan == (f"{sel}: kolom tanpa kunci",)


def test_galat_aturan_baris_menyebut_sel_isiannya(tmp_path: Path) -> None:
    """Pagu negatif ditolak aturan baris anggaran; galatnya menyebut sel pagu, bukan barisnya."""
    jalur = _tulis(tmp_path, muat_contoh("kalaena-2024-tw1"))
    sel = _ubah(jalur, "Anggaran", "pagu", 2, "-5")
    galat = _galat(jalur)
    assert len(galat.kesalahan) == 1
    assert galat.kesalahan[0].startswith(f"{sel}: anggaran ke-1 ")
    assert "'pagu' harus >= 0" in galat.kesalahan[0]
