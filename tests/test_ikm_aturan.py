"""Aturan IKM (PermenPANRB 14/2017, DOMAIN.md §13): indeks, NRR, mutu, kata jawaban.

Nilai harapan dari contoh terhitung DOMAIN.md §13, rujukan ``fractions.Fraction`` dan sifat
metamorfik (permutasi, responden tambahan), bukan dari rumus modul.
"""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import (
    SKALA_AKIP,
    SKALA_IKM,
    UNSUR_IKM,
    InputTidakSah,
    KinerjaError,
    NilaiDiLuarSkala,
    Pita,
    SkalaPredikat,
    SkalaTidakSah,
    TipeTidakSah,
    bulatkan,
    ikm,
    nilai_jawaban_ikm,
    nrr,
    predikat,
    skala,
)

# ------------------------------------------------------------------ contoh terhitung §13

JUMLAH_13 = [32, 30, 31, 35, 29, 33, 34, 30, 36]


def test_contoh_domain_13() -> None:
    indeks = ikm(jumlah_per_unsur=JUMLAH_13, responden=10)
    assert Fraction(indeks) - Fraction(29 * 25, 9) < Fraction(1, 10**30)
    assert bulatkan(indeks, 4) == Decimal("80.5556")
    assert bulatkan(indeks) == Decimal("80.56")
    mutu = predikat(indeks, SKALA_IKM)
    assert (mutu.label, mutu.keterangan) == ("B", "Baik")
    assert nrr(jumlah_per_unsur=JUMLAH_13, responden=10) == tuple(
        Decimal(x) for x in ("3.2", "3", "3.1", "3.5", "2.9", "3.3", "3.4", "3", "3.6")
    )


def test_contoh_domain_13_bobot_terbulatkan() -> None:
    # "With the rounded weight 0,11 a document would print 29 × 0,11 × 25 = 79,75."
    assert ikm(jumlah_per_unsur=JUMLAH_13, responden=10, bobot="0,11") == Decimal("79.75")
    assert ikm(jumlah_per_unsur=JUMLAH_13, responden=10, bobot="0,111") == Decimal("80.475")


def test_bobot_011_maksimum_99() -> None:
    assert ikm(jumlah_per_unsur=[40] * 9, responden=10, bobot="0,11") == 99


def test_unsur_regulasi() -> None:
    assert len(UNSUR_IKM) == 9
    assert UNSUR_IKM[0] == "Persyaratan"
    assert UNSUR_IKM[-1] == "Sarana dan prasarana"


# ------------------------------------------------------------------ sifat

jawaban_survei = st.integers(1, 12).flatmap(
    lambda n: st.lists(st.lists(st.integers(1, 4), min_size=n, max_size=n), min_size=1, max_size=30)
)


def _rujukan(jawaban: list[list[int]]) -> Fraction:
    n = len(jawaban[0])
    per_unsur = [Fraction(sum(b[u] for b in jawaban), len(jawaban)) for u in range(n)]
    return sum(per_unsur, Fraction(0)) / n * 25


@given(jawaban_survei)
def test_ikm_antara_25_100_dan_25_kali_rerata_nrr(jawaban: list[list[int]]) -> None:
    indeks = ikm(jawaban=jawaban)
    assert 25 <= indeks <= 100
    assert abs(Fraction(indeks) - _rujukan(jawaban)) < Fraction(1, 10**30)
    rerata_nrr = sum(map(Fraction, nrr(jawaban=jawaban)), Fraction(0)) / len(jawaban[0])
    assert abs(Fraction(indeks) - 25 * rerata_nrr) < Fraction(1, 10**30)


@given(jawaban_survei, st.randoms(use_true_random=False))
def test_permutasi_responden_dan_unsur_tidak_mengubah(
    jawaban: list[list[int]], acak: random.Random
) -> None:
    awal = ikm(jawaban=jawaban)
    baris = list(jawaban)
    acak.shuffle(baris)
    assert ikm(jawaban=baris) == awal
    urut = list(range(len(jawaban[0])))
    acak.shuffle(urut)
    assert ikm(jawaban=[[b[u] for u in urut] for b in jawaban]) == awal


@given(st.integers(1, 15), st.integers(1, 40))
def test_semua_4_seratus_semua_1_dua_puluh_lima(unsur: int, responden: int) -> None:
    assert ikm(jawaban=[[4] * unsur] * responden) == 100
    assert ikm(jawaban=[[1] * unsur] * responden) == 25
    assert ikm(jumlah_per_unsur=[4 * responden] * unsur, responden=responden) == 100


@given(jawaban_survei)
def test_responden_sama_dengan_nrr_bulat_tidak_mengubah(jawaban: list[list[int]]) -> None:
    # satu baris diulang k kali: NRR-nya bulat; responden yang menjawab NRR itu tak mengubah IKM
    ulang = [jawaban[0]] * len(jawaban)
    nilai = nrr(jawaban=ulang)
    assert all(x == x.to_integral_value() for x in nilai)
    assert ikm(jawaban=[*ulang, [int(x) for x in nilai]]) == ikm(jawaban=ulang)


