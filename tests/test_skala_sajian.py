"""Jalur cepat format angka sajian (tanpa Babel) sama persis dengan jalur Babel.

Jalur cepat (``format_sel.format_desimal``) harus menghasilkan teks yang sama byte demi byte dengan
``kinerja.angka.format_angka`` (Babel ``format_decimal``, lokal ``id``), dan menolak dengan
galat yang sama apa pun yang ditolak jalur Babel; ``format_sel.tulis_desimal`` (CSV) begitu pula
terhadap ``kinerja.teks_angka.tulis_angka_tepat``. Rujukannya bukan salinan rumus, melainkan
jalur Babel itu sendiri; keluaran perintah untuk semua contoh bawaan dibandingkan antara kedua
jalur.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kinerja import cli
from kinerja.laporan import format_sel, sajian
from kinerja.laporan.contoh import CONTOH
from kinerja.laporan.evaluasi import CONTOH_EVALUASI
from kinerja.laporan.sajian import Kolom, Sajian
from kinerja.teks_angka import format_angka, tulis_angka_tepat


def _hasil(fungsi: object, nilai: Decimal, tempat: int) -> tuple[str, str]:
    """('ok', teks) atau (nama galat, pesan): agar galat pun dibandingkan."""
    assert callable(fungsi)
    try:
        return ("ok", fungsi(nilai, tempat))
    except Exception as galat:  # jenis dan pesan galat ikut dibandingkan
        return (type(galat).__name__, str(galat))


# Decimal dari tanda, digit dan eksponen: termasuk -0, 0E-7, 10²³, 1E-30, angka 34 digit.
desimal_bebas = st.builds(
    lambda tanda, digit, eksponen: Decimal((tanda, tuple(int(d) for d in str(digit)), eksponen)),
    st.integers(0, 1),
    st.one_of(st.integers(0, 10**6), st.integers(0, 10**34)),
    st.integers(-40, 30),
)
desimal_laporan = st.decimals(
    min_value=Decimal(-(10**22)), max_value=Decimal(10**22), allow_nan=False, allow_infinity=False
)


@given(st.one_of(desimal_bebas, desimal_laporan), st.integers(0, 2))
@example(Decimal("-0"), 2)
@example(Decimal("-0.004"), 2)
@example(Decimal("-0.005"), 2)
@example(Decimal("0.005"), 0)
@example(Decimal("-2.5"), 0)
@example(Decimal("99999999999999999999.995"), 2)  # pembulatan menambah satu digit
@example(Decimal("1E+23"), 0)
@example(Decimal("-123456789012345678901234.5"), 2)  # ≥ 10²⁴: ditolak kedua jalur
@example(Decimal("1E-999999"), 2)
@example(Decimal("NaN"), 2)
@example(Decimal("-Infinity"), 0)
def test_jalur_cepat_sama_dengan_babel(nilai: Decimal, tempat: int) -> None:
    assert _hasil(format_sel.format_desimal, nilai, tempat) == _hasil(format_angka, nilai, tempat)


def _tulis(fungsi: object, nilai: Decimal) -> tuple[str, str]:
    assert callable(fungsi)
    try:
        return ("ok", fungsi(nilai))
    except Exception as galat:  # jenis dan pesan galat ikut dibandingkan
        return (type(galat).__name__, str(galat))


@given(st.one_of(desimal_bebas, desimal_laporan))
@example(Decimal("-0"))
@example(Decimal("0E-7"))
@example(Decimal("0E+5"))
@example(Decimal("-0.5"))
@example(Decimal("1895403508.00"))
@example(Decimal("95.06123456789012345678901234567890"))
@example(Decimal("1E+23"))
@example(Decimal("1E+24"))
@example(Decimal("1E-999999"))
@example(Decimal("sNaN"))
def test_tulis_cepat_sama_dengan_tulis_angka(nilai: Decimal) -> None:
    assert _tulis(format_sel.tulis_desimal, nilai) == _tulis(tulis_angka_tepat, nilai)


@pytest.mark.parametrize(
    ("nilai", "jenis", "teks"),
    [
        (Decimal("1895403508.00"), "rupiah", "1.895.403.508"),
        (Decimal("1500.5"), "rupiah", "1.500,50"),
        (Decimal("-87952710"), "rupiah", "-87.952.710"),
        (Decimal("99.805"), "persen", "99,81"),
        (Decimal("-0.001"), "persen", "0,00"),
        (Decimal("95.0625"), "angka", "95,06"),
        (Decimal("12.000"), "angka", "12"),
    ],
)
def test_format_sel_contoh_laporan(nilai: Decimal, jenis: sajian.JenisKolom, teks: str) -> None:
    # nilai harapan ditulis tangan dari laporan (Klakah: sisa 87.952.710, serapan 95,06)
    s = Sajian("", (Kolom("x", jenis),), ((nilai,),))
    assert s.sel() == [[teks]]


ARGUMEN = [
    [perintah, "--contoh", nama, "--format", format, *tabel]
    for nama in sorted(CONTOH)
    for format in ("teks", "markdown", "json", "csv")
    for perintah, tabel in [("periksa", [])]
    + [("hitung", [])]
    + [("hitung", ["--tabel", t]) for t in cli.TABEL if t not in cli.TABEL_EVALUASI]
] + [
    [perintah, "--contoh", nama, "--format", format]
    for nama in sorted(CONTOH_EVALUASI)
    for format in ("teks", "markdown", "json", "csv")
    for perintah in ("periksa", "hitung")
]


def _keluaran(argumen: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argumen)
    tangkap = capsys.readouterr()
    return status, tangkap.out, tangkap.err


@pytest.mark.parametrize("argumen", ARGUMEN, ids=" ".join)
def test_keluaran_contoh_sama_dengan_jalur_babel(
    argumen: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cepat = _keluaran(argumen, capsys)
    monkeypatch.setattr(format_sel, "format_desimal", format_angka)
    monkeypatch.setattr(format_sel, "tulis_desimal", tulis_angka_tepat)
    babel = _keluaran(argumen, capsys)
    assert cepat == babel
    assert cepat[1] or argumen[-1] == "pohon"  # tanpa kode rekening: tidak ada pohon


@given(
    st.integers(1, 5).flatmap(
        lambda n: st.lists(
            st.lists(st.one_of(st.none(), st.integers(0, 9)), min_size=n, max_size=n)
        )
    )
)
def test_tanpa_kolom_kosong_membuang_tepat_kolom_kosong(baris: list[list[int | None]]) -> None:
    n = len(baris[0]) if baris else 3
    s = Sajian("t", tuple(Kolom(f"k{i}") for i in range(n)), tuple(tuple(b) for b in baris))
    hasil = s.tanpa_kolom_kosong()
    berisi = [any(b[i] is not None for b in baris) for i in range(n)]
    assert [k.judul for k in hasil.kolom] == [f"k{i}" for i in range(n) if berisi[i]]
    assert hasil.baris == tuple(
        tuple(v for v, ada in zip(b, berisi, strict=True) if ada) for b in baris
    )
