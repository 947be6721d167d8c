"""Isu 8 (Kokoh), porsi angka: cacat 4, 8, 12, konteks pustaka, dan jalur cepat pengurai angka.

Nilai harapan berasal dari rujukan yang lepas dari kode yang diuji: ``fractions.Fraction``,
teks yang ditulis tangan, sifat bolak-balik float, atau jalur umum pustaka itu sendiri sebagai
pembanding jalur cepatnya (dua jalur, satu janji: hasil sama atau galat sekelas).
"""

from __future__ import annotations

import contextlib
import numbers
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import kinerja
from kinerja import (
    FormatAngkaSalah,
    InputTidakSah,
    KinerjaError,
    Polaritas,
    Realisasi,
    RumusNegatif,
    Target,
    TipeTidakSah,
    baca_angka,
    bulatkan,
    capaian,
    capaian_agregat,
    format_angka,
    ke_desimal,
    serapan,
    tulis_angka_tepat,
)
from kinerja import angka as modul_angka
from kinerja.urai_angka import baca_ketat


def _hasil(fungsi: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """Hasil pemanggilan, atau nama kelas galat kinerja-nya (galat lain dibiarkan lolos)."""
    try:
        return ("nilai", fungsi(*args, **kwargs))
    except KinerjaError as galat:
        return ("galat", type(galat).__name__)


# ------------------------------------------------------------ cacat 4: besaran Decimal ekstrem

SANGAT_KECIL = Decimal("1E-999999")


@pytest.mark.parametrize(
    "panggil",
    [
        lambda: capaian(Decimal(3), Decimal("-1E+999999")),
        lambda: capaian(Decimal(3), Decimal("1E+999999")),
        lambda: capaian(SANGAT_KECIL, 1),
        lambda: capaian(SANGAT_KECIL, Decimal(1)),
        lambda: capaian(Decimal(1), SANGAT_KECIL),
        lambda: capaian_agregat(target=[SANGAT_KECIL], realisasi=[1]),
        lambda: capaian_agregat(target=[Decimal("1E-999998"), SANGAT_KECIL], realisasi=[1, 1]),
        lambda: Realisasi(1, dari=SANGAT_KECIL).sebagai_persen(),
        lambda: serapan(SANGAT_KECIL, 0),
        lambda: serapan(Decimal("0E+999999"), 0),
        lambda: ke_desimal(Decimal("1E-25")),
        lambda: ke_desimal(Decimal("-1E-25")),
    ],
)
def test_decimal_ekstrem_ditolak_dengan_galat_pustaka(panggil: Callable[[], object]) -> None:
    with pytest.raises(InputTidakSah):
        panggil()


def test_bulatkan_besar_ke_banyak_tempat_tepat() -> None:
    hasil = bulatkan(Decimal("9.99E+23"), 30)
    assert Fraction(hasil) == Fraction(999 * 10**21)
    assert hasil.as_tuple().exponent == -30
    assert format_angka(Decimal("9.99E+23"), 30).startswith("999.000.000.000.000.000.000.000,0")
    assert bulatkan(Decimal("123456789012345678901234.5"), 0) == Decimal("123456789012345678901235")


def test_tempat_di_luar_batas_galat_pustaka() -> None:
    for tempat in (-1, 31, 10**6, 2.0, True, "2"):
        with pytest.raises(KinerjaError):
            bulatkan(1, tempat)  # type: ignore[arg-type]


def test_batas_kecil_dan_besar_tepat_di_tepinya() -> None:
    assert ke_desimal(Decimal("1E-24")) == Fraction(1, 10**24)
    assert ke_desimal(Decimal("-9.99E+23")) == -Fraction(999 * 10**21)
    assert ke_desimal(Decimal("0E-40")) == 0
    with pytest.raises(InputTidakSah, match="terlalu besar"):
        ke_desimal(Decimal("1E+24"), "pagu")
    with pytest.raises(InputTidakSah, match="terlalu kecil"):
        ke_desimal(Decimal("9.9E-25"), "pagu")


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [(3, 1), (7, Decimal("0.000001")), (Decimal("0.0003"), 7), (Decimal("1E+23") - 1, 7)],
)
def test_hasil_34_digit_pustaka_tetap_masukan_sah(target: Any, realisasi: Any) -> None:
    c = capaian(target, realisasi)
    assert len(c.as_tuple().digits) == 34  # hasil memang memakai seluruh presisi
    assert ke_desimal(c) == c
    assert capaian(c, c) == 100
    assert baca_angka(tulis_angka_tepat(c)) == c
    assert baca_angka(tulis_angka_tepat(-c)) == -c


