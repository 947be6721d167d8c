"""Uji untuk mutan ``urai_angka`` yang selamat di hitungan penuh modul itu (docs/mutasi.md):
pesan pengurai ketat (notasi ilmiah, huruf asing sesudah tanda minus, teks terlalu panjang,
notasi Inggris), NBSP yang tidak boleh hilang di tengah angka, masukan bukan teks, dan batas
besaran jalur cepat ``desimal_cepat``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja import FormatAngkaSalah, InputTidakSah, TipeTidakSah, baca_angka
from kinerja.urai_angka import baca_ketat, desimal_cepat


def test_notasi_ilmiah_punya_pesan_sendiri() -> None:
    with pytest.raises(FormatAngkaSalah, match=r"^angka '1,5E3': notasi ilmiah \(E\) tidak"):
        baca_angka("1,5E3")


@pytest.mark.parametrize("teks", ["-12a", "+12a", "12a"])
def test_huruf_asing_disebut_walau_ada_tanda_di_depan(teks: str) -> None:
    """Tanda di depan bukan "tanda kedua": yang disebut huruf asingnya."""
    with pytest.raises(FormatAngkaSalah, match=r"dalam notasi Indonesia: memuat 'a'"):
        baca_angka(teks)


def test_notasi_inggris_disebut_di_pesan() -> None:
    with pytest.raises(FormatAngkaSalah, match=r"dalam notasi Inggris: memuat 'a'"):
        baca_angka("12a", notasi="en")


def test_nbsp_di_tengah_angka_tidak_hilang() -> None:
    """NBSP dibaca sebagai spasi, bukan dibuang: "1 500" tidak pernah ditebak 1500."""
    with pytest.raises(FormatAngkaSalah, match=r"memuat ' '"):
        baca_angka("1\u00a0500")
    assert baca_angka("Rp\u00a01.500") == Decimal(1500)  # di tepi tetap spasi biasa


def test_teks_terlalu_panjang_dikutip_20_karakter_pertama() -> None:
    teks = "1234567890" * 3 + "x" * 80
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka(teks)
    assert str(info.value) == (
        "teks angka terlalu panjang (110 karakter, maksimum 100): '12345678901234567890'…"
    )


@pytest.mark.parametrize("nilai", [5, 5.0, None, b"5"])
def test_bukan_teks_ditolak_dengan_galat_kinerja(nilai: object) -> None:
    with pytest.raises(TipeTidakSah, match=r"^'teks' harus str"):
        baca_angka(nilai)  # type: ignore[arg-type]


def test_desimal_cepat_menjaga_batas_besaran_teks_panjang() -> None:
    """Teks berbentuk jalur cepat yang lebih panjang dari 24 karakter tetap diuji besarannya."""
    assert desimal_cepat("1" + ".000" * 8) is None  # 10²⁴: di luar batas, jalur umum menolak
    assert desimal_cepat("999" + ".999" * 7) == Decimal("9" * 24)
    with pytest.raises(InputTidakSah, match="terlalu besar: lebih dari 24 digit"):
        baca_angka("1" + ".000" * 8)


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        # titik sebelum dua digit sen (lampiran Klakah): sen di belakang koma, bukan 443.000.000
        ("4.430.000.00", ("4.430.000,00",)),
        ("-4.430.000.00", ("-4.430.000,00",)),
        ("Rp 1.500.50", ("1.500,50",)),
        # tanda desimal butuh digit di kedua sisi
        ("5,", ("5",)),
        ("-12,", ("-12",)),
        (",5", ("0,5",)),
        ("-,5", ("-0,5",)),
        # dua tafsiran: titik ribuan atau koma desimal yang tertukar
        ("1.5", ("15", "1,5")),
    ],
)
def test_saran_angka_yang_salah_tulis(teks: str, saran: tuple[str, ...]) -> None:
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka(teks)
    assert info.value.saran == saran
    assert str(info.value).endswith("; maksud Anda " + " atau ".join(map(repr, saran)) + "?")
    assert str(info.value).startswith(f"angka {teks!r} tidak sah dalam notasi Indonesia")


def test_tanda_desimal_di_ujung_notasi_inggris() -> None:
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka("12.", notasi="en")
    assert str(info.value) == (
        "angka '12.' tidak sah dalam notasi Inggris: tanda desimal '.' butuh digit di kedua "
        "sisinya; maksud Anda '12'?"
    )
    with pytest.raises(FormatAngkaSalah, match=r"notasi Indonesia: tanda desimal ','"):
        baca_angka("12,")


def test_notasi_inggris_yang_dibaca_sebagai_indonesia_diberi_petunjuk() -> None:
    """Tabel Klakah mencetak "1,361,248,977": tanpa saran Babel, petunjuknya notasi='en'."""
    with pytest.raises(FormatAngkaSalah) as info:
        baca_angka("1,361,248,977")
    assert info.value.saran == ()
    assert str(info.value).endswith("(tampaknya notasi Inggris; panggil dengan notasi='en' bila "
                                    "memang begitu)")  # fmt: skip
    assert baca_angka("1,361,248,977", notasi="en") == Decimal(1361248977)


def test_baca_ketat_menyebut_teks_bila_tanpa_nama_isian() -> None:
    """Pengurai ketat tanpa nama isian: pesan besaran menyebut 'teks', seperti baca_angka."""
    with pytest.raises(InputTidakSah, match=r"^'teks' terlalu besar"):
        baca_ketat("1" + ".000" * 8, "id")
