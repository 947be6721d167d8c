"""Angka menjadi teks: pembulatan untuk tampilan, dan penulisan tepat untuk berkas.

Dua cara yang sengaja dibedakan namanya:

- **Tampilan** (:func:`bulatkan`, :func:`format_angka`, :func:`format_persen`,
  :func:`format_rupiah`): dibulatkan setengah-ke-atas (``ROUND_HALF_UP``), bawaan 2 tempat
  desimal, seperti laporan membulatkan. Di dalam pustaka tidak ada pembulatan; pembulatan
  dilakukan sekali, saat menampilkan.
- **Penulisan tepat** (:func:`tulis_angka_tepat`): setiap digit dan jumlah tempat desimal
  dipertahankan, kebalikan tepat :func:`~kinerja.baca_angka`; dipakai saat menulis berkas.

>>> format_angka(Decimal("95.275"))
'95,28'
>>> tulis_angka_tepat(Decimal("95.275"))
'95,275'
>>> format_persen(Decimal("99.80895"))
'99,81%'
>>> format_rupiah(1692625798)
'Rp1.692.625.798'
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import DIGIT_BULAT_MAKSIMUM, JEBAKAN, konteks_pustaka
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "TEMPAT_BULATKAN_MAKSIMUM",
    "bulatkan",
    "format_angka",
    "format_persen",
    "format_rupiah",
    "tulis_angka_tepat",
]

TEMPAT_BULATKAN_MAKSIMUM = 30
"""``tempat`` terbesar untuk :func:`bulatkan` dan fungsi format."""

# Pembulatan tampilan: 24 digit bulat + 30 tempat desimal muat tanpa pembulatan tambahan.
_KONTEKS_BULATKAN = Context(
    prec=DIGIT_BULAT_MAKSIMUM + TEMPAT_BULATKAN_MAKSIMUM,
    rounding=ROUND_HALF_UP,
    traps=list(JEBAKAN),
)
# Babel memformat dalam konteks aktif: cukup lebar agar angka yang sah utuh.
_KONTEKS_TEKS = konteks_pustaka(100)
_KUANTUM = tuple(Decimal((0, (1,), -i)) for i in range(TEMPAT_BULATKAN_MAKSIMUM + 1))


def _tempat(tempat: object) -> int:
    if (
        isinstance(tempat, bool)
        or not isinstance(tempat, int)
        or not 0 <= tempat <= TEMPAT_BULATKAN_MAKSIMUM
    ):
        raise InputTidakSah(
            f"'tempat' harus bilangan bulat 0–{TEMPAT_BULATKAN_MAKSIMUM}"
            f" (diberikan {tampil_aman(tempat)})"
        )
    return tempat


def bulatkan(x: AngkaMasukan, tempat: int = 2) -> Decimal:
    """Bulatkan setengah-ke-atas (``ROUND_HALF_UP``) ke ``tempat`` desimal, seperti laporan.

    >>> bulatkan(Decimal("99.805"))
    Decimal('99.81')
    >>> bulatkan(Decimal("-2.5"), 0)
    Decimal('-3')
    """
    nilai = ke_desimal(x, "x")
    return nilai.quantize(_KUANTUM[_tempat(tempat)], context=_KONTEKS_BULATKAN)


def format_angka(x: AngkaMasukan, tempat: int = 2) -> str:
    """Format angka bernotasi Indonesia untuk *tampilan*: dibulatkan setengah-ke-atas ke ``tempat``
    desimal (bawaan 2). Untuk menulis setiap digit tanpa pembulatan: :func:`tulis_angka_tepat`.

    >>> format_angka(Decimal("1234567.891"))
    '1.234.567,89'
    >>> format_angka(26, 0)
    '26'
    """
    nilai = bulatkan(x, tempat)
    if nilai == 0:
        nilai = abs(nilai)  # tanpa "-0,00"
    pola = "#,##0" + ("." + "0" * tempat if tempat else "")
    # Babel diimpor saat pertama dipakai: tabel laporan memformat tanpa Babel (format_sel)
    from babel.numbers import format_decimal

    with localcontext(_KONTEKS_TEKS):
        teks: str = format_decimal(nilai, format=pola, locale="id")
    return teks


def format_persen(x: AngkaMasukan, tempat: int = 2) -> str:
    """Format angka persen (95.27 berarti 95,27%) menjadi teks seperti ``'95,27%'``.

    >>> format_persen(100)
    '100,00%'
    """
    return format_angka(x, tempat) + "%"


def format_rupiah(x: AngkaMasukan, *, sen: bool = False) -> str:
    """Format Rupiah seperti ``'Rp1.895.403.508'`` (dengan ``sen=True``: ``'Rp1.895.403.508,00'``).

    >>> format_rupiah("22.571.000")
    'Rp22.571.000'
    >>> format_rupiah(Decimal("-1500.5"), sen=True)
    '-Rp1.500,50'
    """
    if not isinstance(sen, bool):
        raise TipeTidakSah(f"'sen' harus True atau False (diberikan {tampil_aman(sen)})")
    teks = format_angka(x, 2 if sen else 0)
    if teks.startswith("-"):
        return "-Rp" + teks[1:]
    return "Rp" + teks


def tulis_angka_tepat(x: AngkaMasukan) -> str:
    """Tulis angka dalam notasi Indonesia *tanpa* pembulatan: setiap digit dipertahankan.

    Kebalikan tepat dari :func:`~kinerja.baca_angka` (termasuk jumlah tempat desimalnya),
    dipakai saat menulis berkas laporan; untuk tampilan yang dibulatkan pakai
    :func:`format_angka`. Setiap angka yang sah (lihat :mod:`kinerja.besaran`) tertulis dalam
    paling banyak 90 karakter, jadi selalu terbaca kembali.

    >>> tulis_angka_tepat(Decimal("1895403508.00"))
    '1.895.403.508,00'
    >>> tulis_angka_tepat(Decimal("-0.5"))
    '-0,5'
    >>> from kinerja import baca_angka
    >>> baca_angka(tulis_angka_tepat(Decimal("95.30"))).as_tuple().exponent
    -2
    """
    nilai = ke_desimal(x, "x")
    tanda, digit, eksponen = nilai.as_tuple()
    assert isinstance(eksponen, int)  # nilai hingga (dijamin ke_desimal)
    teks_digit = "".join(map(str, digit))
    if eksponen >= 0:
        bulat, pecahan = teks_digit + "0" * eksponen, ""
    else:
        teks_digit = teks_digit.rjust(-eksponen + 1, "0")
        bulat, pecahan = teks_digit[:eksponen], teks_digit[eksponen:]
    bulat = bulat.lstrip("0") or "0"
    kelompok = []
    while bulat:
        kelompok.append(bulat[-3:])
        bulat = bulat[:-3]
    teks = ".".join(reversed(kelompok))
    if pecahan:
        teks += "," + pecahan
    return ("-" if tanda else "") + teks