# Decimal ekstrem: eksponen besar/kecil, NaN, sNaN, tak hingga, -0, 34 digit, ~50 digit.
_istimewa = st.sampled_from(
    [
        Decimal("NaN"),
        Decimal("-NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        Decimal("-0"),
        Decimal("0E+999999"),
        Decimal("0E-999999"),
        Decimal("-1E+999999"),
        SANGAT_KECIL,
        Decimal.from_float(99.815),
        Decimal("1E-24"),
        Decimal("1E+24"),
        Decimal("9" * 24),
        Decimal("3333333333333333333333333333333333E-32"),
    ]
)


@st.composite
def _dari_tuple(draw: st.DrawFn) -> Decimal:
    digit = draw(st.lists(st.integers(0, 9), min_size=1, max_size=40))
    eksponen = draw(
        st.one_of(
            st.integers(-60, 30),
            st.integers(-999999, 999999),
            st.sampled_from([-999999, 999999, -26, -25, -24, 23, 24]),
        )
    )
    return Decimal((draw(st.integers(0, 1)), tuple(digit), eksponen))


desimal_ekstrem = st.one_of(_istimewa, _dari_tuple())


@given(
    desimal_ekstrem,
    desimal_ekstrem,
    st.sampled_from(Polaritas),
    st.sampled_from(RumusNegatif),
)
@example(Decimal(3), Decimal("-1E+999999"), Polaritas.POSITIF, RumusNegatif.SELISIH)
@example(Decimal.from_float(99.815), Decimal(3), Polaritas.POSITIF, RumusNegatif.SELISIH)
def test_jalur_cepat_menerima_dan_menolak_seperti_jalur_umum(
    t: Decimal, r: Decimal, p: Polaritas, rumus: RumusNegatif
) -> None:
    # Decimal polos boleh lewat jalur cepat; Target/Realisasi selalu lewat jalur umum.
    cepat = _hasil(capaian, t, r, polaritas=p, rumus_negatif=rumus)
    umum = _hasil(lambda: capaian(Target(t), Realisasi(r), polaritas=p, rumus_negatif=rumus))
    assert cepat == umum
    if cepat[0] == "nilai":  # dan hasilnya benar menurut rujukan pecahan
        tf, rf = Fraction(t), Fraction(r)
        if p is Polaritas.POSITIF:
            rujukan = rf * 100 / tf
        elif rumus is RumusNegatif.SELISIH:
            rujukan = (2 * tf - rf) * 100 / tf
        else:
            rujukan = tf * 100 / rf
        assert abs(Fraction(cepat[1]) - rujukan) <= abs(rujukan) / 10**33


@given(desimal_ekstrem)
def test_semua_pemakai_decimal_ekstrem_hanya_galat_pustaka(x: Decimal) -> None:
    for panggil in (
        lambda: capaian(x, 1),
        lambda: capaian(1, x),
        lambda: capaian(x, x, polaritas=Polaritas.NEGATIF),
        lambda: capaian_agregat(target=[x, 1], realisasi=[1, x]),
        lambda: Realisasi(1, dari=x).sebagai_persen(),
        lambda: Realisasi(x, dari=3).sebagai_persen(),
        lambda: serapan(x, 0),
        lambda: serapan(x, x),
        lambda: bulatkan(x, 30),
        lambda: format_angka(x, 30),
        lambda: tulis_angka_tepat(x),
        lambda: kinerja.efisiensi(x, 1),
    ):
        with contextlib.suppress(KinerjaError):
            hasil = panggil()
            assert isinstance(hasil, (Decimal, str))
            if isinstance(hasil, Decimal):
                assert hasil.is_finite()
                assert hasil == 0 or abs(hasil.adjusted()) < 60


# -------------------------------------------------------- konteks pustaka tak bisa diubah dari luar


def test_mengubah_konteks_dari_luar_tidak_mengubah_hasil() -> None:
    rujukan = capaian(3, 1)
    k = modul_angka.KONTEKS
    lama = k.prec
    try:
        k.prec = 3
        assert capaian(3, 1) == rujukan
        assert capaian(Decimal(3), Decimal(1)) == rujukan
        assert serapan(3, 1) == rujukan
        assert Realisasi(1, dari=3).sebagai_persen() == rujukan
    finally:
        k.prec = lama
    assert modul_angka.KONTEKS.prec == 34
    assert modul_angka.KONTEKS is not modul_angka.KONTEKS  # salinan baru tiap kali


# ---------------------------------------------------------------- cacat 8: digit dan tanda minus


@pytest.mark.parametrize(
    "teks", ["١٢٣", "１２３", "1_000", "𝟏𝟐", "٣,٥", "1.000_000", "१२", "1 000", "٫5"]
)
def test_digit_bukan_ascii_ditolak(teks: str) -> None:
    with pytest.raises(FormatAngkaSalah):
        baca_angka(teks)
    with pytest.raises(FormatAngkaSalah):
        ke_desimal(teks, "pagu")


def test_koma_tanpa_nol_di_depan_ditolak_dengan_saran() -> None:
    with pytest.raises(FormatAngkaSalah, match="'0,5'") as info:
        baca_angka(",5")
    assert info.value.saran == ("0,5",)
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka("-,25%")
    assert info.value.saran == ("-0,25",)
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka("5,")
    assert info.value.saran == ("5",)


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [
        ("−5", Decimal(-5)),
        ("–5", Decimal(-5)),
        ("−1.234,5", Decimal("-1234.5")),
        ("– 12,50%", Decimal("-12.50")),
        ("−Rp 1.500", Decimal(-1500)),
        ("-5", Decimal(-5)),
    ],
)
def test_minus_sejati_dan_en_dash_dibaca_minus(teks: str, harapan: Decimal) -> None:
    hasil = baca_angka(teks)
    assert hasil == harapan
    assert str(hasil) == str(harapan)


