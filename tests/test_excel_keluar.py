"""Excel keluar: tabel laporan sebagai lembar dengan sel angka nyata (extra ``excel``).

Nilai harapan dari DOMAIN.md/laporan (Kalaena TW I 2024: capaian 100 dan 50, capaian keuangan
agregat 4.823.000 / 10.452.500) dan rujukan ``Fraction``, bukan dari kode yang diuji.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kinerja.cli import main
from kinerja.galat import BerkasTidakSah, ExtraTidakTerpasang, InputTidakSah
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.excel_keluar import muat_openpyxl
from kinerja.laporan.periksa import periksa
from kinerja.laporan.sajian import Kolom, Sajian
from kinerja.laporan.tabel import hitung
from kinerja.urai_angka import baca_angka


def _buku(tmp_path: Path, nama: str = "kalaena-2024-tw1") -> Any:
    jalur = tmp_path / "laporan.xlsx"
    hitung(muat_contoh(nama)).ke_excel(jalur)
    return openpyxl.load_workbook(jalur)


def _kolom(ws: Any, judul: str) -> list[Any]:
    """Sel di bawah kepala kolom ``judul`` (kepala di baris 2), sampai baris kosong."""
    kepala = [c.value for c in ws[2]]
    j = kepala.index(judul) + 1
    hasil = []
    for i in range(3, ws.max_row + 1):
        if (
            all(c.value is None for c in ws[i])
            or str(ws.cell(row=i, column=1).value or "")[:1] == "*"
        ):
            break
        hasil.append(ws.cell(row=i, column=j))
    return hasil


def test_lembar_per_tabel_bernama_id(tmp_path: Path) -> None:
    buku = _buku(tmp_path, "klakah-2024-tw4")
    assert buku.sheetnames == [
        "capaian", "keuangan", "cost_per_outcome", "pohon", "ringkasan", "temuan", "nilai_tepat",
    ]  # fmt: skip


def test_lembar_mengikuti_daftar_tabel_yang_sama(tmp_path: Path) -> None:
    # tabel baru di sajian_bernama otomatis menjadi lembar: tidak ada daftar kedua
    for nama in CONTOH:
        hasil = hitung(muat_contoh(nama))
        jalur = tmp_path / f"{nama}.xlsx"
        hasil.ke_excel(jalur, temuan=False)
        lembar = openpyxl.load_workbook(jalur).sheetnames
        assert lembar == [n.replace("-", "_") for n, _ in hasil.sajian_bernama()] + ["nilai_tepat"]


def test_capaian_adalah_sel_angka_persen_dua_desimal(tmp_path: Path) -> None:
    ws = _buku(tmp_path)["capaian"]
    sel = _kolom(ws, "Capaian (%)")
    assert [c.value for c in sel] == [100, 50]  # DOMAIN: 3/3 dan 7/14
    assert all(c.data_type == "n" and c.number_format == "0.00" for c in sel)


def test_agregat_keuangan_dan_rupiah(tmp_path: Path) -> None:
    buku = _buku(tmp_path)
    ringkasan = {
        ws_baris[0].value: ws_baris[1] for ws_baris in buku["ringkasan"].iter_rows(min_row=3)
    }
    agregat = next(v for k, v in ringkasan.items() if k and "keuangan agregat" in k.lower())
    rujukan = Fraction(4_823_000, 10_452_500) * 100
    assert agregat.data_type == "n"
    assert agregat.value == pytest.approx(float(rujukan), rel=1e-15)
    pagu = _kolom(buku["keuangan"], "Pagu")
    assert [c.value for c in pagu][:2] == [22_571_000, 11_857_500]
    assert all(c.number_format == "#,##0" for c in pagu)


def test_pohon_berindentasi_sel_bukan_spasi(tmp_path: Path) -> None:
    ws = _buku(tmp_path, "klakah-2024-tw4")["pohon"]
    kode = [c for c in _kolom(ws, "Kode") if c.value]
    teks = [str(c.value) for c in kode]
    assert all(t == t.strip() for t in teks)
    # rujukan metamorfik: kedalaman = banyaknya kode lain di kolom yang menjadi awalannya
    for c in kode:
        leluhur = sum(1 for t in teks if str(c.value).startswith(t + "."))
        assert (c.alignment.indent or 0) == leluhur, c.value
    assert max(c.alignment.indent for c in kode) >= 2


def test_temuan_periksa_di_lembar_sendiri(tmp_path: Path) -> None:
    ws = _buku(tmp_path)["temuan"]
    baris = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    # docs/periksa: enam temuan Kalaena TW I 2024, tiga akibat perselisihan target (1a–1c)
    assert [r[0] for r in baris] == ["1", "1a", "1b", "1c", "2", "3", "4", "5", "6"]
    keuangan = next(r for r in baris if r[3] == "capaian keuangan")
    # dihitung dibulatkan ke ketelitian cetak (docs/periksa.md): 99,33
    assert keuangan[4:6] == (99.22, float(round(Fraction(4_453_500, 4_483_500) * 100, 2)))


def test_nilai_tepat_untuk_setiap_sel_yang_dibulatkan_float(tmp_path: Path) -> None:
    hasil = hitung(muat_contoh("klakah-2024-tw4"))
    jalur = tmp_path / "tepat.xlsx"
    hasil.ke_excel(jalur, temuan=False)
    buku = openpyxl.load_workbook(jalur)
    tepat = {
        (lembar, sel): teks
        for lembar, sel, teks in buku["nilai_tepat"].iter_rows(min_row=3, values_only=True)
    }
    tercatat = tak_tercatat = 0
    for nama, sajian in hasil.sajian_bernama():
        ws = buku[nama.replace("-", "_")]
        for i, baris in enumerate(sajian.baris, start=3):
            for j, nilai in enumerate(baris, start=1):
                if not isinstance(nilai, Decimal):
                    continue
                sel = ws.cell(row=i, column=j)
                assert sel.data_type == "n"
                assert isinstance(sel.value, (int, float))
                if (nama.replace("-", "_"), sel.coordinate) in tepat:
                    teks = tepat[nama.replace("-", "_"), sel.coordinate]
                    assert baca_angka(str(teks)) == nilai  # nilai tepat utuh, sebagai teks
                    assert Decimal(sel.value) != nilai  # sel memang tidak memuatnya persis
                    assert sel.value == pytest.approx(float(nilai), rel=1e-15)
                    tercatat += 1
                else:
                    assert Decimal(sel.value) == nilai  # tidak tercatat: sel memuatnya persis
                    tak_tercatat += 1
    assert tercatat == len(tepat)
    assert tercatat > 0
    assert tak_tercatat > 0


def test_cli_hitung_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jalur = tmp_path / "keluar.xlsx"
    assert main(["hitung", "--contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o",
                 str(jalur)]) == 0  # fmt: skip
    assert "capaian" in openpyxl.load_workbook(jalur).sheetnames
    assert main(["hitung", "--format", "xlsx"]) == 2
    assert "-o" in capsys.readouterr().err


def test_cli_periksa_xlsx_status_temuan(tmp_path: Path) -> None:
    jalur = tmp_path / "periksa.xlsx"
    status = main(["periksa", "--contoh", "kalaena-2024-tw1", "--format", "xlsx", "-o",
                   str(jalur)])  # fmt: skip
    assert status == 1
    ws = openpyxl.load_workbook(jalur)["temuan"]
    semua = periksa(muat_contoh("kalaena-2024-tw1"))
    assert ws.max_row - 2 == sum(t.jumlah for t in semua)  # temuan dan akibatnya


def test_folder_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(BerkasTidakSah, match="tidak bisa ditulis"):
        hitung(muat_contoh("kalaena-2024-tw1")).ke_excel(tmp_path / "tak" / "ada.xlsx")


def test_tanpa_extra_excel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # impor openpyxl gagal
    with pytest.raises(ExtraTidakTerpasang, match=r"kinerja\[excel\]"):
        muat_openpyxl()
    with pytest.raises(ExtraTidakTerpasang):
        hitung(muat_contoh("kalaena-2024-tw1")).ke_excel(tmp_path / "x.xlsx")


def test_inti_tidak_memuat_openpyxl_dan_matplotlib() -> None:
    # hitung, periksa dan berkas TOML/JSON tidak mengimpor dependensi opsional Excel/grafik
    kode = (
        "import sys, kinerja; from kinerja import hitung, periksa, muat_contoh; "
        "hitung(muat_contoh('klakah-2024-tw4')); periksa(muat_contoh('kalaena-2024-tw1')); "
        "print(sorted(m for m in ('openpyxl', 'matplotlib') if m in sys.modules))"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert keluaran == "[]"


def test_karakter_kendali_galat_pustaka(tmp_path: Path) -> None:
    # Excel tidak bisa menyimpan karakter kendali; galatnya menyebut sel dan teksnya
    hasil = hitung(muat_contoh("kalaena-2024-tw1"))
    sajian = Sajian("Uji", (Kolom("Uraian"),), (("a\x01b",),))
    with pytest.raises(InputTidakSah, match=r"uji!A3: teks 'a\\x01b' memuat karakter kendali"):
        tulis_tabel_uji(hasil, sajian, tmp_path / "kendali.xlsx")


def tulis_tabel_uji(hasil: Any, sajian: Sajian, jalur: Path) -> None:
    """Tulis satu sajian sembarang lewat penulis yang sama (tabel laporan tidak memuat kendali)."""
    from kinerja.laporan import excel_keluar

    penulis = excel_keluar._Penulis()
    penulis.tabel("uji", sajian)
    penulis.buku.save(jalur)


def test_bilangan_bulat_tabel_lain_menjadi_sel_angka(tmp_path: Path) -> None:
    # tabel yang ditambahkan helper lain (mis. riwayat per tahun) boleh berisi int
    sajian = Sajian(
        "Riwayat", (Kolom("Tahun", "angka"), Kolom("Nilai", "persen")), ((2024, Decimal("7.5")),)
    )
    jalur = tmp_path / "int.xlsx"
    tulis_tabel_uji(None, sajian, jalur)
    ws = openpyxl.load_workbook(jalur)["uji"]
    assert (ws["A3"].value, ws["A3"].data_type) == (2024, "n")
    assert (ws["B3"].value, ws["B3"].number_format) == (7.5, "0.00")


def test_cli_tabel_tidak_bersama_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argumen = ["hitung", "--tabel", "pohon", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]
    assert main(argumen) == 2
    assert "--tabel tidak dipakai bersama" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
