"""Isu 8 (kokoh-masukan): setiap titik masuk memvalidasi masukannya dengan galat yang jelas.

Cacat 7 (dokumen desa), 9 (teks di tempat enum), 11 (skala predikat terdaftar) dan 13 (galat
yang ditemui orang saat menulis berkas laporan).
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import kinerja
from kinerja import (
    SKALA,
    SKALA_AKIP,
    BerkasTidakSah,
    DokumenDesa,
    InputTidakSah,
    KetepatanDokumenDesa,
    KinerjaError,
    Kumulasi,
    Laporan,
    Periode,
    Polaritas,
    RumusNegatif,
    SkalaPredikat,
    TanggalDokumenDesa,
    TipeTidakSah,
    Triwulan,
    Unit,
    capaian,
    cuti_bersama_tersedia,
    hitung,
    sampai_dengan,
)
from kinerja.hari_kerja import nama_libur
from kinerja.laporan.berkas import baca_laporan, baca_laporan_teks, ke_data, tulis_laporan_teks

UNIT = Unit(nama="Kepala Seksi Pemerintahan", instansi="Kecamatan Klakah")


# --- cacat 7: dokumen desa ----------------------------------------------------------------


def test_desa_berupa_nama_polos_ditolak_dengan_galat_jelas() -> None:
    with pytest.raises(TipeTidakSah, match=r"desa\[0\].*'Klakah'.*tanggal"):
        KetepatanDokumenDesa(2024, desa=["Klakah"])


def test_hitung_dengan_tanggal_per_desa() -> None:
    # Klakah: RKPDes tepat (30-09), APBDes terlambat (2024-01-02), LPPDes tidak ditetapkan
    dok = KetepatanDokumenDesa(
        2024,
        desa=[
            TanggalDokumenDesa("Klakah", datetime.date(2023, 9, 30), datetime.date(2024, 1, 2)),
        ],
    )
    lap = Laporan(unit=UNIT, periode=Periode(2024), dokumen_desa=dok)
    hasil = hitung(lap)
    # 1 dokumen tepat dari 1 desa × 3 dokumen = 33,33…
    assert kinerja.bulatkan(hasil.ringkasan.persentase_dokumen_desa or 0) == Decimal("33.33")


def test_kunci_tepat_ganda_ditolak() -> None:
    with pytest.raises(InputTidakSah, match=r"APBDes.*lebih dari sekali"):
        KetepatanDokumenDesa(
            2024,
            jumlah_desa=12,
            tepat={"RKPDes": 12, "apbdes": 3, "APBDes": 12, "LPPDes": 12},
        )


def test_tepat_bersama_desa_ditolak_bukan_diabaikan() -> None:
    with pytest.raises(InputTidakSah, match="salah satu"):
        KetepatanDokumenDesa(
            2024,
            desa=[TanggalDokumenDesa("Klakah")],
            jumlah_desa=12,
            tepat={"RKPDes": 12, "APBDes": 12, "LPPDes": 12},
        )


def test_nama_desa_ganda_ditolak() -> None:
    with pytest.raises(InputTidakSah, match=r"(?i)klakah.*dua kali"):
        KetepatanDokumenDesa(
            2024, desa=[TanggalDokumenDesa("Klakah"), TanggalDokumenDesa("klakah")]
        )


def test_nama_lama_tidak_lagi_diekspor() -> None:
    assert "DesaDokumen" not in kinerja.__all__
    assert "DokumenDesaLaporan" not in kinerja.__all__
    assert {"TanggalDokumenDesa", "KetepatanDokumenDesa", "DokumenDesa"} <= set(kinerja.__all__)
    assert kinerja.__all__ == sorted(set(kinerja.__all__))  # urutan stub: test_impor_malas


AWAL = """\
[unit]
nama = "Kepala Seksi Pemerintahan"
instansi = "Kecamatan Klakah"