def test_minus_sejati_notasi_inggris() -> None:
    assert baca_angka("−1,234.5", notasi="en") == Decimal("-1234.5")


# ---------------------------------------------------------------- cacat 12: data dari float


def test_decimal_dari_float_tidak_lolos_diam_diam() -> None:
    assert bulatkan(Decimal("99.815")) == Decimal("99.82")
    with pytest.raises(InputTidakSah, match="dari_float"):
        bulatkan(Decimal.from_float(99.815))
    with pytest.raises(InputTidakSah, match="dari_float"):
        capaian(Decimal.from_float(95.45), Decimal("95.27"))
    # float yang nilainya tepat (0,5; bilangan bulat) memang tepat: tetap diterima
    assert ke_desimal(Decimal.from_float(0.5)) == Fraction(1, 2)
    assert ke_desimal(Decimal.from_float(1e20)) == 10**20


def test_dari_float_teks_terpendek() -> None:
    assert kinerja.dari_float(99.815) == Decimal("99.815")
    assert str(kinerja.dari_float(99.815)) == "99.815"
    assert bulatkan(kinerja.dari_float(99.815)) == Decimal("99.82")
    assert kinerja.dari_float(0.1) + kinerja.dari_float(0.2) == Decimal("0.3")
    assert kinerja.dari_float(3) == 3
    assert "dari_float" in kinerja.__all__


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False))
def test_dari_float_mengembalikan_desimal_pendek_asal(x: Decimal) -> None:
    # ≤ 15 digit bermakna: float(x) adalah double terdekat, dan teks terpendek yang
    # bolak-balik ke double itu bernilai x (DBL_DIG = 15).
    assert kinerja.dari_float(float(x)) == x


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e20, max_value=1e20))
def test_dari_float_bolak_balik(f: float) -> None:
    hasil = _hasil(kinerja.dari_float, f)
    if hasil[0] == "nilai":
        assert float(hasil[1]) == f
    else:
        assert f != 0  # hanya yang terlalu kecil yang ditolak
        assert abs(f) < 1e-24


@pytest.mark.parametrize("nilai", [float("nan"), float("inf"), -float("inf"), 1e300, 1e-300])
def test_dari_float_menolak_yang_tak_bisa_jadi_angka_laporan(nilai: float) -> None:
    with pytest.raises(InputTidakSah):
        kinerja.dari_float(nilai)