@given(st.lists(st.integers(1, 4), min_size=1, max_size=12), st.integers(1, 50))
def test_responden_sama_dengan_nrr_bulat_dari_jumlah(nilai: list[int], n: int) -> None:
    awal = ikm(jumlah_per_unsur=[v * n for v in nilai], responden=n)
    assert ikm(jumlah_per_unsur=[v * (n + 1) for v in nilai], responden=n + 1) == awal


@given(jawaban_survei)
def test_jawaban_dan_jumlah_per_unsur_sepakat(jawaban: list[list[int]]) -> None:
    jumlah = [sum(b[u] for b in jawaban) for u in range(len(jawaban[0]))]
    assert ikm(jawaban=jawaban) == ikm(jumlah_per_unsur=jumlah, responden=len(jawaban))


def test_jawaban_kosong_tidak_dihitung_dalam_penyebut() -> None:
    # unsur 0: 4, 2 (kosong sekali) → NRR 3; unsur 1: 3, 3, 3 → 3
    jawaban: list[list[int | None]] = [[4, 3], [None, 3], [2, 3]]
    assert nrr(jawaban=jawaban) == (Decimal(3), Decimal(3))
    assert ikm(jawaban=jawaban) == 75
    assert ikm(jumlah_per_unsur=[6, 9], responden=[2, 3]) == 75


# ------------------------------------------------------------------ mutu (skala IKM)


@pytest.mark.parametrize(
    ("indeks", "mutu", "keterangan"),
    [
        ("25", "D", "Tidak Baik"),
        ("64,99", "D", "Tidak Baik"),
        ("64,9949", "D", "Tidak Baik"),
        ("64,995", "C", "Kurang Baik"),
        ("65", "C", "Kurang Baik"),
        ("76,60", "C", "Kurang Baik"),
        ("76,605", "B", "Baik"),
        ("76,61", "B", "Baik"),
        ("88,30", "B", "Baik"),
        ("88,3049", "B", "Baik"),
        ("88,305", "A", "Sangat Baik"),
        ("88,31", "A", "Sangat Baik"),
        ("100", "A", "Sangat Baik"),
    ],
)
def test_mutu_ikm_atas_indeks_dua_desimal(indeks: str, mutu: str, keterangan: str) -> None:
    pita = predikat(indeks, SKALA_IKM)
    assert (pita.label, pita.keterangan) == (mutu, keterangan)
    assert predikat(indeks, "ikm") == pita


@pytest.mark.parametrize("indeks", ["24,999", "24,995", "100,001", "0"])
def test_mutu_di_luar_25_100_galat(indeks: str) -> None:
    with pytest.raises(NilaiDiLuarSkala, match="IKM"):
        predikat(indeks, SKALA_IKM)


def test_skala_ikm_terdaftar() -> None:
    assert skala("ikm") is SKALA_IKM
    assert SKALA_IKM.tempat_desimal == 2


@pytest.mark.parametrize(
    ("nilai", "label", "keterangan"),
    [
        ("0", "D", "Sangat Kurang"),
        ("30", "D", "Sangat Kurang"),
        ("30,01", "C", "Kurang"),
        ("50", "C", "Kurang"),
        ("60", "CC", "Cukup (Memadai)"),
        ("70", "B", "Baik"),
        ("77,35", "BB", "Sangat Baik"),
        ("90", "A", "Memuaskan"),
        ("90,01", "AA", "Sangat Memuaskan"),
        ("100", "AA", "Sangat Memuaskan"),
    ],
)
def test_skala_akip_berketerangan(nilai: str, label: str, keterangan: str) -> None:
    pita = predikat(nilai, SKALA_AKIP)
    assert (pita.label, pita.keterangan) == (label, keterangan)


def test_vektor_mutu_ikm_sama_dengan_aturan() -> None:
    vektor = pytest.importorskip("kinerja.vektor")
    nilai = [25.0, 64.99, 64.995, 76.605, 88.3049, 88.305, 100.0, 24.99, 100.01]
    with pytest.warns(vektor.BarisTidakSah, match="2 baris"):
        hasil = list(vektor.predikat(nilai, SKALA_IKM))
    assert hasil[:7] == ["D", "D", "C", "B", "B", "A", "A"]
    assert all(x != x for x in hasil[7:])  # 24,99 dan 100,01 di luar skala: NaN


def test_keterangan_dan_tempat_desimal_skala_sendiri() -> None:
    s = SkalaPredikat.dari_ambang(
        "Saya", [50], ["Kurang", "Baik"], keterangan=["K", "B"], tempat_desimal=0
    )
    assert [p.keterangan for p in s.pita] == ["K", "B"]
    assert predikat("49,5", s).label == "Baik"  # 49,5 → 50
    assert predikat("49,49", s).label == "Kurang"
    assert Pita("A", 0, 1).keterangan is None


