"""Kasus batas yang dibiarkan lolos oleh uji lama (ditemukan dengan uji mutasi, docs/mutasi.md).

- capaian: jalur singkat dua Decimal harus menolak persis seperti jalur umum (target 0 atau
  negatif, bukan angka terhingga), menghormati ``maksimum``/``minimum``, dan masukan campuran
  Decimal/int/teks memberi nilai yang sama;
- predikat: pita setengah terbuka bawaan, pita satu titik, pita teratas ``dari_ambang`` yang
  memuat maksimumnya, dan galat yang menyebut isiannya;
- kode rekening: sebuah kode bukan turunan dirinya sendiri, bukan turunan saudaranya, dan induk
  bukan turunan anaknya.

Batas pita predikat (termasuk kasus "x,01" skala AKIP 50/60/70/80) diuji di
``tests/test_oracle_aritmetika.py`` terhadap tabel DOMAIN.md §6.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from kinerja import (
    InputTidakSah,
    KinerjaError,
    KodeRekening,
    KodeRekeningSalah,
    NilaiDiLuarSkala,
    Pita,
    Polaritas,
    Realisasi,
    RumusNegatif,
    SkalaPredikat,
    SkalaTidakSah,
    Target,
    TargetNol,
    TipeTidakSah,
    capaian,
    capaian_agregat,
    predikat,
    rata_rata_capaian,
    rata_rata_tertimbang,
)
from kinerja.predikat import SKALA_LKJ


@pytest.mark.parametrize("target", [Decimal(0), Decimal("0.00"), Decimal("-0")])
def test_capaian_target_nol_decimal_ditolak_seperti_int(target: Decimal) -> None:
    with pytest.raises(TargetNol):
        capaian(target, Decimal(3))
    with pytest.raises(TargetNol):
        capaian(0, 3)


@pytest.mark.parametrize("target", [Decimal(-5), -5, Decimal(-1), "-0,5", Decimal("-0.01")])
def test_capaian_target_negatif_ditolak(target: object) -> None:
    with pytest.raises(InputTidakSah, match="harus > 0"):
        capaian(target, Decimal(3))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [
        (Decimal("Infinity"), Decimal(1)),
        (Decimal(1), Decimal("NaN")),
        (Decimal("-Infinity"), Decimal(1)),
        (Decimal(1), Decimal("sNaN")),
    ],
)
def test_capaian_bukan_angka_terhingga_ditolak(target: Decimal, realisasi: Decimal) -> None:
    with pytest.raises(KinerjaError):
        capaian(target, realisasi)


def test_capaian_decimal_menghormati_maksimum_dan_minimum_sendiri_sendiri() -> None:
    # DOMAIN §2: T = 40, R = 90 → 225 tanpa batas; batas hanya bila diminta
    assert capaian(Decimal(40), Decimal(90)) == 225
    assert capaian(Decimal(40), Decimal(90), maksimum=Decimal(120)) == 120
    assert capaian(Decimal(40), Decimal(90), maksimum=120) == 120
    assert capaian(Decimal(40), Decimal(10), minimum=Decimal(30)) == 30
    assert capaian(Decimal(40), Decimal(10), minimum=Decimal(0)) == 25
    # negatif jauh melewati target: (2 × 10 − 30) / 10 × 100 = −100, lantai 0 bila diminta
    assert capaian(Decimal(10), Decimal(30), polaritas=Polaritas.NEGATIF) == -100
    assert capaian(Decimal(10), Decimal(30), polaritas=Polaritas.NEGATIF, minimum=0) == 0


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [
        (Decimal("95.45"), Decimal("95.27")),
        ("95,45", Decimal("95.27")),
        (Decimal("95.45"), "95,27"),
        ("95,45", "95,27"),
    ],
)
def test_capaian_masukan_campuran_sama(target: object, realisasi: object) -> None:
    # Klakah 2024 (DOMAIN §2): 95,27 / 95,45 × 100 → 99,81
    hasil = capaian(target, realisasi)  # type: ignore[arg-type]
    assert hasil.quantize(Decimal("0.01")) == Decimal("99.81")


@pytest.mark.parametrize(
    ("target", "realisasi", "harapan"),
    [
        (Decimal(12), 3, 25),  # Senduro: 3 dari 12 desa
        (12, Decimal(3), 25),
        (Decimal(3), 3, 100),  # Kalaena
        (3, Decimal(3), 100),
        (40, Decimal(90), 225),
    ],
)
def test_capaian_campuran_decimal_int(target: object, realisasi: object, harapan: int) -> None:
    assert capaian(target, realisasi) == harapan  # type: ignore[arg-type]


KODE = ["7", "7.01", "7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001"]


@pytest.mark.parametrize("teks", KODE)
def test_kode_bukan_turunan_dirinya_sendiri(teks: str) -> None:
    kode = KodeRekening.parse(teks)
    assert not kode.adalah_turunan_dari(kode)
    assert not kode.adalah_turunan_dari(KodeRekening.parse(teks))


@pytest.mark.parametrize(
    ("anak", "leluhur", "harapan"),
    [
        ("7.01.01.2.01.0001", "7", True),
        ("7.01.01.2.01.0001", "7.01.01", True),
        ("7.01.01.2.01", "7.01.01", True),
        ("7.01.01", "7.01.01.2.01", False),  # induk bukan turunan anaknya
        ("7.01.02", "7.01.01", False),  # saudara
        ("7.01.02.2.01", "7.01.01", False),  # anak saudara
        ("8.01.01", "7.01", False),
        ("X.XX.01", "X.XX", True),
    ],
)
def test_kode_turunan(anak: str, leluhur: str, harapan: bool) -> None:
    assert KodeRekening.parse(anak).adalah_turunan_dari(KodeRekening.parse(leluhur)) is harapan


def test_kode_induk_dan_leluhur_urusan() -> None:
    urusan = KodeRekening.parse("7")
    assert urusan.induk is None
    assert urusan.leluhur() == ()
    assert str(KodeRekening.parse("7.01.01.2.01").induk) == "7.01.01"


# ------------------------------------------------------------------ predikat: pita dan skala


@pytest.mark.parametrize(
    ("label", "galat"),
    [(5, TipeTidakSah), (None, TipeTidakSah), ("", SkalaTidakSah), ("   ", SkalaTidakSah)],
)
def test_label_pita_harus_teks_tak_kosong(label: object, galat: type[Exception]) -> None:
    with pytest.raises(galat, match="'label'"):
        Pita(label)


@pytest.mark.parametrize(
    ("buat", "isian"),
    [
        (lambda: Pita("A", "abc"), "'bawah'"),
        (lambda: Pita("A", 1, "x"), "'atas'"),
        (lambda: SkalaPredikat.dari_ambang("x", [5], ["A", "B"], minimum="q"), "'minimum'"),
        (lambda: SkalaPredikat.dari_ambang("x", [5], ["A", "B"], maksimum="q"), "'maksimum'"),
        (lambda: predikat("abc", SKALA_LKJ), "'nilai'"),
        (lambda: SkalaPredikat("x", "AB"), "'pita' harus daftar"),
        (lambda: SkalaPredikat("x", 5), "'pita' harus daftar"),
        (lambda: SkalaPredikat.dari_ambang("x", "5", ["A", "B"]), "'ambang'"),
        (lambda: SkalaPredikat.dari_ambang("x", 5, ["A", "B"]), "'ambang'"),  # type: ignore[arg-type]
        (lambda: SkalaPredikat.dari_ambang("x", [5], "AB"), "'label'"),
        (lambda: SkalaPredikat.dari_ambang("x", [5], ["A"]), "1 ambang butuh 2 label"),
        (lambda: SkalaPredikat.dari_ambang("x", [5, 6], ["A"]), "2 ambang butuh 3 label"),
    ],
)
def test_galat_skala_menyebut_isiannya(buat: Callable[[], object], isian: str) -> None:
    with pytest.raises(KinerjaError, match=isian):
        buat()


def test_pita_bawaan_setengah_terbuka_dan_kata_kunci() -> None:
    pita = Pita("A", 50, 60)
    assert pita.memuat(Decimal(50))
    assert not pita.memuat(Decimal(60))
    with pytest.raises(TypeError):
        Pita("A", 50, 60, True)  # type: ignore[call-arg]


def test_pita_satu_titik() -> None:
    titik = Pita("Tepat", 50, 50, termasuk_atas=True)
    assert titik.memuat(Decimal(50))
    assert not titik.memuat(Decimal("50.01"))
    for bawah, atas in ((True, False), (False, True), (False, False)):
        with pytest.raises(SkalaTidakSah, match="kosong"):
            Pita("A", 50, 50, termasuk_bawah=bawah, termasuk_atas=atas)


def test_dari_ambang_pita_teratas_memuat_maksimum() -> None:
    # termasuk="bawah" membuat [a, b); pita teratas tetap memuat maksimumnya: [50, 100]
    skala = SkalaPredikat.dari_ambang("x", [50], ["Bawah", "Atas"], minimum=0, maksimum=100)
    assert predikat(100, skala).label == "Atas"
    assert predikat(0, skala).label == "Bawah"
    assert predikat(50, skala).label == "Atas"
    with pytest.raises(NilaiDiLuarSkala):
        predikat("100,01", skala)


# ------------------------------------------------------------------ kode rekening: galat dan batas


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("A", "segmen urusan 'A' harus 1 digit atau X"),
        ("7.1", "segmen bidang '1' harus 2 digit atau XX"),
        ("7.01.1", "segmen program '1' harus 2 digit"),
        ("7.01.01.2.1", r"segmen kegiatan '2\.1' harus 1 digit, titik, 2 digit"),
        ("7.01.02.2.01.02", "segmen sub kegiatan '02' harus 4 digit"),  # Klakah 2024
    ],
)
def test_kode_cacat_menyebut_segmen_dan_bentuknya(teks: str, pesan: str) -> None:
    with pytest.raises(KodeRekeningSalah, match=pesan):
        KodeRekening.parse(teks)


def test_kode_batas_panjang_40_karakter() -> None:
    # 40 karakter masih diurai (dan ditolak karena segmennya); 41 ditolak karena panjangnya
    with pytest.raises(KodeRekeningSalah, match="segmen urusan"):
        KodeRekening.parse("9" * 40)
    with pytest.raises(KodeRekeningSalah, match="terlalu panjang"):
        KodeRekening.parse("9" * 41)


def test_kode_konstruksi_langsung() -> None:
    with pytest.raises(KodeRekeningSalah, match="jumlah tingkat harus 1–5"):
        KodeRekening(())
    with pytest.raises(KodeRekeningSalah, match=r"kode rekening '7\.1': segmen bidang"):
        KodeRekening(("7", "1"))
    with pytest.raises(TipeTidakSah, match="'segmen'"):
        KodeRekening(5)
    with pytest.raises(TypeError):
        KodeRekening(("7",), "7")  # type: ignore[call-arg]


def test_kode_teks_asli_tidak_ikut_kesamaan_dan_urutan() -> None:
    berspasi, rapi = KodeRekening.parse(" 7.01 "), KodeRekening.parse("7.01")
    assert berspasi == rapi
    assert hash(berspasi) == hash(rapi)
    assert not berspasi < rapi
    assert not rapi < berspasi
    assert repr(berspasi) == "KodeRekening(segmen=('7', '01'))"


# ------------------------------------------------------------------ capaian: nama dan pesan


def test_rumus_negatif_berlabel_teks() -> None:
    assert str(RumusNegatif.SELISIH) == "selisih"
    assert str(RumusNegatif.RASIO) == "rasio"
    assert RumusNegatif("rasio") is RumusNegatif.RASIO


@pytest.mark.parametrize(
    ("argumen", "isian"),
    [
        ({"target": "abc", "realisasi": 1}, "'target'"),
        ({"target": 1, "realisasi": "abc"}, "'realisasi'"),
        ({"target": 1, "realisasi": 1, "maksimum": "abc"}, "'maksimum'"),
        ({"target": 1, "realisasi": 1, "minimum": "abc"}, "'minimum'"),
    ],
)
def test_galat_capaian_menyebut_isiannya(argumen: dict[str, object], isian: str) -> None:
    with pytest.raises(KinerjaError, match=isian):
        capaian(**argumen)  # type: ignore[arg-type]


@pytest.mark.parametrize("polaritas", list(Polaritas))
def test_capaian_rentang_ujungnya_termasuk(polaritas: Polaritas) -> None:
    # DOMAIN §2: R di dalam [a, b] (termasuk ujungnya) → 100
    for r in (60, 75, Decimal("60.00"), "67,5"):
        assert capaian(Target.rentang(60, 75), r, polaritas=polaritas) == 100
    assert capaian(Target.rentang(60, 75), "59,99", polaritas=polaritas) != 100
    assert capaian(Target.rentang(60, 75), "75,01", polaritas=polaritas) != 100


@pytest.mark.parametrize(
    ("buat", "pesan"),
    [
        (lambda: capaian(5, 0, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO),
         "rumus rasio T/R tidak terdefinisi"),
        (lambda: rata_rata_capaian(5), "'nilai' harus daftar"),  # type: ignore[arg-type]
        (lambda: rata_rata_capaian("12"), "'nilai' harus daftar"),
        (lambda: rata_rata_capaian([]), "'nilai' kosong"),
        (lambda: rata_rata_capaian([1, "x"]), r"'nilai\[1\]'"),
        (lambda: capaian_agregat(target=5, realisasi=[1]), "'target' harus daftar"),  # type: ignore[arg-type]
        (lambda: capaian_agregat(target=[1], realisasi=5), "'realisasi' harus daftar"),  # type: ignore[arg-type]
        (lambda: capaian_agregat(target=[], realisasi=[]), "'target' kosong"),
        (lambda: capaian_agregat(target=[0, 0], realisasi=[1, 1]), "jumlah target 0"),
        (lambda: capaian_agregat(target=["-0,5"], realisasi=[1]), "jumlah target harus > 0"),
        (lambda: capaian_agregat(target=[Target(1, "Desa"), Target(1, "Dokumen")],
                                 realisasi=[1, 1]),
         r"baris \[1\] bersatuan 'Dokumen', baris sebelumnya 'Desa'"),
        (lambda: rata_rata_tertimbang(5, [1]), "'nilai' harus daftar"),  # type: ignore[arg-type]
        (lambda: rata_rata_tertimbang([1], 5), "'bobot' harus daftar"),  # type: ignore[arg-type]
        (lambda: rata_rata_tertimbang([1, 2], [1]), r"jumlah nilai \(2\) dan bobot \(1\)"),
        (lambda: rata_rata_tertimbang([1, 2], [1, "-0,5"]), r"'bobot\[1\]' harus >= 0"),
        (lambda: capaian_agregat(target=[Target(1, "Desa")], realisasi=[Realisasi(1, "Dokumen")]),
         r"satuan target \('Desa'\) dan realisasi \('Dokumen'\) berbeda"),
    ],
)  # fmt: skip
def test_galat_capaian_banyak_baris_menyebut_isiannya(
    buat: Callable[[], object], pesan: str
) -> None:
    with pytest.raises(KinerjaError, match=pesan):
        buat()


def test_rata_rata_tertimbang_bobot_nol_boleh() -> None:
    # bobot 0 berarti baris itu tidak ikut: (100 × 1 + 50 × 0) / 1 = 100
    assert rata_rata_tertimbang([100, 50], [1, 0]) == 100
    assert rata_rata_tertimbang([100, 50], [3, 1]) == Decimal("87.5")
