"""Uji yang membunuh mutan yang selamat pada sampel uji mutasi (docs/mutasi.md, isu 8).

Setiap uji menyebut mutan yang dibunuhnya (modul, nomor pada ``benchmarks/mutasi.py --daftar``
saat diukur, letak dan mutasinya). Nilai harapan tidak berasal dari kode yang diuji: kontrak
tipe yang didokumentasikan, contoh DOMAIN.md dan laporan bawaan, rujukan ``fractions.Fraction``,
atau sifat metamorfik.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from kinerja import (
    FormatAngkaSalah,
    InputTidakSah,
    KalenderBelumTersedia,
    Realisasi,
    SatuanTidakCocok,
    Target,
    TipeTidakSah,
    capaian,
)
from kinerja.anggaran import Anggaran, serapan, serapan_total
from kinerja.angka import dari_float, jumlah, ke_desimal
from kinerja.besaran import bagi
from kinerja.desa import DokumenDesa, persentase_tepat_waktu
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.hari_kerja import adalah_hari_kerja, nama_libur, tambah_hari_kerja
from kinerja.indikator import Indikator, Kumulasi
from kinerja.kumulasi import nilai_triwulan
from kinerja.laporan import (
    BarisAnggaran,
    BarisIndikator,
    Laporan,
    NilaiTriwulan,
    TercetakAnggaran,
    TercetakIndikator,
    TercetakRingkasan,
    Unit,
)
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.periksa import periksa
from kinerja.periode import Periode, Triwulan, ke_tahun
from kinerja.persen import persen, persen_hitungan
from kinerja.predikat import SKALA_LKJ, SkalaPredikat
from kinerja.skala_terdaftar import daftarkan_skala, nama_skala, skala
from kinerja.urai_angka import Notasi, baca_angka

# ------------------------------------------------------------------ angka


@pytest.mark.parametrize("bukan_daftar", ["", "12", b"", b"3"])
def test_jumlah_menolak_teks_dan_bytes_walau_kosong(bukan_daftar: object) -> None:
    # angka #4 (angka.py:81, `or` → `and`): teks kosong adalah Iterable yang tak berunsur;
    # tanpa pemeriksaan teks, jumlah("") diam-diam menjadi 0.
    with pytest.raises(TipeTidakSah, match="'nilai'"):
        jumlah(bukan_daftar)  # type: ignore[arg-type]


def test_jumlah_daftar_kosong_nol() -> None:
    # Pembanding sah untuk uji di atas: daftar kosong (bukan teks) memang berjumlah 0.
    assert jumlah([]) == Decimal(0)


@pytest.mark.parametrize("nilai", [10**24, -(10**24), 10**24 + 1])
def test_bulat_sepuluh_pangkat_24_ditolak_seperti_decimal(nilai: int) -> None:
    # angka #16 (angka.py:109, `>=` → `>`): ke_desimal menolak |x| ≥ 10²⁴ (docstring dan
    # DESIGN.md); int dan Decimal bernilai sama diperlakukan sama (sifat metamorfik).
    with pytest.raises(InputTidakSah, match="'pagu'"):
        ke_desimal(nilai, "pagu")
    with pytest.raises(InputTidakSah, match="'pagu'"):
        ke_desimal(Decimal(nilai), "pagu")


def test_bulat_tepat_di_bawah_sepuluh_pangkat_24_diterima() -> None:
    nilai = 10**24 - 1
    assert ke_desimal(nilai) == ke_desimal(Decimal(nilai)) == Decimal("9" * 24)


def test_galat_ke_desimal_tanpa_nama_menyebut_nilai() -> None:
    # angka #22 (angka.py:117, nama bawaan 'nilai' → ''): galat selalu menyebut nama isiannya
    # (STYLE.md), juga bila pemanggil tidak memberi nama.
    with pytest.raises(FormatAngkaSalah, match="'nilai'"):
        ke_desimal("1,2,3")
    with pytest.raises(TipeTidakSah, match="'nilai'"):
        ke_desimal(None)


class _DesimalTurunan(Decimal):
    """Turunan Decimal (mis. dari pustaka lain): tetap Decimal."""


def test_turunan_decimal_diterima_dan_diperiksa_seperti_decimal() -> None:
    # angka #25 (angka.py:137, `return periksa_besaran(...)` → `return None`): turunan Decimal
    # diterima dengan nilai yang sama dan batas yang sama seperti Decimal.
    hasil = ke_desimal(_DesimalTurunan("1.5"))
    assert hasil == Decimal("1.5")
    assert isinstance(hasil, Decimal)
    with pytest.raises(InputTidakSah, match="'pagu'"):
        ke_desimal(_DesimalTurunan("NaN"), "pagu")


@pytest.mark.parametrize("x", [10**24, 1e30, 1e-30])
def test_galat_dari_float_menyebut_isian_x(x: float) -> None:
    # angka #33 (angka.py:189) dan #36 (angka.py:201), nama 'x' → '': galat besaran dari_float,
    # baik untuk bilangan bulat maupun float, menyebut isiannya (STYLE.md).
    with pytest.raises(InputTidakSah, match="'x'"):
        dari_float(x)


# ------------------------------------------------------------------ besaran


@pytest.mark.parametrize("nol", ["0.0", "0.00", "-0.0", "0E+3", "0"])
@pytest.mark.parametrize("penyebut", ["1", "3", "0.5", "-7"])
def test_hasil_bagi_nol_selalu_berpangkat_nol(nol: str, penyebut: str) -> None:
    # besaran #31 (besaran.py:140, `exponent == 0` → `== -1`): docstring bagi — hasil nol diberi
    # eksponen 0 dengan tanda dipertahankan (0 / b = 0 tepat; tanda: hukum tanda perkalian).
    hasil = bagi(Decimal(nol), Decimal(penyebut))
    assert hasil == 0
    assert hasil.as_tuple().exponent == 0
    assert hasil.is_signed() == (Decimal(nol).is_signed() != Decimal(penyebut).is_signed())


def test_galat_besaran_menampilkan_teks_utuh_bila_pendek_dan_terpotong_bertanda_bila_panjang() -> (
    None
):
    # besaran #49 (besaran.py:197, `<= 60` → `<= 59`) dan #50 ('…' → ''): pesan galat menyebut
    # nilai yang diberikan (STYLE.md) — utuh bila tulisannya muat 60 karakter, dan bila dipotong,
    # potongannya ditandai '…' agar tidak dikira nilai utuh.
    pendek = "0," + "1" * 56  # repr 60 karakter
    with pytest.raises(InputTidakSah) as galat:
        baca_angka(pendek)
    assert f"(diberikan {pendek!r})" in str(galat.value)
    panjang = "0," + "1" * 57
    with pytest.raises(InputTidakSah) as galat:
        baca_angka(panjang)
    tampil = str(galat.value).split("(diberikan ", 1)[1]
    assert "…" in tampil
    assert repr(panjang).startswith(tampil.split("…", 1)[0])
    assert len(tampil.split("…", 1)[0]) < len(repr(panjang))


# ------------------------------------------------------------------ urai_angka


def test_teks_tepat_100_karakter_diterima_101_ditolak() -> None:
    # urai_angka #4 (urai_angka.py:40, batas 100 → 99): docstring PANJANG_TEKS_MAKSIMUM — teks
    # yang lebih panjang dari 100 karakter ditolak; 100 karakter masih dibaca.
    teks = ("Rp " + "100.000.000.000.000.000.000.000," + "0" * 57).ljust(100)
    assert len(teks) == 100
    assert baca_angka(teks) == Decimal(10) ** 23
    with pytest.raises(FormatAngkaSalah, match="terlalu panjang"):
        baca_angka(teks + " ")


def test_galat_besaran_baca_angka_menyebut_teks() -> None:
    # urai_angka #27 (urai_angka.py:91, nama 'teks' → ''): galat menyebut isiannya.
    with pytest.raises(InputTidakSah, match="'teks' terlalu besar"):
        baca_angka("1" * 30)


@pytest.mark.parametrize("teks", ["1,2,3", "1,,2", "12,34,5", "1.234,5,6"])
def test_petunjuk_notasi_inggris_hanya_bila_teksnya_memang_inggris(teks: str) -> None:
    # urai_angka #113 (urai_angka.py:189, `return False` → `True`) dan #75 (:149, `and` → `or`):
    # teks yang juga tidak sah dalam notasi Inggris tidak boleh disarankan dibaca notasi='en'.
    with pytest.raises(FormatAngkaSalah) as galat:
        baca_angka(teks)
    assert "notasi='en'" not in str(galat.value)
    with pytest.raises(FormatAngkaSalah):
        baca_angka(teks, notasi="en")


@pytest.mark.parametrize("teks", ["1,234,567", "1,361,248,977"])
def test_petunjuk_notasi_inggris_untuk_teks_inggris(teks: str) -> None:
    # Pembanding: teks ribuan Inggris (laporan Klakah, DOMAIN.md) memang diberi petunjuk itu.
    with pytest.raises(FormatAngkaSalah, match="notasi='en'"):
        baca_angka(teks)
    assert baca_angka(teks, notasi="en") == Decimal(teks.replace(",", ""))


_TEKS_SALAH = (
    ",5", "5,", "-,5", "1.2345,", "1.234,", "1.2.3", "1..2", ".5", "5.", "1.2345,6", "1,23.4",
    "12,345.67", "1.234.56,7",
)  # fmt: skip


@pytest.mark.parametrize("notasi", ["id", "en"])
@pytest.mark.parametrize("teks", _TEKS_SALAH)
def test_setiap_saran_angka_sendiri_sah(teks: str, notasi: Notasi) -> None:
    # urai_angka #104 (urai_angka.py:170, saran diperiksa `strict=False`): sifat metamorfik —
    # setiap "maksud Anda …?" yang disarankan harus dapat dibaca pada notasi yang sama.
    try:
        baca_angka(teks, notasi=notasi)
    except FormatAngkaSalah as galat:
        for saran in galat.saran:
            baca_angka(saran, notasi=notasi)


# ------------------------------------------------------------------ capaian


def test_persen_realisasi_berpenyebut_di_luar_besaran_menyebut_realisasi() -> None:
    # capaian #18 (capaian.py:94, nama 'realisasi' → ''): 10²³ dari 1 Desa = 10²⁵ %, di atas
    # batas besaran 10²⁴; galatnya menyebut isian yang salah (STYLE.md).
    with pytest.raises(InputTidakSah, match="'realisasi' terlalu besar"):
        capaian(Target(80, "%"), Realisasi(10**23, "Desa", dari=1))
    # pembanding: 3 dari 12 Desa terhadap target 50% = 25 / 50 × 100 = 50
    assert capaian(Target(50, "%"), Realisasi(3, "Desa", dari=12)) == 50


# ------------------------------------------------------------------ persen


@pytest.mark.parametrize(
    ("bagian", "keseluruhan"),
    [("1", "0.5"), ("3", "1"), ("1", "0.001"), ("0", "0.25"), ("-1", "1"), ("7", "3")],
)
def test_persen_terhadap_rujukan_fraction_termasuk_keseluruhan_kecil(
    bagian: str, keseluruhan: str
) -> None:
    # persen #10 (persen.py:66, `> 0` → `> 1`): keseluruhan di (0, 1] sah (docstring: harus
    # > 0). Rujukan Fraction: b × 100 / k, dibandingkan setelah dibulatkan ke 30 tempat.
    hasil = persen(Decimal(bagian), Decimal(keseluruhan))
    harapan = Fraction(bagian) * 100 / Fraction(keseluruhan)
    assert abs(Fraction(hasil) - harapan) < Fraction(1, 10**30)


def test_galat_persen_menyebut_nama_bawaan() -> None:
    # persen #3 (persen.py:35 'bagian' → ''), #6 (persen.py:55 'keseluruhan' → ''): nama isian
    # bawaan di pesan galat.
    with pytest.raises(FormatAngkaSalah, match="'bagian'"):
        persen("1,2,3", 4)
    with pytest.raises(FormatAngkaSalah, match="'keseluruhan'"):
        persen(1, "1,2,3")
    with pytest.raises(InputTidakSah, match="'keseluruhan' harus > 0"):
        persen_hitungan(Decimal(1), Decimal(0))
    with pytest.raises(InputTidakSah, match="'pagu' harus > 0"):
        persen(1, 0, nama_keseluruhan="pagu")


# ------------------------------------------------------------------ kumulasi


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4])
def test_nilai_triwulan_selalu_empat_isian(n: int) -> None:
    # kumulasi #18 (kumulasi.py:55, `4 - len` → `3 - len`): docstring — daftar yang lebih pendek
    # dari 4 dianggap belum melaporkan triwulan sisanya: selalu TW I–IV, sisanya None.
    masukan = [Decimal(10 * (i + 1)) for i in range(n)]
    hasil = nilai_triwulan(masukan)
    assert len(hasil) == 4
    assert list(hasil[:n]) == masukan
    assert hasil[n:] == (None,) * (4 - n)


@pytest.mark.parametrize("bukan_daftar", ["1234", 5, None, {"tw1": 1}])
def test_galat_nilai_triwulan_menyebut_yang_diharapkan(bukan_daftar: object) -> None:
    # kumulasi #4 (kumulasi.py:45, 'nilai TW I–IV' → ''): galat menyebut isian dan isinya.
    with pytest.raises(TipeTidakSah, match=r"'nilai_per_triwulan' harus daftar nilai TW I–IV"):
        nilai_triwulan(bukan_daftar)  # type: ignore[arg-type]


# ------------------------------------------------------------------ anggaran


def test_galat_anggaran_menyebut_isiannya() -> None:
    # anggaran #9 (anggaran.py:53, 'realisasi' → ''), dan nama isian lain di pesan galat.
    with pytest.raises(InputTidakSah, match="'realisasi' harus >= 0"):
        Anggaran(1000, -1)
    with pytest.raises(InputTidakSah, match="'pagu' harus >= 0"):
        Anggaran(-1)
    with pytest.raises(TipeTidakSah, match="'anggaran'"):
        serapan_total("Anggaran")  # type: ignore[arg-type]
    # anggaran #12, #13 (anggaran.py:70–71, sampel B): serapan() memeriksa masukannya sendiri
    with pytest.raises(InputTidakSah, match="'pagu' harus >= 0"):
        serapan(-1, 0)
    with pytest.raises(InputTidakSah, match="'realisasi' harus >= 0"):
        serapan(10, -1)


def test_anggaran_tanpa_realisasi_belum_terserap() -> None:
    # Bawaan realisasi 0 (DOMAIN.md: sisa = pagu − realisasi): sisa = pagu, serapan 0%.
    a = Anggaran("22.571.000")
    assert a.realisasi == 0
    assert a.sisa == Decimal(22571000)
    assert a.serapan == 0


# ------------------------------------------------------------------ predikat


def test_galat_dari_ambang_menyebut_isian_dan_isinya() -> None:
    # predikat #103 (predikat.py:193, 'teks' → '', sampel B): label harus daftar teks, ambang
    # daftar angka; galat menyebut keduanya.
    with pytest.raises(TipeTidakSah, match="'label' harus daftar teks"):
        SkalaPredikat.dari_ambang("Uji", [50], "AB")
    with pytest.raises(TipeTidakSah, match="'ambang' harus daftar angka"):
        SkalaPredikat.dari_ambang("Uji", 50, ["A", "B"])  # type: ignore[arg-type]


# ------------------------------------------------------------------ skala_terdaftar


def test_nama_skala_untuk_skala_yang_sama_tetapi_dibuat_ulang() -> None:
    # skala_terdaftar #14 (skala_terdaftar.py:83, `return ada` → `return None`): skala yang
    # disusun ulang dari tabel DOMAIN.md §6 (LKj: 51/66/76/91) sama dengan yang terdaftar.
    lkj = SkalaPredikat.dari_ambang(
        "LKj kualitatif",
        [51, 66, 76, 91],
        ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"],
    )
    assert lkj is not SKALA_LKJ
    assert nama_skala(lkj) == "lkj"
    lain = SkalaPredikat.dari_ambang("Lain", [50], ["Rendah", "Tinggi"])
    assert nama_skala(lain) is None


def test_galat_skala_terdaftar_menyebut_isian_dan_pilihan() -> None:
    # skala_terdaftar #4 ('nama' → ''), #7 ('skala' → ''), #10 (', ' → ''): isian disebut, dan
    # pilihan yang ada terbaca satu per satu.
    with pytest.raises(TipeTidakSah, match="'nama'"):
        daftarkan_skala(5, SKALA_LKJ)  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match="'skala'"):
        skala(5)  # type: ignore[arg-type]
    with pytest.raises(InputTidakSah, match="pilihan: ") as galat:
        skala("tidak-ada")
    pilihan = re.search(r"pilihan: (.*?)(?:;| \()", str(galat.value))
    assert pilihan is not None
    assert {"akip", "lkj", "permendagri-86-2017"} <= set(pilihan.group(1).split(", "))


# ------------------------------------------------------------------ desa

_TEPAT = {"rkpdes": 1, "apbdes": 1, "lppdes": 0}


def test_persentase_tepat_waktu_satu_desa() -> None:
    # desa #54 (desa.py:129, `n == 0` → `n == 1`): satu desa sah; 2 dari 3 dokumen tepat waktu
    # = 2 / 3 × 100 (rujukan Fraction, dibandingkan pada 30 tempat desimal).
    hasil = persentase_tepat_waktu(1, _TEPAT)
    assert abs(Fraction(hasil) - Fraction(200, 3)) < Fraction(1, 10**30)
    with pytest.raises(InputTidakSah, match="'jumlah_desa' harus > 0"):
        persentase_tepat_waktu(0, _TEPAT)


@pytest.mark.parametrize("bukan_cacah", [True, False, "3", 2.0, Decimal(2)])
def test_jumlah_desa_dan_hitungan_harus_bilangan_bulat(bukan_cacah: object) -> None:
    # desa #42 (desa.py:87, `or` → `and`): bool bukan jumlah desa, teks dan float juga bukan;
    # galatnya galat pustaka yang menyebut isiannya.
    with pytest.raises(TipeTidakSah, match="'jumlah_desa' harus bilangan bulat"):
        persentase_tepat_waktu(bukan_cacah, _TEPAT)  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match=r"'tepat\[RKPDes\]' harus bilangan bulat"):
        persentase_tepat_waktu(3, {**_TEPAT, "rkpdes": bukan_cacah})  # type: ignore[arg-type]


def test_galat_dokumen_desa_menyebut_isian() -> None:
    # desa #33 (desa.py:69, 'dokumen' → ''): isian disebut.
    with pytest.raises(InputTidakSah, match="'dokumen'"):
        DokumenDesa.dari("RPJMDes")


# ------------------------------------------------------------------ fasilitasi


def _rekap() -> RekapFasilitasi:
    return RekapFasilitasi(["Kalaena", "Mekar"], {"Musdes": [True, False]})


def test_rekap_fasilitasi_tidak_sama_dengan_bukan_rekap() -> None:
    # fasilitasi #22 (fasilitasi.py:88, `return self.desa == …` → `return None`): dua rekap
    # yang sama sama; perbandingan dengan objek lain memberi False (bool), dan != memberi True.
    rekap = _rekap()
    assert (rekap == 5) is False
    assert (rekap == "Kalaena") is False
    assert rekap != 5
    assert rekap == _rekap()


def test_galat_rekap_fasilitasi_menyebut_isian_dan_semua_nama_kembar() -> None:
    # fasilitasi #1 ('desa' → ''), #2 ('nama desa' → ''), #9 (', ' → ''), #13 ('bool per desa'
    # → ''): galat menyebut isian, yang diharapkan, dan setiap nama kembar terpisah.
    with pytest.raises(TipeTidakSah, match="'desa' harus daftar nama desa"):
        RekapFasilitasi("Kalaena", {"Musdes": [True]})
    with pytest.raises(InputTidakSah, match="nama kembar: 'Kalaena', 'Mekar'"):
        RekapFasilitasi(["Mekar", "Kalaena", "Mekar", "Kalaena"], {"Musdes": [True] * 4})
    with pytest.raises(TipeTidakSah, match="harus daftar bool per desa"):
        RekapFasilitasi(["Kalaena"], {"Musdes": "ya"})
    # fasilitasi #12 (fasilitasi.py:57, 'aktivitas' → '', sampel B)
    with pytest.raises(InputTidakSah, match="'aktivitas' tidak boleh kosong"):
        RekapFasilitasi(["Kalaena"], {" ": [True]})


# ------------------------------------------------------------------ periode

_KALENDER_2024 = {
    # triwulan: (awal, akhir) menurut kalender 2024 (tahun kabisat)
    1: (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31)),
    2: (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30)),
    3: (datetime.date(2024, 7, 1), datetime.date(2024, 9, 30)),
    4: (datetime.date(2024, 10, 1), datetime.date(2024, 12, 31)),
}
_ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_triwulan_dari_setiap_tulisan_dan_tanggalnya(n: int) -> None:
    # periode #7, #12, #14, #42, #47 (tabel angka Romawi dan angka teks), #51, #74 (awal/akhir):
    # setiap tulisan triwulan yang didokumentasikan memberi triwulan yang sama, dan awal/akhirnya
    # sesuai kalender.
    romawi = _ROMAWI[n]
    tulisan = [n, str(n), romawi, romawi.lower(), f"TW {romawi}", f"Triwulan {romawi.lower()}"]
    hasil = {Triwulan.dari(x) for x in tulisan}
    assert hasil == {Triwulan(n)}
    tw = Triwulan(n)
    assert tw.name == romawi
    assert (tw.awal(2024), tw.akhir(2024)) == _KALENDER_2024[n]
    assert str(Periode(2024, n)) == f"TW {romawi} 2024"


@pytest.mark.parametrize("salah", ["", "TW", "V", "0", "5", "IIII"])
def test_triwulan_dari_teks_salah_ditolak(salah: str) -> None:
    with pytest.raises(InputTidakSah, match="'triwulan'"):
        Triwulan.dari(salah)


def test_tahun_batas_dan_periode_tahunan() -> None:
    # periode #81 (periode.py:93, `<=` → `>`), #87 (periode.py:113, `is` → `is not`).
    assert ke_tahun(1945) == 1945
    assert ke_tahun(2200) == 2200
    for salah in (1944, 2201):
        with pytest.raises(InputTidakSah, match="'tahun'"):
            ke_tahun(salah)
    assert str(Periode(2024)) == "Tahun 2024"
    assert Periode(2024).triwulan_laporan is Triwulan.IV


# ------------------------------------------------------------------ hari_kerja


def test_tambah_hari_kerja_366_sah_dan_aditif() -> None:
    # hari_kerja #42 (hari_kerja.py:119, `<= 366` → `< 366`): 366 hari kerja (batas atas yang
    # didokumentasikan di pesan galat) sah. Sifat metamorfik: n + m hari kerja = n hari kerja
    # lalu m hari kerja.
    mulai = datetime.date(2023, 1, 1)
    hasil = tambah_hari_kerja(mulai, 366)
    assert hasil == tambah_hari_kerja(tambah_hari_kerja(mulai, 183), 183)
    assert hasil == tambah_hari_kerja(tambah_hari_kerja(mulai, 1), 365)
    assert adalah_hari_kerja(hasil)


@pytest.mark.parametrize("salah", [0, 367, -1])
def test_tambah_hari_kerja_di_luar_1_sampai_366_ditolak(salah: int) -> None:
    # hari_kerja #3 (hari_kerja.py:52, 366 → 367), #47 (hari_kerja.py:119, `1 <=` → `0 <=`).
    with pytest.raises(InputTidakSah, match="'hari_kerja' harus 1–366"):
        tambah_hari_kerja(datetime.date(2024, 1, 1), salah)


def test_kalender_belum_tersedia_menyarankan_jalan_keluar() -> None:
    # hari_kerja #33 (`+` → `-`), #34 (saran → ''): galat menyebut cara melanjutkan.
    with pytest.raises(KalenderBelumTersedia, match="kalender_tak_lengkap=True"):
        tambah_hari_kerja(datetime.date(2199, 1, 1), 1)


@pytest.mark.parametrize("bukan_tanggal", ["2024-01-01", datetime.datetime(2024, 1, 1), None])
def test_galat_hari_kerja_menyebut_tanggal(bukan_tanggal: object) -> None:
    # hari_kerja #23 (hari_kerja.py:91, 'tanggal' → '', sampel B): galat menyebut isiannya.
    with pytest.raises(TipeTidakSah, match=r"'tanggal' harus datetime\.date"):
        adalah_hari_kerja(bukan_tanggal)  # type: ignore[arg-type]
    with pytest.raises(TipeTidakSah, match=r"'tanggal' harus datetime\.date"):
        nama_libur(bukan_tanggal)  # type: ignore[arg-type]


# ------------------------------------------------------------------ indikator


@pytest.mark.parametrize(("bawah", "atas"), [(80, 80), (90, 80), ("0,5", "0,5")])
def test_rentang_target_titik_atau_terbalik_ditolak(bawah: str, atas: str) -> None:
    # indikator #35 (indikator.py:124, `>` → `>=`): rentang 80–80 bukan rentang (DOMAIN.md:
    # target rentang a–b dengan a < b; satu nilai ditulis sebagai target tunggal).
    with pytest.raises(InputTidakSah, match="batas atas harus > batas bawah"):
        Target.rentang(bawah, atas)
    assert Target.rentang(80, "80,01").adalah_rentang


def test_galat_indikator_menyebut_isiannya() -> None:
    # indikator #47 ('dari' → ''), #66 ('target' → ''), #82 ('target_tahunan' → '').
    with pytest.raises(FormatAngkaSalah, match="'dari'"):
        Realisasi(3, "Desa", dari="1,2,3")
    with pytest.raises(FormatAngkaSalah, match="'target'"):
        Indikator("Dokumen", "Dokumen", target_tahunan="1,2,3")
    with pytest.raises(SatuanTidakCocok, match="'target_tahunan'"):
        Indikator("Dokumen", "Dokumen", target_tahunan=Target(12, "Desa"))


def test_kumulasi_indikator_hanya_lewat_kata_kunci() -> None:
    # indikator #79 (indikator.py:227, kumulasi `kw_only=True` → False): argumen posisi ketiga
    # tidak boleh diam-diam menjadi kumulasi (docs/indikator.md memakai kumulasi=...).
    with pytest.raises(TypeError):
        Indikator("Dokumen", "Dokumen", "akhir")  # type: ignore[call-arg]
    assert Indikator("Dokumen", "Dokumen", kumulasi="akhir").kumulasi is Kumulasi.AKHIR


# ------------------------------------------------------------------ periksa

_TW = (Decimal(3), Decimal(3), Decimal(3), Decimal(4))
"""Target triwulan yang tidak cocok dengan target tahunan 12 menurut kumulasi apa pun."""


def _laporan_rencana_aksi() -> Laporan:
    indikator = [
        BarisIndikator(
            nama=f"Indikator {kumulasi}",
            satuan="Dokumen",
            kumulasi=kumulasi,
            target_tahunan=Decimal(12),
            target=NilaiTriwulan(*_TW),
            realisasi=NilaiTriwulan(tw4=Decimal(12)),
        )
        for kumulasi in ("kumulatif", "akhir", "rata_rata")
    ]
    return Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), indikator, [])


def test_rencana_aksi_menyebut_aturan_dan_gabungan_menurut_kumulasi() -> None:
    # periksa #59 (indikator.py:28, teks aturan AKHIR → '') dan #61 (indikator.py:33, `is` →
    # `is not`: aturan KUMULATIF dan RATA_RATA tertukar). DOMAIN.md: KUMULATIF Σ TW I–IV, AKHIR
    # TW IV, RATA_RATA rerata TW; gabungannya dihitung di sini dengan Fraction.
    tw = [Fraction(x) for x in _TW]
    harapan = {
        "Indikator kumulatif": ("Σ target TW I–IV", sum(tw)),
        "Indikator akhir": ("target TW IV", tw[3]),
        "Indikator rata_rata": ("rerata target TW", sum(tw) / len(tw)),
    }
    temuan = [t for t in periksa(_laporan_rencana_aksi()) if t.tabel == "rencana aksi"]
    assert sorted(t.baris for t in temuan) == sorted(harapan)
    for t in temuan:
        kata, gabungan = harapan[t.baris]
        assert kata in t.alasan, (t.baris, t.alasan)
        assert isinstance(t.tercetak, Decimal)
        assert Fraction(t.tercetak) == gabungan
        assert t.dihitung == Decimal(12)
        assert t.jenis == "tidak konsisten"
        # periksa #4 (temuan.py:29, 'di laporan' → '', sampel B): angka yang tidak konsisten
        # adalah angka laporan (bukan angka tercetak yang salah hitung), dan pesannya berkata begitu
        assert str(t).startswith(f"[rencana aksi] {t.baris} — target triwulan: di laporan ")


def test_alasan_capaian_menyebut_rumus_tanpa_keterangan_bila_terhitung() -> None:
    # periksa #80 (indikator.py:57, 'capaian = R / T × 100' → '') dan #81 (indikator.py:59,
    # `and` → `or`: keterangan "tanpa target triwulan" ikut ditempel walau capaian terhitung).
    # Senduro TW I: delapan capaian positif yang salah cetak (tests/test_periksa.py: l. 80,
    # l. 114–116, l. 119, l. 120, l. 123, l. 124), semuanya terhitung; rumusnya DOMAIN.md §2.
    temuan = [t for t in periksa(muat_contoh("senduro-2023-tw1")) if t.kolom == "capaian"]
    assert len(temuan) == 8
    # tiga di antaranya berdiri di atas realisasi yang tercetak berbeda di tempat lain: alasannya
    # menyebut nilai aturan untuk kedua kemungkinan (periksa.sengketa), tanpa keterangan lain
    assert {t.alasan.split(" (seharusnya ")[0] for t in temuan} == {"capaian = R / T × 100"}
    assert all("tanpa target" not in t.alasan for t in temuan)


@pytest.mark.parametrize(
    ("tw", "cocok"), [(10, True), (12, True), (11, True), (9, False), (13, False)]
)
def test_target_triwulan_terhadap_target_tahunan_rentang(tw: int, cocok: bool) -> None:
    # periksa #68 (indikator.py:42, `bawah <= gabungan` → `<`, sampel B): target tahunan rentang
    # 10–12 (DOMAIN.md: rentang tertutup a–b); Σ triwulan di dalamnya, termasuk kedua ujung, cocok.
    baris = BarisIndikator(
        nama="Indikator rentang",
        satuan="Dokumen",
        kumulasi="kumulatif",
        target_tahunan=Decimal(10),
        target_tahunan_atas=Decimal(12),
        target=NilaiTriwulan(Decimal(tw), Decimal(0), Decimal(0), Decimal(0)),
        realisasi=NilaiTriwulan(tw4=Decimal(11)),
    )
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [baris], [])
    temuan = [t for t in periksa(laporan) if t.tabel == "rencana aksi"]
    assert (temuan == []) is cocok, temuan


def test_alasan_capaian_polaritas_negatif_menyebut_rumusnya() -> None:
    # periksa #79 (indikator.py:56, `== "negatif"` → `== ""`, sampel B): DOMAIN.md, polaritas
    # negatif: capaian = (2T − R) / T × 100 = (20 − 8) / 10 × 100 = 120, bukan 50 yang tercetak.
    baris = BarisIndikator(
        nama="Angka kemiskinan",
        satuan="%",
        kumulasi="akhir",
        polaritas="negatif",
        target_tahunan=Decimal(10),
        realisasi=NilaiTriwulan(tw4=Decimal(8)),
        tercetak=TercetakIndikator(capaian=Decimal(50)),
    )
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [baris], [])
    (t,) = [t for t in periksa(laporan) if t.kolom == "capaian"]
    assert t.dihitung == Decimal(120)
    assert t.alasan == "capaian = (2T − R) / T × 100"


def test_pohon_dan_target_keuangan_menyebut_kolom_dan_aturannya() -> None:
    # periksa #160 (anggaran.py:84, alasan "Σ target keuangan TW I–IV …" → ''), sampel B.
    # Induk 7.01.01 berpagu 100, anaknya 40 + 50 = 90; target keuangan TW-nya
    # 10 + 20 + 30 + 30 = 90 ≠ pagu 100 (DOMAIN.md).
    induk = BarisAnggaran(
        "Program Uji", Decimal(100), kode="7.01.01",
        target=NilaiTriwulan(Decimal(10), Decimal(20), Decimal(30), Decimal(30)),
    )  # fmt: skip
    anak = [
        BarisAnggaran("Kegiatan A", Decimal(40), kode="7.01.01.2.01"),
        BarisAnggaran("Kegiatan B", Decimal(50), kode="7.01.01.2.02"),
    ]
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [], [induk, *anak])
    temuan = periksa(laporan)
    pohon = [t for t in temuan if t.tabel == "pohon anggaran"]
    assert [(t.kolom, t.tercetak, t.dihitung) for t in pohon] == [
        ("pagu", Decimal(100), Decimal(90))
    ]
    assert "pagu" in pohon[0].alasan
    rencana = [t for t in temuan if t.tabel == "rencana aksi" and t.baris.startswith("7.01.01 ")]
    assert [(t.kolom, t.tercetak, t.dihitung) for t in rencana] == [
        ("target keuangan", Decimal(90), Decimal(100))
    ]
    assert rencana[0].alasan.startswith("Σ target keuangan")


@pytest.mark.parametrize(("teks", "terbaca"), [("1.000", Decimal(1000)), ("99", Decimal(99))])
def test_teks_pagu_tercetak_berbeda_dari_pagu_dilaporkan(teks: str, terbaca: Decimal) -> None:
    # periksa #146 (anggaran.py:71, kunci 'pagu' peta nilai teks → '', sampel B): pagu 100 yang
    # tercetak sebagai "1.000" (seribu) atau "99" salah, walau notasinya sah.
    baris = BarisAnggaran(
        "Kegiatan Uji", Decimal(100), kode="7.01.01", tercetak=TercetakAnggaran(teks={"pagu": teks})
    )
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [], [baris])
    assert [(t.kolom, t.tercetak, t.dihitung) for t in periksa(laporan)] == [
        ("pagu", terbaca, Decimal(100))
    ]
    benar = attrs.evolve(baris, tercetak=TercetakAnggaran(teks={"pagu": "100"}))
    assert periksa(attrs.evolve(laporan, anggaran=(benar,))) == []


def test_target_triwulan_tanpa_target_tahunan_bukan_temuan_rencana_aksi() -> None:
    # periksa #56 (indikator.py:23, `or` → `and`, sampel C): tanpa target tahunan tidak ada yang
    # bisa dibandingkan dengan target triwulan; periksa tidak melapor (dan tidak gagal).
    baris = BarisIndikator(
        nama="Indikator tanpa target tahunan",
        satuan="Dokumen",
        kumulasi="kumulatif",
        target=NilaiTriwulan(Decimal(3), Decimal(3), Decimal(3), Decimal(3)),
        realisasi=NilaiTriwulan(tw4=Decimal(12)),
    )
    assert periksa(Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [baris], [])) == []


def test_capaian_tercetak_tanpa_realisasi_menyebut_sebabnya() -> None:
    # periksa #33 (banding.py:42, sebab bawaan → '', sampel C): capaian 100 tercetak, tetapi
    # realisasinya belum dilaporkan: temuan "tidak dapat dihitung" yang berkata begitu.
    baris = BarisIndikator(
        nama="Indikator tanpa realisasi",
        satuan="Dokumen",
        kumulasi="akhir",
        target_tahunan=Decimal(10),
        tercetak=TercetakIndikator(capaian=Decimal(100)),
    )
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [baris], [])
    (t,) = periksa(laporan)
    assert (t.kolom, t.tercetak, t.dihitung, t.jenis) == (
        "capaian", Decimal(100), None, "tidak dapat dihitung",
    )  # fmt: skip
    assert t.alasan.startswith("capaian = R / T × 100")
    assert t.alasan.endswith(": tidak dapat dihitung dari angka laporan")


def _laporan_sumber_tanpa_data() -> list[Laporan]:
    """Indikator yang realisasinya dari fasilitasi/dokumen desa, tetapi datanya tidak ada."""
    return [
        Laporan(
            Unit("Seksi Uji", "Kecamatan Uji"),
            Periode(2024, 4),
            [
                BarisIndikator(
                    nama="Persentase",
                    satuan="%",
                    kumulasi="akhir",
                    target_tahunan=Decimal(100),
                    realisasi=NilaiTriwulan(tw4=Decimal(90)),
                    realisasi_dari=sumber,
                )
            ],
            [],
        )
        for sumber in ("fasilitasi", "dokumen_desa")
    ]


@pytest.mark.parametrize(
    "laporan",
    [*(muat_contoh(nama) for nama in sorted(CONTOH)), *_laporan_sumber_tanpa_data()],
)
def test_temuan_tidak_konsisten_selalu_punya_dua_angka(laporan: Laporan) -> None:
    # periksa #97 (indikator.py:90, `and` → `or`, sampel C): "tidak konsisten" berarti dua angka
    # laporan tidak cocok; bila salah satunya tidak dapat dihitung (sumber realisasi tanpa
    # data), tidak ada ketidakkonsistenan yang bisa dilaporkan.
    # Tanggal laporan sebelum akhir periode tidak punya satu tanggal "seharusnya" (setiap tanggal
    # dari akhir periode s.d. batas waktu sah); akhir periodenya disebut di alasan.
    for t in periksa(laporan):
        if t.jenis == "tidak konsisten" and t.kolom != "tanggal":
            assert t.tercetak is not None, t
            assert t.dihitung is not None, t


def test_capaian_tercetak_berpangkat_positif_tetap_diperiksa_per_satuan() -> None:
    # periksa #28 (banding.py:26, `max(0, …)` → `max(-1, …)`): angka tercetak Decimal('2E+1')
    # (= 20, tanpa desimal) dibandingkan pada satuan, bukan puluhan. Senduro TW I: capaian yang
    # benar untuk baris yang mencetak 75,86 adalah 24,14 (tests/test_periksa.py, laporan aslinya);
    # 20 ≠ 24 pada satuan, walau 24,14 dibulatkan ke puluhan menjadi 20.
    laporan = muat_contoh("senduro-2023-tw1")
    (i,) = [i for i, b in enumerate(laporan.indikator) if b.tercetak.capaian == Decimal("75.86")]
    baris = laporan.indikator[i]

    def dengan(tercetak: Decimal) -> list[tuple[str, object]]:
        b = attrs.evolve(baris, tercetak=attrs.evolve(baris.tercetak, capaian=tercetak))
        ganti = attrs.evolve(
            laporan, indikator=(*laporan.indikator[:i], b, *laporan.indikator[i + 1 :])
        )
        return [(t.kolom, t.tercetak) for t in periksa(ganti) if t.baris == baris.nama]

    assert ("capaian", Decimal("2E+1")) in dengan(Decimal("2E+1"))
    assert ("capaian", Decimal("24")) not in dengan(Decimal("24"))  # pembanding: 24 benar


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_setiap_temuan_contoh_beralasan(nama: str) -> None:
    # periksa #115 (indikator.py:117, alasan "angka anggaran tercetak, tetapi …" → ''), dan
    # setiap teks alasan lain yang dikosongkan: temuan tanpa alasan tidak bisa ditindaklanjuti
    # (DOMAIN.md: setiap temuan menyebut letak, angka, dan mengapa).
    for t in periksa(muat_contoh(nama)):
        assert all((t.tabel, t.baris, t.kolom)), t
        assert t.alasan[:1].isalpha() or t.alasan[:1] == "Σ", t
        assert str(t).endswith(t.alasan)


_JAUH = Decimal("12345.67")
"""Angka tercetak yang tidak mungkin benar untuk persen atau jumlah contoh mana pun."""


@pytest.mark.parametrize("nama", sorted(CONTOH))
@pytest.mark.parametrize(
    "isian", [f.name for f in attrs.fields(TercetakRingkasan) if f.name != "tempat"]
)
def test_setiap_angka_ringkasan_yang_salah_dilaporkan_beralasan(nama: str, isian: str) -> None:
    # periksa #181, #189, #197, #199 (ringkasan.py:24–40, teks alasan → ''): setiap angka
    # ringkasan, juga yang tidak tercetak di laporan aslinya (capaian kinerja agregat), dicetak
    # salah satu per satu; tepat satu temuan ringkasan menyebut kolom itu, dengan alasan.
    laporan = muat_contoh(nama)
    if not isinstance(getattr(laporan.tercetak, isian), (Decimal, type(None))):
        pytest.skip(f"{isian} bukan angka")
    salah = attrs.evolve(laporan, tercetak=attrs.evolve(laporan.tercetak, **{isian: _JAUH}))
    kolom = isian.replace("_", " ").replace("rata rata", "rata-rata")
    temuan = [t for t in periksa(salah) if t.tabel == "ringkasan" and t.kolom == kolom]
    assert len(temuan) == 1, (kolom, periksa(salah))
    (t,) = temuan
    assert t.tercetak == _JAUH
    assert t.baris == "laporan"
    assert t.alasan[:1].isalpha() or t.alasan[:1] == "Σ", t
    assert str(t).endswith(t.alasan)


def test_realisasi_kumulatif_tak_sama_jumlah_triwulan_dilaporkan() -> None:
    # periksa #166 (anggaran.py:90, kolom 'realisasi kumulatif' → ''): realisasi kumulatif
    # tertulis 100 sedangkan Σ realisasi TW I–IV = 10 + 20 + 30 + 45 = 105.
    baris = BarisAnggaran(
        "Kegiatan Uji", Decimal(1000), kode="7.01.01",
        realisasi=NilaiTriwulan(Decimal(10), Decimal(20), Decimal(30), Decimal(45)),
        realisasi_kumulatif=Decimal(100),
    )  # fmt: skip
    laporan = Laporan(Unit("Seksi Uji", "Kecamatan Uji"), Periode(2024, 4), [], [baris])
    temuan = [t for t in periksa(laporan) if t.jenis == "tidak konsisten"]
    assert [(t.kolom, t.tercetak) for t in temuan] == [("realisasi kumulatif", Decimal(100))]
    assert isinstance(temuan[0].dihitung, Decimal)
    assert Fraction(temuan[0].dihitung) == sum(Fraction(x) for x in (10, 20, 30, 45))
    assert temuan[0].alasan[:1].isalpha()
