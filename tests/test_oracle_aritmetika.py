"""Oracle aritmetika lepas dari kode: rujukan pecahan tepat, contoh DOMAIN.md, sifat metamorfik.

Setiap nilai harapan di sini dihitung dengan :class:`fractions.Fraction` (aritmetika rasional
tepat, tanpa presisi terbatas) menurut rumus DOMAIN.md, atau diambil dari contoh terhitung di
DOMAIN.md dan laporan di ``seeds/``. Tidak ada nilai harapan yang berasal dari fungsi yang diuji
atau dari salinan kodenya (konteks Decimal, jalur cepat, kelas ``Target``).

Hasil kinerja dihitung dengan 34 digit bermakna; ia dianggap benar bila berjarak paling banyak
setengah satuan digit ke-34 dari nilai rasional tepat (pembulatan yang benar dari nilai tepat).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import (
    DataTidakAda,
    DokumenDesa,
    Kumulasi,
    Polaritas,
    RumusNegatif,
    Target,
    capaian,
    capaian_agregat,
    efisiensi,
    persentase_tepat_waktu,
    predikat,
    rata_rata_capaian,
    rata_rata_tertimbang,
    sampai_dengan,
    serapan,
    tepat_waktu,
)
from kinerja.predikat import SKALA_AKIP, SKALA_LKJ, SKALA_PERMENDAGRI_86_2017
from tests.strategies import desimal

SERATUS = Fraction(100)


def tepat_34_digit(hasil: Decimal, tepat: Fraction) -> bool:
    """``hasil`` adalah pembulatan ``tepat`` ke 34 digit bermakna (± setengah satuan terakhir)."""
    assert isinstance(hasil, Decimal)
    assert hasil.is_finite()
    if tepat == 0:
        return hasil == 0
    # satuan digit ke-34 dari nilai tepat: 10^(e − 33), e = eksponen digit pertama
    e = len(str(abs(tepat.numerator) // abs(tepat.denominator))) - 1 if abs(tepat) >= 1 else 0
    if abs(tepat) < 1:
        e = -1
        while abs(tepat) < Fraction(10) ** e:
            e -= 1
    satuan = Fraction(10) ** (e - 33)
    return abs(Fraction(hasil) - tepat) <= satuan / 2


def test_acuan_pembulatan_34_digit_sendiri_benar() -> None:
    """Penguji oracle: 1/3 benar pada digit ke-34, salah bila meleset satu satuan."""
    sepertiga = Fraction(1, 3)
    assert tepat_34_digit(Decimal("0." + "3" * 34), sepertiga)
    assert not tepat_34_digit(Decimal("0." + "3" * 33 + "4"), sepertiga)
    assert not tepat_34_digit(Decimal("0." + "3" * 33), sepertiga)
    assert tepat_34_digit(Decimal("33.33333333333333333333333333333333"), 100 * sepertiga)
    assert not tepat_34_digit(Decimal("33.33333333333333333333333333333334"), 100 * sepertiga)


positif = desimal(Decimal("0.01"), 10**9, 2).filter(lambda x: x > 0)
tak_negatif = desimal(0, 10**9, 2)


# ------------------------------------------------------------------ capaian satu indikator


@given(positif, tak_negatif)
def test_capaian_positif_r_per_t(t: Decimal, r: Decimal) -> None:
    assert tepat_34_digit(capaian(t, r), Fraction(r) * SERATUS / Fraction(t))


@given(positif, tak_negatif)
def test_capaian_positif_lewat_teks_dan_int_sama(t: Decimal, r: Decimal) -> None:
    """Jalur umum (teks, campuran int/Decimal) memberi nilai rasional yang sama."""
    tepat = Fraction(r) * SERATUS / Fraction(t)
    assert tepat_34_digit(capaian(str(t).replace(".", ","), r), tepat)
    if t == t.to_integral_value():
        assert tepat_34_digit(capaian(int(t), r), tepat)
    if r == r.to_integral_value():
        assert tepat_34_digit(capaian(t, int(r)), tepat)


@given(positif, tak_negatif)
def test_capaian_negatif_selisih(t: Decimal, r: Decimal) -> None:
    tepat = (2 * Fraction(t) - Fraction(r)) * SERATUS / Fraction(t)
    assert tepat_34_digit(capaian(t, r, polaritas=Polaritas.NEGATIF), tepat)


@given(positif, positif)
def test_capaian_negatif_rasio(t: Decimal, r: Decimal) -> None:
    tepat = Fraction(t) * SERATUS / Fraction(r)
    hasil = capaian(t, r, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO)
    assert tepat_34_digit(hasil, tepat)


def _rujukan(t: Fraction, r: Fraction, negatif: bool) -> Fraction:
    return (2 * t - r) * SERATUS / t if negatif else r * SERATUS / t


@given(positif, positif, tak_negatif, st.booleans())
def test_capaian_target_rentang(a: Decimal, lebar: Decimal, r: Decimal, negatif: bool) -> None:
    """DOMAIN §2: R di [a, b] → 100; di bawah a memakai a; di atas b memakai b."""
    b = a + lebar
    fa, fb, fr = Fraction(a), Fraction(b), Fraction(r)
    tepat = SERATUS if fa <= fr <= fb else _rujukan(fa if fr < fa else fb, fr, negatif)
    p = Polaritas.NEGATIF if negatif else Polaritas.POSITIF
    assert tepat_34_digit(capaian(Target.rentang(a, b), r, polaritas=p), tepat)


@pytest.mark.parametrize(
    ("t", "r", "polaritas", "harapan"),
    [
        (3, 3, Polaritas.POSITIF, "100"),  # Kalaena TW I 2024
        (12, 3, Polaritas.POSITIF, "25"),  # Senduro TW I 2023: 3 dari 12 desa
        ("95,45", "95,27", Polaritas.POSITIF, "99.81"),  # Klakah 2024
        (40, 90, Polaritas.POSITIF, "225"),
        (10, 8, Polaritas.NEGATIF, "120"),
        (10, 12, Polaritas.NEGATIF, "80"),
        (4, 5, Polaritas.NEGATIF, "75"),
    ],
)
def test_capaian_contoh_domain(t: object, r: object, polaritas: Polaritas, harapan: str) -> None:
    hasil = capaian(t, r, polaritas=polaritas)  # type: ignore[arg-type]
    assert hasil.quantize(Decimal("0.01")) == Decimal(harapan).quantize(Decimal("0.01"))


@given(positif, tak_negatif, st.sampled_from(list(Polaritas)))
def test_capaian_metamorfik_skala_satuan(t: Decimal, r: Decimal, p: Polaritas) -> None:
    """Mengubah satuan (×1000: ribu → satuan) tidak mengubah capaian."""
    hasil = capaian(t, r, polaritas=p)
    assert tepat_34_digit(capaian(t * 1000, r * 1000, polaritas=p), Fraction(hasil))


@given(positif, tak_negatif, st.sampled_from(list(Polaritas)))
def test_capaian_batas_maksimum_dan_minimum(t: Decimal, r: Decimal, p: Polaritas) -> None:
    tepat = _rujukan(Fraction(t), Fraction(r), p is Polaritas.NEGATIF)
    atas, bawah = Decimal(120), Decimal(0)
    hasil = capaian(t, r, polaritas=p, maksimum=atas, minimum=bawah)
    assert tepat_34_digit(hasil, min(max(tepat, Fraction(bawah)), Fraction(atas)))
    hanya_atas = capaian(t, r, polaritas=p, maksimum=atas)
    assert tepat_34_digit(hanya_atas, min(tepat, Fraction(atas)))
    hanya_bawah = capaian(t, r, polaritas=p, minimum=bawah)
    assert tepat_34_digit(hanya_bawah, max(tepat, Fraction(bawah)))


# ------------------------------------------------------------------ banyak indikator


baris_tr = st.lists(st.tuples(positif, tak_negatif), min_size=1, max_size=8)


@given(baris_tr)
def test_capaian_agregat_jumlah_r_per_jumlah_t(baris: list[tuple[Decimal, Decimal]]) -> None:
    t = [x for x, _ in baris]
    r = [y for _, y in baris]
    tepat = sum(map(Fraction, r), Fraction(0)) * SERATUS / sum(map(Fraction, t), Fraction(0))
    assert tepat_34_digit(capaian_agregat(target=t, realisasi=r), tepat)


def test_capaian_agregat_contoh_kalaena_keuangan() -> None:
    """DOMAIN §3: (4.453.500 + 369.500) / (4.483.500 + 5.969.000) → 46,14, bukan rerata 52,76."""
    hasil = capaian_agregat(target=["4.483.500", "5.969.000"], realisasi=["4.453.500", "369.500"])
    assert hasil.quantize(Decimal("0.01")) == Decimal("46.14")


@given(st.lists(desimal(0, 500, 2), min_size=1, max_size=10))
def test_rata_rata_capaian(nilai: list[Decimal]) -> None:
    tepat = sum(map(Fraction, nilai), Fraction(0)) / len(nilai)
    assert tepat_34_digit(rata_rata_capaian(nilai), tepat)


def test_rata_rata_contoh_domain() -> None:
    assert rata_rata_capaian([100, 100]) == 100  # Kalaena kinerja
    hasil = rata_rata_capaian([120, 90, "99,5"])
    assert hasil.quantize(Decimal("0.01")) == Decimal("103.17")


@given(st.lists(st.tuples(desimal(0, 500, 2), positif), min_size=1, max_size=8))
def test_rata_rata_tertimbang(pasangan: list[tuple[Decimal, Decimal]]) -> None:
    c = [x for x, _ in pasangan]
    w = [y for _, y in pasangan]
    tepat = sum((Fraction(x) * Fraction(y) for x, y in pasangan), Fraction(0)) / sum(
        map(Fraction, w), Fraction(0)
    )
    assert tepat_34_digit(rata_rata_tertimbang(c, w), tepat)


# ------------------------------------------------------------------ anggaran


@st.composite
def pagu_realisasi(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    pagu = draw(desimal(1, 10**12, 0))
    return pagu, draw(desimal(0, pagu, 2))


@given(pagu_realisasi())
def test_serapan_realisasi_per_pagu(pr: tuple[Decimal, Decimal]) -> None:
    pagu, realisasi = pr
    assert tepat_34_digit(serapan(pagu, realisasi), Fraction(realisasi) * SERATUS / Fraction(pagu))


def test_serapan_contoh_domain() -> None:
    klakah = serapan("1.780.578.508", "1.692.625.798")  # program 7.01.01
    assert klakah.quantize(Decimal("0.01")) == Decimal("95.06")
    kalaena = serapan("4.483.500", "4.453.500")
    assert kalaena.quantize(Decimal("0.01")) == Decimal("99.33")


@given(desimal(-500, 500, 2), desimal(0, 100, 2))
def test_efisiensi_capaian_dikurangi_serapan(c: Decimal, s: Decimal) -> None:
    assert Fraction(efisiensi(c, s)) == Fraction(c) - Fraction(s)


def test_efisiensi_contoh_domain() -> None:
    assert efisiensi(100, "95,06") == Decimal("4.94")
    assert efisiensi(6, 9) == -3  # Klakah mencetak "10 = 6 − 9": salah cetak, aturannya −3


# ------------------------------------------------------------------ kumulasi triwulan

nilai_tw = st.lists(st.one_of(st.none(), desimal(0, 10**6, 2)), min_size=4, max_size=4)


def _rujukan_kumulasi(nilai: list[Decimal | None], kumulasi: Kumulasi, n: int) -> Fraction | None:
    """DOMAIN §4, ditulis ulang dengan pecahan: None bila tidak ada nilai s.d. TW n."""
    ada = [Fraction(v) for v in nilai[:n] if v is not None]
    if not ada:
        return None
    if kumulasi is Kumulasi.KUMULATIF:
        return sum(ada, Fraction(0))
    if kumulasi is Kumulasi.AKHIR:
        i = n - 1
        while nilai[i] is None:  # yang terakhir dilaporkan, bukan yang terbesar
            i -= 1
        return Fraction(nilai[i])  # type: ignore[arg-type]
    return sum(ada, Fraction(0)) / len(ada)


@given(nilai_tw, st.sampled_from(list(Kumulasi)), st.integers(min_value=1, max_value=4))
def test_sampai_dengan(nilai: list[Decimal | None], kumulasi: Kumulasi, n: int) -> None:
    tepat = _rujukan_kumulasi(nilai, kumulasi, n)
    if tepat is None:
        with pytest.raises(DataTidakAda):
            sampai_dengan(nilai, kumulasi, n)
    else:
        assert tepat_34_digit(sampai_dengan(nilai, kumulasi, n), tepat)


def test_kumulasi_contoh_domain() -> None:
    klakah: list[str | int] = ["37,84", 17, "10,7", "29,63"]
    assert sampai_dengan(klakah, Kumulasi.KUMULATIF, 4) == Decimal("95.17")
    assert sampai_dengan([90, 40, None, None], Kumulasi.AKHIR, 4) == 40  # terakhir, bukan terbesar
    assert sampai_dengan([3, None, 3, None], Kumulasi.RATA_RATA, 3) == 3


# ------------------------------------------------------------------ dokumen desa tepat waktu


def _batas_manual(dok: DokumenDesa, y: int) -> datetime.date:
    """DOMAIN §7 dengan tanggal dihitung dari awal bulan berikutnya dikurangi satu hari."""
    sehari = datetime.timedelta(days=1)
    awal_berikut = {
        DokumenDesa.RKPDES: datetime.date(y - 1, 10, 1),  # 30 September Y − 1
        DokumenDesa.APBDES: datetime.date(y, 1, 1),  # 31 Desember Y − 1
        DokumenDesa.LPPDES: datetime.date(y + 1, 4, 1),  # 3 bulan setelah akhir Y
    }[dok]
    return awal_berikut - sehari


@given(
    st.sampled_from(list(DokumenDesa)),
    st.integers(min_value=1990, max_value=2100),
    st.integers(min_value=-400, max_value=400),
)
def test_tepat_waktu_menurut_kalender(dok: DokumenDesa, y: int, geser: int) -> None:
    tanggal = _batas_manual(dok, y) + datetime.timedelta(days=geser)
    assert tepat_waktu(dok, tanggal, y) is (geser <= 0)


@pytest.mark.parametrize(
    ("dok", "tanggal", "harapan"),
    [
        ("RKPDes", datetime.date(2023, 9, 30), True),
        ("RKPDes", datetime.date(2023, 10, 1), False),
        ("APBDes", datetime.date(2023, 12, 31), True),
        ("APBDes", datetime.date(2024, 1, 1), False),
        ("LPPDes", datetime.date(2025, 3, 31), True),
        ("LPPDes", datetime.date(2025, 4, 1), False),
        ("LPPDes", datetime.date(2024, 12, 31), True),
    ],
)
def test_tepat_waktu_contoh_2024(dok: str, tanggal: datetime.date, harapan: bool) -> None:
    assert tepat_waktu(dok, tanggal, 2024) is harapan


@given(st.integers(min_value=1, max_value=60).flatmap(
    lambda n: st.tuples(st.just(n), *[st.integers(min_value=0, max_value=n)] * 3)
))  # fmt: skip
def test_persentase_tepat_waktu(data: tuple[int, int, int, int]) -> None:
    n, a, b, c = data
    hasil = persentase_tepat_waktu(
        n, {DokumenDesa.RKPDES: a, DokumenDesa.APBDES: b, DokumenDesa.LPPDES: c}
    )
    assert tepat_34_digit(hasil, Fraction(a + b + c) * SERATUS / (3 * n))


# ------------------------------------------------------------------ predikat

AKIP = [  # DOMAIN §6: (bawah, atas] kecuali D = [0, 30]
    ("0", "D"), ("30", "D"), ("30.01", "C"), ("50", "C"), ("50.01", "CC"), ("60", "CC"),
    ("60.01", "B"), ("70", "B"), ("70.01", "BB"), ("80", "BB"), ("80.01", "A"), ("90", "A"),
    ("90.01", "AA"), ("100", "AA"),
]  # fmt: skip
LKJ = [  # [bawah, atas)
    ("0", "Sangat Kurang"), ("50.99", "Sangat Kurang"), ("51", "Kurang"), ("65.99", "Kurang"),
    ("66", "Cukup"), ("75.99", "Cukup"), ("76", "Baik"), ("90.5", "Baik"), ("90.99", "Baik"),
    ("91", "Sangat Baik"), ("100", "Sangat Baik"), ("225", "Sangat Baik"),
]  # fmt: skip
PERMENDAGRI = [
    ("50.99", "Sangat Rendah"), ("51", "Rendah"), ("65.99", "Rendah"), ("66", "Sedang"),
    ("75.99", "Sedang"),
    ("76", "Tinggi"), ("90.99", "Tinggi"), ("91", "Sangat Tinggi"),
]  # fmt: skip


@pytest.mark.parametrize(("nilai", "label"), AKIP)
def test_predikat_akip_batas(nilai: str, label: str) -> None:
    assert predikat(Decimal(nilai), SKALA_AKIP).label == label


@pytest.mark.parametrize(("nilai", "label"), LKJ)
def test_predikat_lkj_batas(nilai: str, label: str) -> None:
    assert predikat(Decimal(nilai), SKALA_LKJ).label == label


@pytest.mark.parametrize(("nilai", "label"), PERMENDAGRI)
def test_predikat_permendagri_batas(nilai: str, label: str) -> None:
    assert predikat(Decimal(nilai), SKALA_PERMENDAGRI_86_2017).label == label


def _rujukan_lkj(x: Fraction) -> str:
    """Skala LKj dari tabel DOMAIN §6, ditulis sebagai rentang eksplisit."""
    if x >= 91:
        return "Sangat Baik"
    if 76 <= x < 91:
        return "Baik"
    if 66 <= x < 76:
        return "Cukup"
    if 51 <= x < 66:
        return "Kurang"
    return "Sangat Kurang"


def _rujukan_akip(x: Fraction) -> str:
    """Skala AKIP dari tabel DOMAIN §6 (batas bawah tidak termasuk, D = [0, 30])."""
    for bawah, atas, label in [
        (90, 100, "AA"), (80, 90, "A"), (70, 80, "BB"), (60, 70, "B"), (50, 60, "CC"),
        (30, 50, "C"),
    ]:  # fmt: skip
        if bawah < x <= atas:
            return label
    assert 0 <= x <= 30
    return "D"


@given(desimal(-50, 300, 3))
def test_predikat_lkj_menurut_tabel(x: Decimal) -> None:
    assert predikat(x, SKALA_LKJ).label == _rujukan_lkj(Fraction(x))


@given(desimal(-50, 300, 3))
def test_predikat_permendagri_menurut_tabel(x: Decimal) -> None:
    # batas sama dengan LKj (DOMAIN §6), label Sangat Rendah … Sangat Tinggi
    label = {
        "Sangat Kurang": "Sangat Rendah", "Kurang": "Rendah", "Cukup": "Sedang",
        "Baik": "Tinggi", "Sangat Baik": "Sangat Tinggi",
    }[_rujukan_lkj(Fraction(x))]  # fmt: skip
    assert predikat(x, SKALA_PERMENDAGRI_86_2017).label == label


@given(desimal(0, 100, 3))
def test_predikat_akip_menurut_tabel(x: Decimal) -> None:
    assert predikat(x, SKALA_AKIP).label == _rujukan_akip(Fraction(x))
