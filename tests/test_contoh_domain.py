"""Setiap contoh terhitung di DOMAIN.md dan laporan nyata di seeds/, sebagai nilai tepat."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from kinerja import (
    SKALA_AKIP,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    Anggaran,
    DokumenDesa,
    Kumulasi,
    Polaritas,
    Realisasi,
    RekapFasilitasi,
    RumusNegatif,
    SatuanTidakCocok,
    Target,
    TargetNol,
    baca_angka,
    batas_waktu_laporan,
    bulatkan,
    capaian,
    capaian_agregat,
    efisiensi,
    persentase_tepat_waktu,
    predikat,
    rata_rata_capaian,
    sampai_dengan,
    serapan,
)

D = Decimal


@pytest.mark.parametrize(
    ("sumber", "target", "realisasi", "diharapkan"),
    [
        ("Kalaena TW I 2024: 3 dokumen dari 3", 3, 3, D("100")),
        ("Klakah 2024: 95,27 dari 95,45 (tercetak 99,79)", "95,45", "95,27", D("99.81")),
        ("DOMAIN §2: capaian lebih", 40, 90, D("225")),
        ("Kalaena TW I 2024 keuangan (tercetak 99,22)", "4.483.500", "4.453.500", D("99.33")),
        ("Kalaena TW I 2024 keuangan baris 2", "5.969.000", "369.500", D("6.19")),
    ],
)
def test_capaian_positif(sumber: str, target: str, realisasi: str, diharapkan: Decimal) -> None:
    assert bulatkan(capaian(target, realisasi)) == diharapkan, sumber


def test_senduro_tiga_dari_dua_belas_desa() -> None:
    # Senduro TW I 2023: target 100%, realisasi 3 Desa dari 12 → 25%
    assert capaian(Target(100, "%"), Realisasi(3, "Desa", dari=12)) == D("25")
    with pytest.raises(SatuanTidakCocok, match="penyebut"):
        capaian(Target(100, "%"), Realisasi(3, "Desa"))


@pytest.mark.parametrize(
    ("target", "realisasi", "diharapkan"),
    [(10, 8, D("120")), (10, 12, D("80")), (4, 5, D("75"))],
)
def test_capaian_negatif_permenpanrb(target: int, realisasi: int, diharapkan: Decimal) -> None:
    assert capaian(target, realisasi, polaritas=Polaritas.NEGATIF) == diharapkan


def test_capaian_negatif_rasio_hanya_bila_diminta() -> None:
    rasio = capaian(10, 8, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO)
    assert rasio == D("125")
    assert capaian(10, 8, polaritas=Polaritas.NEGATIF) == D("120")


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "diharapkan"),
    [
        (Target.rentang(60, 75), 48, Polaritas.POSITIF, D("80")),
        (Target.rentang(60, 75), 90, Polaritas.POSITIF, D("120")),
        (Target.rentang(60, 75), 70, Polaritas.POSITIF, D("100")),
        (Target.rentang(10, 12), 9, Polaritas.NEGATIF, D("110")),
        (Target.rentang(10, 12), 11, Polaritas.NEGATIF, D("100")),
    ],
)
def test_capaian_target_rentang(
    target: Target, realisasi: int, polaritas: Polaritas, diharapkan: Decimal
) -> None:
    assert capaian(target, realisasi, polaritas=polaritas) == diharapkan


def test_capaian_target_nol_galat() -> None:
    with pytest.raises(TargetNol):
        capaian(0, 5)


def test_rata_rata_dan_agregat() -> None:
    # Kalaena: (100 + 100)/2 = 100; DOMAIN §3: (120 + 90 + 99,5)/3 = 103,17
    assert rata_rata_capaian([100, 100]) == D("100")
    assert bulatkan(rata_rata_capaian([120, 90, "99,5"])) == D("103.17")
    # Kalaena keuangan TW I 2024: agregat 46,14 (tercetak "46%"), rerata dua persen 52,76
    target = ["4.483.500", "5.969.000"]
    realisasi = ["4.453.500", "369.500"]
    assert bulatkan(capaian_agregat(target=target, realisasi=realisasi)) == D("46.14")
    rerata = rata_rata_capaian([capaian(t, r) for t, r in zip(target, realisasi, strict=True)])
    assert bulatkan(rerata) == D("52.76")


def test_kumulasi_klakah() -> None:
    # Klakah 2024: 37,84 + 17 + 10,7 + 29,63 = 95,17
    nilai = ["37,84", "17", "10,7", "29,63"]
    assert sampai_dengan(nilai, Kumulasi.KUMULATIF, 4) == D("95.17")
    assert sampai_dengan(nilai, Kumulasi.AKHIR, 4) == D("29.63")


def test_kumulasi_target_kalaena_tidak_konsisten() -> None:
    # Rencana Aksi Kalaena: 14 dokumen di TW I dan TW IV untuk target tahunan 14
    assert sampai_dengan([14, None, None, 14], Kumulasi.KUMULATIF, 4) == D("28")
    assert sampai_dengan([14, None, None, 14], Kumulasi.AKHIR, 4) == D("14")


def test_anggaran_klakah_program() -> None:
    a = Anggaran(pagu="1.780.578.508", realisasi="1.692.625.798")
    assert a.sisa == D("87952710")
    assert bulatkan(a.serapan) == D("95.06")
    assert bulatkan(efisiensi(100, a.serapan)) == D("4.94")
    assert bulatkan(serapan("4.483.500", "4.453.500")) == D("99.33")


@pytest.mark.parametrize(
    ("capaian_kinerja", "serapan_anggaran", "diharapkan"),
    [(6, 9, D("-3")), (5, 6, D("-1")), (100, D("95.06"), D("4.94"))],
)
def test_efisiensi(capaian_kinerja: int, serapan_anggaran: int, diharapkan: Decimal) -> None:
    assert efisiensi(capaian_kinerja, serapan_anggaran) == diharapkan


@pytest.mark.parametrize(
    ("nilai", "permendagri", "lkj"),
    [
        ("100", "Sangat Tinggi", "Sangat Baik"),
        ("91", "Sangat Tinggi", "Sangat Baik"),
        ("90,5", "Tinggi", "Baik"),
        ("76", "Tinggi", "Baik"),
        ("75,99", "Sedang", "Cukup"),
        ("66", "Sedang", "Cukup"),
        ("51", "Rendah", "Kurang"),
        ("50,99", "Sangat Rendah", "Sangat Kurang"),
        ("-10", "Sangat Rendah", "Sangat Kurang"),
    ],
)
def test_predikat_capaian(nilai: str, permendagri: str, lkj: str) -> None:
    assert predikat(nilai, SKALA_PERMENDAGRI_86_2017).label == permendagri
    assert predikat(nilai, SKALA_LKJ).label == lkj


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        ("100", "AA"),
        ("90,01", "AA"),
        ("90", "A"),
        ("80", "BB"),
        ("70", "B"),
        ("60", "CC"),
        ("50", "C"),
        ("30,01", "C"),
        ("30", "D"),
        ("0", "D"),
    ],
)
def test_predikat_akip(nilai: str, label: str) -> None:
    assert predikat(nilai, SKALA_AKIP).label == label


def test_dokumen_desa_batas_waktu() -> None:
    assert DokumenDesa.RKPDES.batas_waktu(2024) == datetime.date(2023, 9, 30)
    assert DokumenDesa.APBDES.batas_waktu(2024) == datetime.date(2023, 12, 31)
    assert DokumenDesa.LPPDES.batas_waktu(2024) == datetime.date(2025, 3, 31)


def test_persentase_tepat_waktu_klakah() -> None:
    tepat = {DokumenDesa.RKPDES: 12, DokumenDesa.APBDES: 12, DokumenDesa.LPPDES: 12}
    assert persentase_tepat_waktu(12, tepat) == D("100")


def test_rekap_fasilitasi_klakah() -> None:
    # Klakah 2024: 44 baris, 41 lengkap, satu 11/12, dua kosong → 95,27; capaian 99,81
    desa = [f"Desa {i}" for i in range(1, 13)]
    centang = {f"Lengkap {i}": [True] * 12 for i in range(41)}
    centang["Sebelas"] = [True] * 11 + [False]
    centang["Kosong 1"] = [False] * 12
    centang["Kosong 2"] = [False] * 12
    rekap = RekapFasilitasi(desa=desa, centang=centang)
    assert bulatkan(rekap.persentase) == D("95.27")
    assert bulatkan(capaian("95,45", bulatkan(rekap.persentase))) == D("99.81")


def test_batas_waktu_laporan_domain() -> None:
    # TW IV 2024 berakhir Selasa 31 Des 2024; 1 Jan libur; hari kerja ke-5: Rabu 8 Jan 2025
    assert batas_waktu_laporan(2024, 4) == datetime.date(2025, 1, 8)
    # TW I 2025 berakhir pada Idul Fitri (31 Maret); cuti bersama mendorong ke 14 April 2025
    assert batas_waktu_laporan(2025, 1) == datetime.date(2025, 4, 14)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("1.895.403.508,00", D("1895403508.00")),
        ("Rp. 22.571.000", D("22571000")),
        ("95,45%", D("95.45")),
        ("0,5", D("0.5")),
        ("75,86 %", D("75.86")),
        ("1.500", D("1500")),
    ],
)
def test_baca_angka_dari_laporan(teks: str, nilai: Decimal) -> None:
    assert baca_angka(teks) == nilai