@pytest.mark.parametrize(
    ("kwargs", "galat", "pesan"),
    [
        ({"keterangan": ["K"]}, SkalaTidakSah, "keterangan"),
        ({"keterangan": ["K", ""]}, SkalaTidakSah, "keterangan"),
        ({"keterangan": "KB"}, TipeTidakSah, "keterangan"),
        ({"tempat_desimal": -1}, SkalaTidakSah, "tempat_desimal"),
        ({"tempat_desimal": True}, SkalaTidakSah, "tempat_desimal"),
        ({"tempat_desimal": 0, "minimum": "0,5"}, SkalaTidakSah, "0.5"),
    ],
)
def test_skala_sendiri_galat(kwargs: dict[str, object], galat: type, pesan: str) -> None:
    with pytest.raises(galat, match=pesan):
        SkalaPredikat.dari_ambang("Saya", [50], ["Kurang", "Baik"], **kwargs)  # type: ignore[arg-type]


# ------------------------------------------------------------------ galat masukan


@pytest.mark.parametrize(
    ("kwargs", "galat", "pesan"),
    [
        ({"jawaban": [[4, 5]]}, InputTidakSah, r"jawaban\[0\]\[1\].*1–4.*5"),
        ({"jawaban": [[4, 0]]}, InputTidakSah, r"jawaban\[0\]\[1\]"),
        ({"jawaban": [[4, True]]}, TipeTidakSah, r"jawaban\[0\]\[1\]"),
        ({"jawaban": [[4, "3"]]}, TipeTidakSah, r"jawaban\[0\]\[1\]"),
        ({"jawaban": [[4, 3.0]]}, TipeTidakSah, r"jawaban\[0\]\[1\]"),
        ({"jawaban": []}, InputTidakSah, "kosong"),
        ({"jawaban": [[]]}, InputTidakSah, "kosong"),
        ({"jawaban": [[4, 3], [4]]}, InputTidakSah, r"jawaban\[1\].*1 jawaban.*2"),
        ({"jawaban": [[4, None], [3, None]]}, InputTidakSah, r"unsur \[1\]"),
        ({"jawaban": "4,3"}, TipeTidakSah, "jawaban"),
        ({"jumlah_per_unsur": [], "responden": 3}, InputTidakSah, "kosong"),
        ({"jumlah_per_unsur": [13], "responden": 3}, InputTidakSah, r"jumlah_per_unsur\[0\]"),
        ({"jumlah_per_unsur": [2], "responden": 3}, InputTidakSah, r"3–12"),
        ({"jumlah_per_unsur": ["7,5"], "responden": 3}, InputTidakSah, "bulat"),
        ({"jumlah_per_unsur": [9], "responden": 0}, InputTidakSah, "responden"),
        ({"jumlah_per_unsur": [9], "responden": True}, TipeTidakSah, "responden"),
        ({"jumlah_per_unsur": [9, 9], "responden": [3]}, InputTidakSah, "responden"),
        ({"jumlah_per_unsur": [9]}, InputTidakSah, "responden"),
        ({}, InputTidakSah, "jawaban"),
        ({"jawaban": [[4]], "responden": 1}, InputTidakSah, "bukan keduanya"),
        ({"jawaban": [[4]], "bobot": 0}, InputTidakSah, "bobot"),
        ({"jawaban": [[4]], "bobot": "1,5"}, InputTidakSah, "bobot"),
    ],
)
def test_masukan_salah_galat_jelas(kwargs: dict[str, object], galat: type, pesan: str) -> None:
    with pytest.raises(galat, match=pesan):
        ikm(**kwargs)  # type: ignore[arg-type]


# ------------------------------------------------------------------ kata jawaban


@pytest.mark.parametrize(
    ("kata", "nilai"),
    [
        ("Tidak sesuai", 1),
        ("kurang MUDAH", 2),
        ("  Cepat ", 3),
        ("Sangat mahal", 1),
        ("Gratis", 4),
        ("Ada tetapi tidak berfungsi", 2),
        ("Dikelola dengan baik", 4),
        ("Buruk", 1),
        ("Cukup", 2),
        ("Sangat Baik", 4),
        ("Sangat sopan dan ramah", 4),
        ("4", 4),
    ],
)
def test_kata_jawaban(kata: str, nilai: int) -> None:
    assert nilai_jawaban_ikm(kata) == nilai


@pytest.mark.parametrize("kata", ["Bagus", "5", "", "sangat"])
def test_kata_jawaban_tak_dikenal(kata: str) -> None:
    with pytest.raises(InputTidakSah, match="tidak dikenal"):
        nilai_jawaban_ikm(kata)


def test_kata_jawaban_bukan_teks() -> None:
    with pytest.raises(KinerjaError):
        nilai_jawaban_ikm(3)  # type: ignore[arg-type]