@pytest.mark.parametrize("nilai", ["1,5", Decimal(1), True, None, [1.5], 1 + 2j])
def test_dari_float_menolak_yang_bukan_float(nilai: object) -> None:
    with pytest.raises(TipeTidakSah):
        kinerja.dari_float(nilai)  # type: ignore[arg-type]


def test_numpy_bulat_diterima_float_ditolak_jelas() -> None:
    np = pytest.importorskip("numpy")
    assert ke_desimal(np.int64(3)) == 3
    assert ke_desimal(np.uint8(200), "jumlah") == 200
    assert capaian(np.int64(4), np.int32(3)) == 75
    assert ke_desimal(np.uint64(2**64 - 1)) == 2**64 - 1
    for nilai in (np.float64(46.37), np.float32(46.37)):
        with pytest.raises(TipeTidakSah) as info:
            ke_desimal(nilai, "pagu")
        pesan = str(info.value)
        assert "np." not in pesan
        assert "Decimal('46.37')" in pesan
        assert "'46,37'" in pesan
        assert "dari_float" in pesan
        assert kinerja.dari_float(nilai) == Decimal("46.37")
    with pytest.raises(TipeTidakSah):
        ke_desimal(np.bool_(True))


# -------------------------------------------------- skala: jalur cepat pengurai angka teks

_alfabet = st.sampled_from(
    list("0123456789") * 3
    + [".", ".", ",", ",", " ", "-", "−", "–", "%", "Rp", "Rp.", "rp", "\u00a0", "+", "e", "_"]
    + ["١", "１", "000", ".000", "\t"]
)
teks_angka = st.lists(_alfabet, max_size=14).map("".join)


@st.composite
def _teks_berkelompok(draw: st.DrawFn) -> str:
    bulat = draw(st.integers(0, 10**16))
    teks = f"{bulat:,}".replace(",", ".")
    if draw(st.booleans()):
        teks += "," + draw(st.text("0123456789", min_size=1, max_size=6))
    return draw(st.sampled_from(["", "-", "−", "Rp", "Rp. ", "-Rp"])) + teks


@st.composite
def _teks_hampir(draw: st.DrawFn) -> str:
    """Kelompok digit acak dipisah titik/koma: dekat dengan bentuk sah, sering tepat di tepinya."""
    digit = st.sampled_from("0123456789")
    teks = "".join(draw(st.lists(digit, min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 3))):
        panjang = draw(st.sampled_from([3, 3, 3, 2, 4, 1, 0]))  # kelompok ribuan: 3 digit
        teks += draw(st.sampled_from([".", ".", ".", ",", " ", "_"]))
        teks += "".join(draw(st.lists(digit, min_size=panjang, max_size=panjang)))
    awal = draw(st.sampled_from(["", "", "", "-", "+", "−", "Rp", "+-"]))
    akhir = draw(st.sampled_from(["", "", "", "%", ","]))
    return awal + teks + akhir


@settings(max_examples=400)
@given(st.one_of(teks_angka, _teks_berkelompok(), _teks_hampir()), st.sampled_from(["id", "en"]))
@example("1.234.567,89", "id")
@example("+1.234", "id")
@example("1.23.456", "id")
@example("0.123", "id")
@example("01.234", "id")
@example("1.234,50", "id")
@example("1.234,", "id")
@example(",5", "id")
@example("-0", "id")
@example("9" * 24, "id")
@example("0," + "0" * 23 + "1", "id")
def test_jalur_cepat_teks_sama_dengan_pengurai_ketat(teks: str, notasi: Any) -> None:
    _sama_dengan_pengurai_ketat(teks, notasi)


@settings(max_examples=600)
@given(_teks_hampir())
def test_jalur_cepat_teks_sama_di_tepi_bentuk_sah(teks: str) -> None:
    _sama_dengan_pengurai_ketat(teks, "id")


def _sama_dengan_pengurai_ketat(teks: str, notasi: Any) -> None:
    cepat = _hasil(baca_angka, teks, notasi=notasi)
    ketat = _hasil(baca_ketat, teks, notasi)
    assert cepat == ketat
    if cepat[0] == "nilai":
        assert str(cepat[1]) == str(ketat[1])  # termasuk jumlah tempat desimalnya


# Sapuan Decimal ekstrem dan digit bukan ASCII ke setiap titik masuk: tests/test_sampah.py.