[periode]
tahun = 2024
triwulan = 4
"""


def _galat_berkas(tmp_path: Path, isi: str) -> str:
    jalur = tmp_path / "laporan.toml"
    jalur.write_text(AWAL + isi, encoding="utf-8")
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan(jalur)
    pesan = str(info.value)
    assert "Error" not in pesan, pesan
    assert "is not a valid" not in pesan, pesan
    return pesan


def test_berkas_desa_nama_polos(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[dokumen_desa]\ntahun_anggaran = 2024\ndesa = ["Klakah"]\n')
    assert "'Klakah'" in pesan
    assert "rkpdes" in pesan
    assert "jumlah_desa" in pesan


def test_berkas_kunci_tepat_ganda(tmp_path: Path) -> None:
    pesan = _galat_berkas(
        tmp_path,
        "[dokumen_desa]\ntahun_anggaran = 2024\njumlah_desa = 12\n"
        "tepat = { RKPDes = 12, apbdes = 3, APBDes = 12, LPPDes = 12 }\n",
    )
    assert "lebih dari sekali" in pesan


def test_kalender_menolak_tipe_salah() -> None:
    with pytest.raises(TipeTidakSah, match="tahun"):
        cuti_bersama_tersedia([2024])  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match="tanggal"):
        nama_libur("2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match="tanggal"):
        nama_libur(datetime.datetime(2024, 1, 1, 8))
    assert nama_libur(datetime.date(2024, 1, 1)) is not None  # Tahun Baru


# --- cacat 9: teks di tempat enum ---------------------------------------------------------


def test_capaian_menerima_label_polaritas() -> None:
    # DOMAIN: negatif, rumus selisih: (2·10 − 8)/10 × 100 = 120; rasio 10/8 × 100 = 125
    assert capaian(10, 8, polaritas="negatif") == 120
    assert capaian(10, 8, polaritas="Negatif") == 120
    assert capaian(10, 8, polaritas="negatif", rumus_negatif="rasio") == 125
    assert capaian(Decimal(10), Decimal(8), polaritas="positif") == 80


def test_capaian_label_salah_menyebut_pilihan() -> None:
    with pytest.raises(InputTidakSah, match=r"positif.*negatif.*positip.*maksud"):
        capaian(10, 8, polaritas="positip")
    with pytest.raises(TipeTidakSah, match="polaritas"):
        capaian(10, 8, polaritas=1)  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah, match=r"selisih.*rasio"):
        capaian(10, 8, polaritas="negatif", rumus_negatif="bagi")


def test_sampai_dengan_menerima_label_kumulasi() -> None:
    # Klakah 2024: 37,84 + 17 + 10,7 + 29,63 = 95,17
    nilai = ["37,84", 17, "10,7", "29,63"]
    assert sampai_dengan(nilai, "kumulatif", 4) == Decimal("95.17")  # type: ignore[arg-type]
    assert sampai_dengan([3, None, 5], "rata_rata", 3) == 4
    assert sampai_dengan([3, None, 5], "Rata-Rata", 3) == 4


@pytest.mark.parametrize(
    ("enum", "label", "diharapkan"),
    [
        (Polaritas, "NEGATIF", Polaritas.NEGATIF),
        (Kumulasi, "rata rata", Kumulasi.RATA_RATA),
        (Kumulasi, "Rata_Rata", Kumulasi.RATA_RATA),
        (DokumenDesa, "LPPDES", DokumenDesa.LPPDES),
        (RumusNegatif, "Rasio", RumusNegatif.RASIO),
    ],
)
def test_satu_konverter_per_enum(enum: type, label: str, diharapkan: object) -> None:
    assert enum.dari(label) is diharapkan  # type: ignore[attr-defined]


@pytest.mark.parametrize("enum", [Polaritas, Kumulasi, DokumenDesa, RumusNegatif, Triwulan])
def test_konverter_enum_tipe_salah(enum: type) -> None:
    with pytest.raises(TipeTidakSah):
        enum.dari(object())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "panggil",
    [
        lambda: kinerja.Indikator("  ", "Dokumen"),
        lambda: kinerja.Pita(" "),
        lambda: kinerja.RekapFasilitasi(desa=["A", " "], centang={"x": [True, True]}),
        lambda: kinerja.RekapFasilitasi(desa=["A"], centang={" ": [True]}),
        lambda: kinerja.Unit(nama="", instansi="X"),
    ],
)
def test_teks_kosong_ditolak_dengan_satu_pesan(panggil: object) -> None:
    with pytest.raises(InputTidakSah, match="tidak boleh kosong"):
        panggil()  # type: ignore[operator]


@pytest.mark.parametrize(
    "panggil",
    [
        lambda: sampai_dengan("1234", Kumulasi.AKHIR, 4),
        lambda: kinerja.Indikator("A", target_triwulan="1234"),
        lambda: SkalaPredikat("x", "AB"),
        lambda: SkalaPredikat.dari_ambang("x", "5", ["a", "b"]),
        lambda: kinerja.RekapFasilitasi(desa="AB", centang={}),
        lambda: KetepatanDokumenDesa(2024, desa="Klakah"),
        lambda: Laporan(unit=UNIT, periode=Periode(2024), indikator="abc"),  # type: ignore[arg-type]
        lambda: kinerja.KodeRekening(b"7.01"),
        lambda: kinerja.KodeRekening({"7": "01"}),
        lambda: kinerja.rata_rata_capaian("90"),
        lambda: kinerja.rata_rata_capaian({"90": 1}),  # dict: iterasinya hanya kunci
        lambda: kinerja.capaian_agregat(target="12", realisasi=[1, 2]),
        lambda: kinerja.serapan_total({"a": kinerja.Anggaran(1, 1)}),  # type: ignore[dict-item]
    ],
)
def test_urutan_bukan_teks_dengan_satu_pesan(panggil: object) -> None:
    with pytest.raises(TipeTidakSah, match=r"daftar.*bukan teks"):
        panggil()  # type: ignore[operator]


def test_berkas_label_enum_tak_peka_huruf(tmp_path: Path) -> None:
    jalur = tmp_path / "laporan.toml"
    jalur.write_text(
        AWAL
        + '[[indikator]]\nnama = "Angka aduan"\npolaritas = "Negatif"\nkumulasi = "rata_rata"\n',
        encoding="utf-8",
    )
    ind = baca_laporan(jalur).indikator[0]
    assert (ind.polaritas, ind.kumulasi) == (Polaritas.NEGATIF, Kumulasi.RATA_RATA)


# --- cacat 11: skala predikat ------------------------------------------------------------


def test_skala_baca_saja() -> None:
    with pytest.raises(TypeError):
        SKALA["baru"] = SKALA_AKIP  # type: ignore[index]
    assert kinerja.skala("akip") is SKALA_AKIP


def test_skala_nama_tak_dikenal_menyarankan() -> None:
    with pytest.raises(InputTidakSah, match="akip"):
        kinerja.skala("akipp")


def test_daftarkan_skala_menolak_nama_ganda() -> None:
    with pytest.raises(InputTidakSah, match=r"lkj.*sudah terdaftar"):
        kinerja.daftarkan_skala("lkj", SKALA_AKIP)
    with pytest.raises(TipeTidakSah):
        kinerja.daftarkan_skala("baru", "akip")  # type: ignore[arg-type]


def test_laporan_dengan_skala_sebagai_nilai() -> None:
    skala_opd = SkalaPredikat.dari_ambang("Skala OPD", [60, 80], ["Kurang", "Cukup", "Baik"])
    ind = kinerja.BarisIndikator(
        nama="Dokumen forum",
        satuan="Dokumen",
        target_tahunan=12,
        target=kinerja.NilaiTriwulan(3, 3, 3, 3),
        realisasi=kinerja.NilaiTriwulan(3, 3, 3, 3),
    )
    lap = Laporan(unit=UNIT, periode=Periode(2024, 4), indikator=[ind], skala=skala_opd)
    assert hitung(lap).capaian.baris[0].predikat == "Baik"  # 100 ≥ 80


def test_daftarkan_skala_dipakai_laporan_dan_berkas(tmp_path: Path) -> None:
    # di proses terpisah: uji ini tidak mengubah daftar skala proses pengujian
    jalur = tmp_path / "laporan.toml"
    jalur.write_text(
        'skala = "opd"\n'
        + AWAL
        + '[[indikator]]\nnama = "Dokumen"\nsatuan = "Dokumen"\ntarget_tahunan = 12\n'
        + "target = { tw1 = 3, tw2 = 3, tw3 = 3, tw4 = 3 }\n"
        + "realisasi = { tw1 = 3, tw2 = 3, tw3 = 3, tw4 = 2 }\n",
        encoding="utf-8",
    )
    skrip = textwrap.dedent(
        f"""
        import kinerja
        from kinerja.laporan.berkas import baca_laporan, tulis_laporan_teks
        s = kinerja.SkalaPredikat.dari_ambang("OPD", [95], ["Kurang", "Baik"])
        kinerja.daftarkan_skala("opd", s)
        assert kinerja.skala("opd") is s and "opd" in kinerja.SKALA
        lap = baca_laporan({str(jalur)!r})
        print(kinerja.hitung(lap).capaian.baris[0].predikat)
        print('skala = "opd"' in tulis_laporan_teks(lap, "toml"))
        """
    )
    hasil = subprocess.run(
        [sys.executable, "-c", skrip], capture_output=True, text=True, check=True
    )
    # 11/12 × 100 = 91,67 < 95
    assert hasil.stdout.split() == ["Kurang", "True"]
    assert "opd" not in SKALA


# --- cacat 13: galat saat menulis berkas laporan ----------------------------------------------


def test_desimal_indonesia_tanpa_kutip(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[[indikator]]\nnama = "A"\nrealisasi = { tw4 = 66,7 }\n')
    assert 'tw4 = "66,7"' in pesan
    assert "baris 10" in pesan


def test_desimal_indonesia_tanpa_kutip_di_tabel(tmp_path: Path) -> None:
    pesan = _galat_berkas(
        tmp_path, '[[indikator]]\nnama = "A"\n[indikator.realisasi]\ntw4 = 66,7\n'
    )
    assert 'tw4 = "66,7"' in pesan
    assert "baris 11" in pesan


def test_ribuan_indonesia_tanpa_kutip(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[[anggaran]]\nuraian = "Belanja"\npagu = 22.571.000\n')
    assert 'pagu = "22.571.000"' in pesan
    assert "baris 10" in pesan


def test_toml_rusak_lain_berbahasa_indonesia(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[[indikator]]\nnama = "A\n')
    assert "baris 9" in pesan
    assert "TOML tidak sah" in pesan


def test_kunci_salah_ketik_menyarankan_yang_dimaksud(tmp_path: Path) -> None:
    pesan = _galat_berkas(
        tmp_path,
        '[[indikator]]\nnama = "Jumlah dokumen forum"\n\n'
        '[[indikator]]\nnama = "Jumlah desa"\nsatuaan = "Desa"\n',
    )
    assert "indikator ke-2" in pesan
    assert "Jumlah desa" in pesan
    assert "indikator[1]" not in pesan
    assert "'satuan'" in pesan
    assert "baris 13" in pesan


def test_polaritas_salah_menyebut_pilihan(tmp_path: Path) -> None:
    pesan = _galat_berkas(
        tmp_path, '[[indikator]]\nnama = "Jumlah dokumen"\npolaritas = "positip"\n'
    )
    assert "indikator ke-1" in pesan
    assert "Jumlah dokumen" in pesan
    assert "'positif'" in pesan
    assert "'negatif'" in pesan
    assert "'positip'" in pesan


def test_notasi_inggris_di_berkas_menyarankan_tercetak_teks(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[[anggaran]]\nuraian = "Belanja ATK"\npagu = "1,000,000"\n')
    assert "notasi=" not in pesan
    assert 'tercetak = { teks = { pagu = "1,000,000" } }' in pesan
    assert '"1.000.000"' in pesan
    assert "anggaran ke-1" in pesan
    assert "Belanja ATK" in pesan


def test_notasi_inggris_nilai_triwulan_menyebut_kunci_teksnya(tmp_path: Path) -> None:
    pesan = _galat_berkas(tmp_path, '[[indikator]]\nnama = "A"\nrealisasi = { tw4 = "1,234.5" }\n')
    assert '"1.234,5"' in pesan
    assert 'teks = { "realisasi.tw4" = "1,234.5" }' in pesan


def test_notasi_inggris_angka_ringkasan_tanpa_saran_teks(tmp_path: Path) -> None:
    # ringkasan laporan tidak punya tercetak.teks: sarannya hanya cara menulis yang benar
    pesan = _galat_berkas(tmp_path, '[tercetak]\njumlah_pagu = "1,000,000"\n')
    assert '"1.000.000"' in pesan
    assert "tercetak.teks" not in pesan


def test_skala_tak_terdaftar_tidak_bisa_ditulis_ke_berkas() -> None:
    skala_opd = SkalaPredikat.dari_ambang("Skala OPD", [60], ["Kurang", "Baik"])
    lap = Laporan(unit=UNIT, periode=Periode(2024), skala=skala_opd)
    with pytest.raises(InputTidakSah, match="daftarkan_skala"):
        tulis_laporan_teks(lap, "toml")
    # skala terdaftar yang diberikan sebagai nilai ditulis dengan namanya
    lap_akip = Laporan(unit=UNIT, periode=Periode(2024), skala=SKALA_AKIP)
    assert lap_akip.skala == "akip"
    assert baca_laporan_teks(tulis_laporan_teks(lap_akip, "toml"), "toml") == lap_akip


def test_strip_untuk_kosong_menyarankan_hapus_kunci(tmp_path: Path) -> None:
    pesan = _galat_berkas(
        tmp_path,
        '[[indikator]]\nnama = "A"\nrealisasi = { tw1 = 3, tw2 = "-" }\n',
    )
    assert "hapus kunci" in pesan
    assert "tw2" in pesan


def test_galat_berkas_json_juga_bernama(tmp_path: Path) -> None:
    jalur = tmp_path / "laporan.json"
    jalur.write_text(
        '{"unit": {"nama": "S", "instansi": "K"}, "periode": {"tahun": 2024},'
        ' "indikator": [{"nama": "Jumlah desa", "satuaan": "Desa"}]}',
        encoding="utf-8",
    )
    with pytest.raises(BerkasTidakSah, match=r"indikator ke-1 \(.Jumlah desa.\).*'satuan'"):
        baca_laporan(jalur)


def test_skala_berkas_salah_menyarankan(tmp_path: Path) -> None:
    jalur = tmp_path / "laporan.toml"
    jalur.write_text('skala = "lkjj"\n' + AWAL, encoding="utf-8")
    with pytest.raises(BerkasTidakSah, match=r"skala \(baris 1\): .*lkjj.*maksud.*'lkj'"):
        baca_laporan(jalur)
    jalur.write_text('skla = "lkj"\n' + AWAL, encoding="utf-8")
    with pytest.raises(
        BerkasTidakSah, match=r"laporan \(baris 1\): .*'skla' \(maksud Anda 'skala'\?\)"
    ):
        baca_laporan(jalur)


def test_cli_hitung_menunjukkan_galat_berkas(tmp_path: Path) -> None:
    jalur = tmp_path / "laporan.toml"
    jalur.write_text(AWAL + '[[indikator]]\nnama = "A"\nrealisasi = { tw4 = 66,7 }\n', "utf-8")
    hasil = subprocess.run(
        [sys.executable, "-m", "kinerja", "hitung", str(jalur)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert hasil.returncode != 0
    assert 'tw4 = "66,7"' in hasil.stderr
    assert "Traceback" not in hasil.stderr


def test_galat_berkas_tetap_kinerja_error() -> None:
    with pytest.raises(KinerjaError):
        baca_laporan_teks(AWAL + "[[indikator]]\nnama = 5\n", "toml")


# Sapuan sampah ke setiap titik masuk (termasuk yang milik isu ini): tests/test_sampah.py.


def test_titik_masuk_berkas_memeriksa_tipe(tmp_path: Path) -> None:
    with pytest.raises(TipeTidakSah, match="jalur"):
        baca_laporan(5)  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match="sumber"):
        baca_laporan_teks("x = 1", "toml", 5)  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match="laporan"):
        ke_data(5)  # type: ignore[arg-type]
    with pytest.raises(BerkasTidakSah, match="akhir berkas"):
        baca_laporan_teks("x", "toml")


# --- hasil pustaka tetap masukan sahnya: nol berpangkat positif ---------------------------

SEPERTIGA = Decimal(1) / Decimal(3)  # 34 digit: hasil pustaka yang sah sebagai masukan


@pytest.mark.parametrize(
    "hitung_nol",
    [
        lambda: capaian(SEPERTIGA, 0),
        lambda: capaian(kinerja.Target(SEPERTIGA), kinerja.Realisasi(0)),
        lambda: kinerja.persen(0, SEPERTIGA),
        lambda: kinerja.serapan(SEPERTIGA, 0),
        lambda: kinerja.capaian_agregat(target=[SEPERTIGA], realisasi=[0]),
        lambda: kinerja.Realisasi(0, dari=SEPERTIGA).sebagai_persen(),
        lambda: kinerja.rata_rata_tertimbang([0, 0], [SEPERTIGA, 0]),
    ],
)
def test_hasil_nol_tetap_masukan_sah(hitung_nol: Callable[[], Decimal]) -> None:
    # 0 × 100 / (1/3) dalam Decimal = 0E+34: nol yang pangkatnya di luar batas masukan
    hasil = hitung_nol()
    assert hasil == 0
    assert kinerja.ke_desimal(hasil) == 0
    assert kinerja.format_angka(hasil) == "0,00"


def test_laporan_rata_rata_nol_tidak_menjadi_keterangan_galat() -> None:
    # ditemukan hypothesis di test_ketepatan: target rata-rata 1/3, realisasi 0
    from kinerja import BarisIndikator, NilaiTriwulan, hitung

    baris = BarisIndikator(
        nama="x",
        kumulasi="rata-rata",
        target=NilaiTriwulan(None, 0, 0, 1),
        realisasi=NilaiTriwulan(None, 0, 0, None),
    )
    hasil = hitung(Laporan(unit=UNIT, periode=Periode(2024), indikator=[baris]))
    assert hasil.capaian.baris[0].capaian == 0
    assert hasil.capaian.baris[0].keterangan is None or "eksponen" not in (
        hasil.capaian.baris[0].keterangan
    )
    assert "0,00" in hasil.sajian_satu("capaian").ke_teks()


# --- Enum(nilai) memakai konverter tunggal enum itu -------------------------------------


@pytest.mark.parametrize(
    ("buat", "diharapkan"),
    [
        (lambda: Polaritas("Negatif"), Polaritas.NEGATIF),
        (lambda: Kumulasi("rata_rata"), Kumulasi.RATA_RATA),
        (lambda: RumusNegatif("RASIO"), RumusNegatif.RASIO),
        (lambda: DokumenDesa("apbdes"), DokumenDesa.APBDES),
        (lambda: Triwulan("TW III"), Triwulan.III),  # type: ignore[arg-type]
        (lambda: Triwulan(2), Triwulan.II),
        (lambda: kinerja.TingkatKode("sub kegiatan"), kinerja.TingkatKode.SUB_KEGIATAN),  # type: ignore[arg-type]
    ],
)
def test_enum_dipanggil_menerima_label(buat: Callable[[], object], diharapkan: object) -> None:
    assert buat() is diharapkan


def test_enum_dipanggil_dengan_nilai_salah_galat_pustaka_berpilihan() -> None:
    with pytest.raises(InputTidakSah, match=r"'positif', 'negatif'.*maksud Anda 'positif'"):
        Polaritas("positip")
    with pytest.raises(ValueError, match="kumulatif2"):  # tetap ValueError bagi kode lama
        Kumulasi("kumulatif2")
    with pytest.raises(TipeTidakSah):
        Triwulan(True)
    with pytest.raises(InputTidakSah):
        Triwulan(5)


def test_enum_tetap_bisa_dipickle_dan_disalin() -> None:
    import copy
    import pickle

    for anggota in [*Polaritas, *Kumulasi, *Triwulan, *DokumenDesa, *RumusNegatif]:
        assert pickle.loads(pickle.dumps(anggota)) is anggota
        assert copy.deepcopy(anggota) is anggota


def test_kode_rekening_teks_diarahkan_ke_parse() -> None:
    with pytest.raises(TipeTidakSah, match=r"KodeRekening\.parse"):
        kinerja.KodeRekening("7.01")
    assert str(kinerja.KodeRekening(["7", "01"])) == "7.01"


def test_fungsi_penjumlah_menerima_iterable_sekali_jalan() -> None:
    # rata-rata (120 + 90 + 99,5) / 3 dan Σ R / Σ T × 100 = 30 / 40 × 100: hitungan tangan
    nilai: list[int | str] = [120, 90, "99,5"]
    rata = kinerja.rata_rata_capaian(x for x in nilai)
    assert abs(Fraction(rata) - Fraction(619, 6)) < Fraction(1, 10**30)
    agregat = kinerja.capaian_agregat(target=iter([10, 30]), realisasi=iter([10, 20]))  # type: ignore[arg-type]
    assert agregat == 75
    anggaran = (kinerja.Anggaran(p, r) for p, r in [(100, 50), (300, 250)])
    assert kinerja.serapan_total(anggaran) == 75
