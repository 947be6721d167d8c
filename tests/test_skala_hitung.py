"""Jalur cepat lapisan hitung berkas besar menerima dan menolak persis sama dengan jalur umum.

- ``anggaran.serapan`` punya jalur singkat untuk dua ``Decimal`` biasa; rujukannya jalur umum
  ``anggaran._serapan_umum`` (setiap masukan lewat ``ke_desimal``), dibandingkan hasil *dan*
  galatnya (jenis dan pesan) untuk Decimal apa pun: NaN, tak hingga, -0, negatif, di atas pagu,
  pagu 0, di luar besaran pustaka, 35 digit bermakna.
- ``pohon.indeks_akar`` (baris JUMLAH tabel keuangan tanpa membangun simpul) sama dengan
  ``PohonAnggaran.dari_baris(...).indeks_akar``.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from kinerja import anggaran
from kinerja.laporan.model import BarisAnggaran
from kinerja.laporan.pohon import PohonAnggaran, indeks_akar
from kinerja.periode import Triwulan


def _hasil(fungsi: object, *argumen: object) -> tuple[str, object]:
    """('ok', nilai beserta eksponennya) atau (nama galat, pesan)."""
    assert callable(fungsi)
    try:
        nilai = fungsi(*argumen)
    except Exception as galat:  # jenis dan pesan galat ikut dibandingkan
        return (type(galat).__name__, str(galat))
    assert type(nilai) is Decimal
    return ("ok", nilai.as_tuple())


desimal_bebas = st.builds(
    lambda tanda, digit, eksponen: Decimal((tanda, tuple(int(d) for d in str(digit)), eksponen)),
    st.integers(0, 1),
    st.one_of(st.integers(0, 10**6), st.integers(0, 10**35)),
    st.integers(-60, 30),
)
desimal_khusus = st.sampled_from(
    [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0")]
)
uang = st.decimals(min_value=0, max_value=Decimal(10**15), places=2)
nilai = st.one_of(desimal_bebas, desimal_khusus, uang, st.integers(-5, 10**25), st.just("1.500"))


@given(nilai, nilai)
@example(Decimal(100), Decimal(100))
@example(Decimal(100), Decimal("100.01"))  # di atas pagu
@example(Decimal(0), Decimal(0))  # pagu 0
@example(Decimal("-0"), Decimal("-0"))
@example(Decimal(100), Decimal("-0"))
@example(Decimal(100), Decimal("-1"))
@example(Decimal("1E+24"), Decimal(1))  # di luar besaran
@example(Decimal("1E-25"), Decimal(0))
@example(Decimal("0E-58"), Decimal(0))  # nol dengan eksponen di luar batas
@example(Decimal(10**34), Decimal(10**34))  # 35 digit, nol di ujung: sah
@example(Decimal(10**34 + 1), Decimal(1))  # 35 digit bermakna: ditolak
@example(Decimal("NaN"), Decimal(1))
@example(Decimal(1), Decimal("sNaN"))
@example(Decimal("Infinity"), Decimal(1))
def test_serapan_jalur_cepat_sama_dengan_jalur_umum(pagu: object, realisasi: object) -> None:
    assert _hasil(anggaran.serapan, pagu, realisasi) == _hasil(
        anggaran._serapan_umum, pagu, realisasi
    )


class _DesimalTurunan(Decimal):
    """Subkelas Decimal: tidak boleh lewat jalur singkat yang memeriksa ``type(x) is Decimal``."""


@given(uang, uang)
def test_serapan_subkelas_decimal_sama_dengan_decimal(pagu: Decimal, realisasi: Decimal) -> None:
    assert _hasil(anggaran.serapan, _DesimalTurunan(pagu), _DesimalTurunan(realisasi)) == _hasil(
        anggaran._serapan_umum, pagu, realisasi
    )


def test_serapan_contoh_domain() -> None:
    # Kalaena TW I 2024 (DOMAIN.md): 4.453.500 / 4.483.500 → 99,33; Klakah 7.01.01 → 95,06
    assert anggaran.serapan(Decimal(4483500), Decimal(4453500)).quantize(Decimal("0.01")) == (
        Decimal("99.33")
    )
    assert anggaran.serapan(Decimal(1780578508), Decimal(1692625798)).quantize(
        Decimal("0.01")
    ) == Decimal("95.06")


# kode rekening: sah, huruf kecil, berspasi, kembar, cacat (sub kegiatan 2 digit), kosong
kode = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "7",
            "7.01",
            "7.01.01",
            "7.01.01.2.01",
            "7.01.01.2.01.0001",
            "7.01.01.2.01.02",
            "7.01.02",
            "7.01.02.2.01",
            "7.01.02.2.01.02",
            "7. 01.02",
            "x.xx.01",
            "X.XX.01",
            "X.XX.01.2.01",
            "8.02",
            "bukan kode",
        ]
    ),
)
baris_anggaran = st.builds(
    lambda uraian, pagu, k: BarisAnggaran(uraian, pagu, kode=k),
    st.sampled_from(["Program", "Kegiatan", "Sub kegiatan"]),
    uang,
    kode,
)


@given(st.lists(baris_anggaran, max_size=12))
def test_indeks_akar_sama_dengan_pohon(baris: list[BarisAnggaran]) -> None:
    pohon = PohonAnggaran.dari_baris(baris, Triwulan.IV)
    assert indeks_akar(baris) == pohon.indeks_akar


def test_indeks_akar_contoh() -> None:
    # anak (termasuk berkode cacat berleluhur) tidak dijumlah; tanpa kode dan yatim dijumlah
    baris = [
        BarisAnggaran("Program", "100", kode="7.01.01"),
        BarisAnggaran("Kegiatan", "60", kode="7.01.01.2.01"),
        BarisAnggaran("Cacat", "40", kode="7.01.01.2.01.02"),
        BarisAnggaran("Tanpa kode", "5"),
        BarisAnggaran("Yatim cacat", "5", kode="9.99.99.9.99.99"),
        BarisAnggaran("Kembar", "100", kode="7.01.01"),
    ]
    assert indeks_akar(baris) == frozenset({0, 3, 4})
