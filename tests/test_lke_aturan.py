"""Aturan LKE AKIP (DOMAIN.md §6, §14): skor sub-komponen, skala jawaban, lembar kerja, saran
nilai, kerangka logis, predikat.

Nilai harapan dari contoh terhitung DOMAIN.md §14, rujukan ``fractions.Fraction`` (nilai
jawaban ditulis ulang di sini dari DOMAIN.md, bukan dibaca dari modul) dan sifat metamorfik.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import (
    BOBOT_LKE_2015,
    BOBOT_LKE_2021,
    JAWABAN_AA_E,
    JAWABAN_YT_AE,
    SKALA_JAWABAN,
    BobotKomponen,
    InputTidakSah,
    KerangkaLogis,
    Komponen,
    Kriteria,
    LembarKerja,
    MetodeLKE,
    SkalaJawaban,
    Subkomponen,
    TipeTidakSah,
    daftarkan_skala_jawaban,
    saran_nilai_lke,
    skala_jawaban,
    skor_subkomponen,
)
from kinerja import lke_jawaban as modul_jawaban

# Nilai dari DOMAIN.md §14 (ditulis ulang, bukan dari modul)
YT_AE = {
    "Y": Fraction(1),
    "T": Fraction(0),
    "A": Fraction(1),
    "B": Fraction(3, 4),
    "C": Fraction(1, 2),
    "D": Fraction(1, 4),
    "E": Fraction(0),
}
AA_E = {"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0}


@pytest.fixture(autouse=True)
def _pulihkan_daftar() -> object:
    simpanan = dict(modul_jawaban._TERDAFTAR)
    yield
    modul_jawaban._TERDAFTAR.clear()
    modul_jawaban._TERDAFTAR.update(simpanan)


# ------------------------------------------------------------------ contoh terhitung §14


def test_contoh_88_2021_pengukuran() -> None:
    lk = LembarKerja(
        [
            Komponen(
                "Pengukuran kinerja",
                [
                    Subkomponen("Keberadaan", 6, nilai="A"),
                    Subkomponen("Kualitas", 9, nilai="BB"),
                    Subkomponen("Pemanfaatan", 15, nilai="B"),
                ],
            )
        ]
    )
    assert [lk.skor(s) for s in lk.komponen[0].subkomponen] == [
        Decimal("5.4"),
        Decimal("7.2"),
        Decimal("10.5"),
    ]
    assert lk.skor_komponen(lk.komponen[0]) == Decimal("23.1")
    assert skor_subkomponen(["BB"], 9, skala=JAWABAN_AA_E) == Decimal("7.2")


def test_contoh_metode_lama() -> None:
    assert skor_subkomponen(["A", "B", "C", "Y"], 9) == Decimal("7.3125")
    assert skor_subkomponen(["a", " b", "c", "y"], "9", skala="yt-ae") == Decimal("7.3125")


def test_contoh_varian_aa_e_per_kriteria() -> None:
    assert skor_subkomponen(["AA", "BB", "C"], 9, skala=JAWABAN_AA_E) == Decimal("6.9")
    assert skor_subkomponen(["AA", "BB", "C"], 9, skala="AA_E") == Decimal("6.9")


def _satu_sub(bobot_nilai: list[tuple[str, str]]) -> LembarKerja:
    return LembarKerja(
        [Komponen("K", [Subkomponen(f"S{i}", b, nilai=n) for i, (b, n) in enumerate(bobot_nilai)])]
    )


@pytest.mark.parametrize(
    ("bobot_nilai", "total", "label", "keterangan"),
    [
        ([("100", "A")], "90", "A", "Memuaskan"),
        ([("90,01", "AA"), ("9,99", "E")], "90.01", "AA", "Sangat Memuaskan"),
        ([("100", "D")], "30", "D", "Sangat Kurang"),
        ([("30,01", "AA"), ("69,99", "E")], "30.01", "C", "Kurang"),
        ([("77,35", "AA"), ("22,65", "E")], "77.35", "BB", "Sangat Baik"),
    ],
)
def test_predikat_batas_akip(
    bobot_nilai: list[tuple[str, str]], total: str, label: str, keterangan: str
) -> None:
    lk = _satu_sub(bobot_nilai)
    assert lk.total == Decimal(total)
    assert (lk.predikat.label, lk.predikat.keterangan) == (label, keterangan)


def test_contoh_komponen_77_35_bb() -> None:
    # DOMAIN.md §14: 24,5 + 22,75 + 11,2 + 18,9 = 77,35 → BB; komponen sebagai satu sub-komponen
    # metode rerata berbobot penuh, jawaban A–E yang reratanya memberi skor itu
    lk = LembarKerja(
        [
            Komponen("Perencanaan", [Subkomponen("x", "24,5", [Kriteria("k", "A")])]),
            Komponen("Pengukuran", [Subkomponen("x", "22,75", [Kriteria("k", "Y")])]),
            Komponen("Pelaporan", [Subkomponen("x", "11,2", [Kriteria("k", "A")])]),
            Komponen("Evaluasi", [Subkomponen("x", "18,9", [Kriteria("k", "Y")])]),
        ],
        metode="rerata",
    )
    assert lk.total == Decimal("77.35")
    assert lk.predikat.label == "BB"


def test_bobot_regulasi() -> None:
    def tabel(bobot: tuple[BobotKomponen, ...]) -> list[tuple[str, list[str]]]:
        return [(str(k.bobot), [str(b) for _, b in k.subkomponen]) for k in bobot]

    # DOMAIN.md §14: 30 = 6/9/15, 30 = 6/9/15, 15 = 3/4,5/7,5, 25 = 5/7,5/12,5
    assert [(Decimal(b), [Decimal(x) for x in s]) for b, s in tabel(BOBOT_LKE_2021)] == [
        (Decimal(b), [Decimal(x) for x in s])
        for b, s in [
            ("30", ["6", "9", "15"]),
            ("30", ["6", "9", "15"]),
            ("15", ["3", "4.5", "7.5"]),
            ("25", ["5", "7.5", "12.5"]),
        ]
    ]
    assert [k.bobot for k in BOBOT_LKE_2015] == [30, 25, 15, 10, 20]
    assert [b for _, b in BOBOT_LKE_2015[1].subkomponen] == [
        Decimal(5),
        Decimal("12.5"),
        Decimal("7.5"),
    ]
    assert sum(k.bobot for k in BOBOT_LKE_2021) == sum(k.bobot for k in BOBOT_LKE_2015) == 100


# ------------------------------------------------------------------ saran nilai


@pytest.mark.parametrize(
    ("terpenuhi", "jumlah", "nilai"),
    [
        (4, 4, "B"),
        (76, 100, "B"),
        (3, 4, "CC"),
        (51, 100, "CC"),
        (1, 2, "C"),
        (26, 100, "C"),
        (1, 4, "D"),
        (1, 100, "D"),
        (0, 5, "E"),
    ],
)
def test_saran_nilai(terpenuhi: int, jumlah: int, nilai: str) -> None:
    assert saran_nilai_lke(terpenuhi, jumlah) == nilai


def test_saran_di_samping_nilai_evaluator() -> None:
    kriteria = [Kriteria("a", "Y"), Kriteria("b", "Y"), Kriteria("c", "T"), Kriteria("d", "Y")]
    tanpa = Subkomponen("Kualitas", 9, kriteria)
    dengan = Subkomponen("Kualitas", 9, kriteria, nilai="bb")
    lk = LembarKerja([Komponen("K", [tanpa, dengan])])
    assert lk.saran(tanpa) == lk.saran(dengan) == "CC"  # 3/4 terpenuhi
    assert (lk.nilai(tanpa), lk.nilai(dengan)) == ("CC", "BB")
    assert (lk.skor(tanpa), lk.skor(dengan)) == (Decimal("5.4"), Decimal("7.2"))


@pytest.mark.parametrize(("t", "j"), [(5, 4), (-1, 4), (0, 0), (True, 4), (1, "4")])
def test_saran_galat(t: object, j: object) -> None:
    with pytest.raises((InputTidakSah, TipeTidakSah)):
        saran_nilai_lke(t, j)  # type: ignore[arg-type]


# ------------------------------------------------------------------ sifat


def _rujukan(jawaban: list[str | None], bobot: Decimal, nilai: dict[str, Fraction]) -> Fraction:
    maks = max(nilai.values())
    total = sum((nilai[j] for j in jawaban if j is not None), Fraction(0))
    return total / len(jawaban) / maks * Fraction(bobot)


jawaban_yt = st.lists(st.sampled_from([*YT_AE, None]), min_size=1, max_size=12)
bobot_st = st.decimals(min_value=Decimal("0.01"), max_value=100, places=2)


@given(jawaban_yt, bobot_st)
def test_skor_antara_0_dan_bobot(jawaban: list[str | None], bobot: Decimal) -> None:
    skor = skor_subkomponen(jawaban, bobot)
    assert 0 <= skor <= bobot
    assert abs(Fraction(skor) - _rujukan(jawaban, bobot, YT_AE)) < Fraction(1, 10**28)


@given(st.lists(st.sampled_from(list(AA_E)), min_size=1, max_size=12), bobot_st)
def test_skor_aa_e_rujukan(jawaban: list[str], bobot: Decimal) -> None:
    skor = skor_subkomponen(jawaban, bobot, skala=JAWABAN_AA_E)
    harapan = _rujukan(list(jawaban), bobot, {k: Fraction(v) for k, v in AA_E.items()})
    assert abs(Fraction(skor) - harapan) < Fraction(1, 10**28)


@given(st.integers(1, 12), bobot_st, st.sampled_from(["Y", "A", "a"]))
def test_semua_terbaik_bobot_penuh(n: int, bobot: Decimal, terbaik: str) -> None:
    assert skor_subkomponen([terbaik] * n, bobot) == bobot
    assert skor_subkomponen(["AA"] * n, bobot, skala=JAWABAN_AA_E) == bobot
    assert skor_subkomponen(["E"] * n, bobot, skala=JAWABAN_AA_E) == 0


@st.composite
def lembar(draw: st.DrawFn) -> tuple[LembarKerja, list[list[list[str | None]]]]:
    metode = draw(st.sampled_from(["88/2021", "rerata"]))
    jawaban = draw(st.lists(st.lists(jawaban_yt, min_size=1, max_size=3), min_size=1, max_size=4))
    nilai = draw(st.lists(st.sampled_from([None, *AA_E]), min_size=12, max_size=12))
    komponen = [
        Komponen(
            f"K{i}",
            [
                Subkomponen(
                    f"S{j}",
                    Decimal(i + j + 1),
                    [Kriteria(f"k{n}", x) for n, x in enumerate(sub)],
                    nilai=nilai[(i * 3 + j) % 12] if metode == "88/2021" else None,
                )
                for j, sub in enumerate(subs)
            ],
        )
        for i, subs in enumerate(jawaban)
    ]
    return LembarKerja(komponen, metode=metode), jawaban


@given(lembar())
def test_total_jumlah_komponen(data: tuple[LembarKerja, object]) -> None:
    lk, _ = data
    per_sub = [Fraction(lk.skor(s)) for k in lk.komponen for s in k.subkomponen]
    per_komponen = [Fraction(lk.skor_komponen(k)) for k in lk.komponen]
    # skor per sub-komponen sudah dibulatkan ke 34 digit; jumlahnya tepat sampai 10⁻²⁵
    assert abs(sum(per_komponen, Fraction(0)) - Fraction(lk.total)) < Fraction(1, 10**25)
    assert abs(sum(per_sub, Fraction(0)) - Fraction(lk.total)) < Fraction(1, 10**25)
    assert 0 <= lk.total <= lk.bobot


URUT_YT = ["T", "E", "D", "C", "B", "A"]  # naik; Y sama dengan A


@given(lembar(), st.data())
def test_menaikkan_satu_jawaban_tidak_menurunkan_total(
    data: tuple[LembarKerja, list[list[list[str | None]]]], pilih: st.DataObject
) -> None:
    lk, jawaban = data
    i = pilih.draw(st.integers(0, len(jawaban) - 1))
    j = pilih.draw(st.integers(0, len(jawaban[i]) - 1))
    n = pilih.draw(st.integers(0, len(jawaban[i][j]) - 1))
    lama = jawaban[i][j][n]
    awal = -1 if lama is None else URUT_YT.index("A" if lama == "Y" else lama)
    baru = pilih.draw(st.sampled_from(URUT_YT[awal + 1 :] or ["A"]))
    sub = lk.komponen[i].subkomponen[j]
    kriteria = list(sub.kriteria)
    kriteria[n] = Kriteria(kriteria[n].uraian, baru)
    sub_baru = Subkomponen(sub.nama, sub.bobot, kriteria, nilai=sub.nilai)
    komp = list(lk.komponen)
    subs = list(komp[i].subkomponen)
    subs[j] = sub_baru
    komp[i] = Komponen(komp[i].nama, subs)
    assert LembarKerja(komp, metode=lk.metode).total >= lk.total


# ------------------------------------------------------------------ kerangka logis


def _lk_logis(aturan: list[KerangkaLogis]) -> LembarKerja:
    return LembarKerja(
        [
            Komponen(
                "Perencanaan",
                [
                    Subkomponen("Keberadaan", 6, [Kriteria("Renstra ada", "T")], nilai="D"),
                    Subkomponen(
                        "Kualitas", 9, [Kriteria("Renstra selaras", "A"), Kriteria("PK", "C")]
                    ),
                ],
            )
        ],
        metode="rerata",
        kerangka_logis=aturan,
    )


def test_kerangka_logis_kriteria_melebihi_kriteria() -> None:
    lk = _lk_logis([KerangkaLogis("1.b.1", "1.a.1", "SALAH, Renstra tidak ada.")])
    (p,) = lk.pelanggaran()
    assert (p.nama, p.nama_pembanding) == ("Renstra selaras", "Renstra ada")
    assert (p.nilai, p.nilai_pembanding) == (Decimal(1), Decimal(0))
    for kata in ("1.b.1", "1.a.1", "SALAH"):
        assert kata in str(p)


def test_kerangka_logis_kriteria_melebihi_rerata_subkomponen() -> None:
    # rerata kualitas = (1 + 0,5)/2 = 0,75; "PK" C = 0,5 tidak melebihi; "selaras" A = 1 melebihi
    lk = _lk_logis([KerangkaLogis("1.b.2", "1.b"), KerangkaLogis("1.b.1", "1.b")])
    (p,) = lk.pelanggaran()
    assert p.aturan.kode == "1.b.1"
    assert p.nilai_pembanding == Decimal("0.75")


def test_kerangka_logis_sama_tidak_melanggar() -> None:
    assert _lk_logis([KerangkaLogis("1.a.1", "1.a")]).pelanggaran() == ()


def test_kerangka_logis_kode_tak_ada() -> None:
    with pytest.raises(InputTidakSah, match=r"9\.z"):
        _lk_logis([KerangkaLogis("1.a.1", "9.z")])


# ------------------------------------------------------------------ skala jawaban


def test_skala_jawaban_terdaftar_dan_sendiri() -> None:
    assert sorted(SKALA_JAWABAN) == ["aa-e", "yt-ae"]
    assert skala_jawaban("yt_ae") is JAWABAN_YT_AE
    # kke-sakip-trenggalek: A/B/C/D = 1/0,66/0,33/0
    tl = SkalaJawaban("Trenggalek", {"A": 1, "B": "0,66", "C": "0,33", "D": 0})
    daftarkan_skala_jawaban("trenggalek", tl)
    assert skor_subkomponen(["A", "B"], 10, skala="Trenggalek") == Decimal("8.3")
    with pytest.raises(InputTidakSah, match="sudah terdaftar"):
        daftarkan_skala_jawaban("YT_AE", tl)


@pytest.mark.parametrize(
    ("jawaban", "bobot", "skala", "pesan"),
    [
        (["X"], 9, "yt-ae", r"'X'.*Y, T, A, B, C, D, E"),
        (["AA"], 9, "yt-ae", r"'AA' tidak ada"),
        (["F"], 9, "aa-e", r"AA, A, BB, B, CC, C, D, E"),
        ([], 9, "yt-ae", "kosong"),
        (["Y"], 0, "yt-ae", "bobot"),
        (["Y"], "-1", "yt-ae", "bobot"),
        (["Y"], 9, "tak-ada", "belum terdaftar"),
    ],
)
def test_galat_jawaban(jawaban: list[str], bobot: object, skala: str, pesan: str) -> None:
    with pytest.raises(InputTidakSah, match=pesan):
        skor_subkomponen(jawaban, bobot, skala=skala)  # type: ignore[arg-type]


def test_galat_tipe() -> None:
    with pytest.raises(TipeTidakSah, match="jawaban"):
        skor_subkomponen([1], 9)  # type: ignore[list-item]
    with pytest.raises(TipeTidakSah):
        skor_subkomponen("Y", 9)
    with pytest.raises(TipeTidakSah, match="pilihan"):
        SkalaJawaban("x", {})


def test_galat_lembar() -> None:
    with pytest.raises(InputTidakSah, match="'Z'"):
        LembarKerja([Komponen("K", [Subkomponen("S", 1, [Kriteria("k", "Z")])])])
    with pytest.raises(InputTidakSah, match="'X'"):
        LembarKerja([Komponen("K", [Subkomponen("S", 1, nilai="X")])])
    with pytest.raises(InputTidakSah, match="tanpa 'nilai'"):
        LembarKerja([Komponen("K", [Subkomponen("S", 1)])])
    with pytest.raises(InputTidakSah, match="butuh kriteria"):
        LembarKerja([Komponen("K", [Subkomponen("S", 1, nilai="A")])], metode="rerata")
    with pytest.raises(InputTidakSah, match="ganda"):
        LembarKerja([Komponen("K", [Subkomponen("S", 1, nilai="A", kode="x")] * 2)])
    with pytest.raises(InputTidakSah, match="metode"):
        MetodeLKE("2015")
    with pytest.raises(InputTidakSah, match="komponen"):
        LembarKerja([])


def test_kerangka_logis_nilai_subkomponen_88_2021() -> None:
    # kualitas A (90%) melebihi keberadaan B (70%): pecahan 0,9 > 0,7
    lk = LembarKerja(
        [
            Komponen(
                "K",
                [Subkomponen("Keberadaan", 6, nilai="B"), Subkomponen("Kualitas", 9, nilai="A")],
            )
        ],
        kerangka_logis=[KerangkaLogis("1.b", "1.a")],
    )
    (p,) = lk.pelanggaran()
    assert (p.nilai, p.nilai_pembanding) == (Decimal("0.9"), Decimal("0.7"))
    assert "0,9" in str(p)
    naik = LembarKerja(
        [
            Komponen(
                "K",
                [Subkomponen("Keberadaan", 6, nilai="A"), Subkomponen("Kualitas", 9, nilai="A")],
            )
        ],
        kerangka_logis=[KerangkaLogis("1.b", "1.a")],
    )
    assert naik.pelanggaran() == ()