@pytest.mark.parametrize(
    "nilai",
    [
        [Decimal("9E+999999"), Decimal("9E+999999")],
        [Decimal("NaN")],
        [Decimal("sNaN")],
        [Decimal("Infinity"), Decimal("-Infinity")],
        ["1,5"],
        [1.5],
        "12",
        5,
        None,
    ],
)
def test_jumlah_hanya_galat_pustaka(nilai: Any) -> None:
    with pytest.raises(KinerjaError):
        modul_angka.jumlah(nilai)


def test_jumlah_hasil_antara_di_luar_batas_masukan_tetap_dijumlah() -> None:
    besar = Decimal("1E+30")  # mis. hasil kali nilai × bobot di rata_rata_tertimbang
    assert Fraction(modul_angka.jumlah([besar, besar, Decimal(1)])) == 2 * 10**30 + 1


def test_minus_di_tengah_ditolak_dengan_pesan_jelas() -> None:
    for teks in ("60–75", "60-75", "-−5", "5-"):
        with pytest.raises(FormatAngkaSalah, match="hanya boleh sekali, di depan"):
            baca_angka(teks)


class _IntegralTanpaIndex:
    """Terdaftar sebagai ``numbers.Integral`` tetapi ``__index__``-nya gagal."""

    def __index__(self) -> int:
        raise TypeError("tidak bisa")


numbers.Integral.register(_IntegralTanpaIndex)


def test_integral_yang_tak_bisa_jadi_int_hanya_galat_pustaka() -> None:
    with pytest.raises(TipeTidakSah, match="tak bisa diubah ke int"):
        ke_desimal(_IntegralTanpaIndex(), "jumlah")


@pytest.mark.parametrize(("rumus", "galat"), [("sampah", InputTidakSah), (5, TipeTidakSah)])
def test_jalur_cepat_menolak_rumus_negatif_sampah_seperti_jalur_umum(
    rumus: object, galat: type[Exception]
) -> None:
    # Jalur cepat (dua Decimal, polaritas positif) dulu tidak memeriksa rumus_negatif sama
    # sekali; jalur umum (int) menolaknya. Keduanya kini menolak dengan galat yang sama.
    for t, r in [(Decimal(4), Decimal(3)), (4, 3)]:
        with pytest.raises(galat, match="rumus_negatif"):
            capaian(t, r, rumus_negatif=rumus)  # type: ignore[arg-type]


def test_hasil_antara_boleh_melewati_batas_masukan() -> None:
    # Batas besaran milik masukan, bukan hasil antara: 2T − R = 1,998·10²⁴ dari T dan R yang sah.
    # Capaian negatif (2T − R)/T × 100 dengan R = 0 adalah 200 tepat (DOMAIN.md §2).
    assert capaian(Decimal("9.99E+23"), 0, polaritas="negatif") == 200
    assert capaian(Decimal("999999999999999999999999"), 1, polaritas="negatif") > 199


def test_nol_hasil_bagi_tetap_masukan_sah() -> None:
    # Rerata triwulan (0, 0, 1) = 1/3 dengan 34 digit; realisasi 0 terhadapnya memberi nol
    # berisi eksponen ideal 0E+33 yang dulu ditolak bulatkan() sebagai masukan (temuan hypothesis
    # di test_ketepatan). Hasil pustaka harus sah sebagai masukannya lagi.
    sepertiga = capaian(3, 1)  # 33,33… (34 digit)
    nol = capaian(sepertiga, 0)
    assert nol == 0
    assert kinerja.bulatkan(nol) == Decimal("0.00")


def test_persen_realisasi_dibatasi_sama_untuk_setiap_polaritas() -> None:
    # 1,192092896·10¹⁵ dari 1,192092896·10⁻⁷ = 10²⁴ %: di luar batas masukan. Dulu polaritas
    # positif menolaknya (lewat persen(r, t)) tetapi negatif menghitung −99…800 (temuan hypothesis
    # di test_kokoh_vektor); kini keduanya menolak dengan galat pustaka.
    r = kinerja.Realisasi(Decimal("1192092896000000"), "Desa", dari=Decimal("1.192092896E-7"))
    for polaritas in ("positif", "negatif"):
        with pytest.raises(InputTidakSah, match="realisasi"):
            capaian(kinerja.Target(1, "%"), r, polaritas=polaritas)
