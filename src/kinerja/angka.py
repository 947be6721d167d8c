"""Angka di tepi pustaka: membaca notasi Indonesia, membulatkan, dan memformat.

Notasi Indonesia: titik memisahkan ribuan, koma menandai desimal. **"1.500" adalah seribu
lima ratus, bukan satu koma lima**, dan "95,27" adalah 95.27. Pembacaan memakai mode ketat
Babel (``parse_decimal(..., locale="id", strict=True)``): pemisah yang salah tempat ditolak
beserta saran bentuk yang benar, dan angka tidak pernah ditebak. Notasi Inggris
("1,361,248,977") hanya dibaca bila diminta dengan ``notasi="en"``.

Di dalam pustaka tidak ada pembulatan; pembulatan dilakukan sekali saat menampilkan,
setengah-ke-atas (``ROUND_HALF_UP``) ke 2 tempat desimal, seperti laporan membulatkan.

``float`` ditolak sebagai nilai: 0.1 tidak punya nilai biner yang tepat, dan uang harus
dijumlah dengan tepat. Berikan ``Decimal`` atau teks.

>>> baca_angka("Rp. 1.895.403.508,00")
Decimal('1895403508.00')
>>> baca_angka("95,45%")
Decimal('95.45')
>>> format_persen(Decimal("99.80895"))
'99,81%'
>>> format_rupiah(1692625798)
'Rp1.692.625.798'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    localcontext,
)
from typing import Literal, TypeAlias

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from kinerja.galat import FormatAngkaSalah, InputTidakSah, TipeTidakSah

__all__ = [
    "DIGIT_BULAT_MAKSIMUM",
    "KONTEKS",
    "PANJANG_TEKS_MAKSIMUM",
    "TEMPAT_DESIMAL_MAKSIMUM",
    "AngkaMasukan",
    "Notasi",
    "baca_angka",
    "bulatkan",
    "format_angka",
    "format_persen",
    "format_rupiah",
    "jumlah",
    "ke_desimal",
    "tulis_angka",
]

AngkaMasukan: TypeAlias = Decimal | int | str
"""Masukan angka yang diterima: ``Decimal``, ``int``, atau teks bernotasi Indonesia."""

Notasi: TypeAlias = Literal["id", "en"]

KONTEKS = Context(prec=34, rounding=ROUND_HALF_EVEN)
"""Konteks aritmetika semua aturan (presisi decimal128), lepas dari konteks global pemanggil."""

PANJANG_TEKS_MAKSIMUM = 100
"""Teks angka yang lebih panjang dari ini ditolak tanpa diurai."""

DIGIT_BULAT_MAKSIMUM = 24
"""Angka dengan lebih dari 24 digit di depan koma (≥ 10²⁴) ditolak: APBN pun < 10¹⁶ Rupiah."""

TEMPAT_DESIMAL_MAKSIMUM = 20
"""Teks angka dengan lebih dari 20 tempat desimal ditolak."""

_AWALAN_RUPIAH = ("rp.", "rp")


def jumlah(nilai: Iterable[Decimal]) -> Decimal:
    """Jumlah tepat dalam :data:`KONTEKS` (bukan konteks global pemanggil).

    >>> jumlah([Decimal("0.1"), Decimal("0.2")])
    Decimal('0.3')
    """
    return functools.reduce(KONTEKS.add, nilai, Decimal(0))


def _bersihkan(teks: str) -> str:
    """Buang 'Rp'/'Rp.' di depan, '%' di belakang, dan spasi di sekitarnya."""
    hasil = teks.replace("\u00a0", " ").strip()
    tanda = ""
    if hasil.startswith("-"):
        tanda, hasil = "-", hasil[1:].lstrip()
    for awalan in _AWALAN_RUPIAH:
        if hasil.lower().startswith(awalan):
            hasil = hasil[len(awalan) :].strip()
            break
    if hasil.endswith("%"):
        hasil = hasil[:-1].strip()
    return tanda + hasil if hasil else hasil


def baca_angka(teks: str, *, notasi: Notasi = "id") -> Decimal:
    """Baca teks angka bernotasi Indonesia (atau Inggris bila ``notasi="en"``) secara ketat.

    >>> baca_angka("1.500")
    Decimal('1500')
    >>> baca_angka("0,5")
    Decimal('0.5')
    >>> baca_angka("1,361,248,977", notasi="en")
    Decimal('1361248977')
    >>> baca_angka("19.7195.216")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.FormatAngkaSalah: angka '19.7195.216' tidak sah ...; maksud Anda '197.195.216'?
    """
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'teks' harus str (diberikan {teks!r})")
    if notasi not in ("id", "en"):
        raise InputTidakSah(f"'notasi' harus 'id' atau 'en' (diberikan {notasi!r})")
    if len(teks) > PANJANG_TEKS_MAKSIMUM:
        raise FormatAngkaSalah(
            f"teks angka terlalu panjang ({len(teks)} karakter, maksimum "
            f"{PANJANG_TEKS_MAKSIMUM}): {teks[:20]!r}…"
        )
    bersih = _bersihkan(teks)
    nama_notasi = "Indonesia" if notasi == "id" else "Inggris"
    if not bersih:
        raise FormatAngkaSalah(f"teks {teks!r} tidak berisi angka")
    if "e" in bersih.lower():
        raise FormatAngkaSalah(
            f"angka {teks!r}: notasi ilmiah (E) tidak dipakai di laporan; tulis angkanya lengkap"
        )
    try:
        with localcontext(KONTEKS):  # Babel memakai konteks aktif; jangan warisi milik pemanggil
            nilai = parse_decimal(bersih, locale=notasi, strict=True)
    except NumberFormatError as exc:
        saran = tuple(exc.suggestions or ())
        pesan = f"angka {teks!r} tidak sah dalam notasi {nama_notasi}"
        if saran:
            pesan += "; maksud Anda " + " atau ".join(repr(s) for s in saran) + "?"
        elif notasi == "id" and _mungkin_notasi_inggris(bersih):
            pesan += " (tampaknya notasi Inggris; panggil dengan notasi='en' bila memang begitu)"
        raise FormatAngkaSalah(pesan, saran) from exc
    except (ArithmeticError, ValueError) as exc:  # Overflow dkk. dari aritmetika Decimal Babel
        raise FormatAngkaSalah(f"angka {teks!r} tidak sah dalam notasi {nama_notasi}") from exc
    if not nilai.is_finite():
        raise FormatAngkaSalah(f"angka {teks!r} bukan bilangan hingga")
    eksponen = nilai.as_tuple().exponent
    if isinstance(eksponen, int) and eksponen < -TEMPAT_DESIMAL_MAKSIMUM:
        raise InputTidakSah(
            f"angka {teks[:30]!r} punya lebih dari {TEMPAT_DESIMAL_MAKSIMUM} tempat desimal"
        )
    return _dalam_rentang(nilai, "teks")


def _dalam_rentang(nilai: Decimal, nama: str) -> Decimal:
    """Tolak angka yang terlalu besar untuk laporan (dan untuk aritmetika yang aman)."""
    if nilai and nilai.adjusted() >= DIGIT_BULAT_MAKSIMUM:
        raise InputTidakSah(
            f"'{nama}' terlalu besar: lebih dari {DIGIT_BULAT_MAKSIMUM} digit di depan koma "
            f"(diberikan {nilai:.6E})"
        )
    return nilai


def _mungkin_notasi_inggris(teks: str) -> bool:
    try:
        with localcontext(KONTEKS):
            parse_decimal(teks, locale="en", strict=True)
    except (NumberFormatError, ArithmeticError, ValueError):
        return False
    return True


def ke_desimal(nilai: object, nama: str = "nilai") -> Decimal:
    """Ubah masukan angka menjadi ``Decimal`` yang hingga; ``nama`` dipakai di pesan galat.

    Diterima: ``Decimal``, ``int``, dan teks bernotasi Indonesia (lewat :func:`baca_angka`).
    Ditolak: ``float``, ``bool``, ``None``, NaN, dan tak hingga.

    >>> ke_desimal("1.500", "pagu")
    Decimal('1500')
    >>> ke_desimal(0.1, "pagu")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.TipeTidakSah: 'pagu' tidak boleh float (diberikan 0.1): float tidak ...
    """
    if isinstance(nilai, bool):
        raise TipeTidakSah(f"'{nama}' harus angka, bukan bool (diberikan {nilai!r})")
    if isinstance(nilai, Decimal):
        if not nilai.is_finite():
            raise InputTidakSah(f"'{nama}' harus bilangan hingga (diberikan {nilai!r})")
        return _dalam_rentang(nilai, nama)
    if isinstance(nilai, int):
        if abs(nilai) >= 10**DIGIT_BULAT_MAKSIMUM:
            raise InputTidakSah(
                f"'{nama}' terlalu besar: lebih dari {DIGIT_BULAT_MAKSIMUM} digit "
                f"({nilai.bit_length()} bit)"
            )
        return Decimal(nilai)
    if isinstance(nilai, str):
        try:
            return baca_angka(nilai)
        except FormatAngkaSalah as exc:
            raise FormatAngkaSalah(f"'{nama}': {exc}", exc.saran) from exc
    if isinstance(nilai, float):
        contoh = repr(nilai).replace(".", ",")
        raise TipeTidakSah(
            f"'{nama}' tidak boleh float (diberikan {nilai!r}): float tidak punya nilai tepat; "
            f"berikan Decimal atau teks, mis. Decimal('{nilai!r}') atau '{contoh}'"
        )
    raise TipeTidakSah(
        f"'{nama}' harus Decimal, int, atau teks angka (diberikan {type(nilai).__name__} {nilai!r})"
    )


def _tempat(tempat: object) -> int:
    if isinstance(tempat, bool) or not isinstance(tempat, int) or not 0 <= tempat <= 30:
        raise InputTidakSah(f"'tempat' harus bilangan bulat 0–30 (diberikan {tempat!r})")
    return tempat


def bulatkan(x: AngkaMasukan, tempat: int = 2) -> Decimal:
    """Bulatkan setengah-ke-atas (``ROUND_HALF_UP``) ke ``tempat`` desimal, seperti laporan.

    >>> bulatkan(Decimal("99.805"))
    Decimal('99.81')
    >>> bulatkan(Decimal("-2.5"), 0)
    Decimal('-3')
    """
    nilai = ke_desimal(x, "x")
    kuantum = Decimal(1).scaleb(-_tempat(tempat))
    return nilai.quantize(kuantum, rounding=ROUND_HALF_UP, context=KONTEKS)


def format_angka(x: AngkaMasukan, tempat: int = 2) -> str:
    """Format angka bernotasi Indonesia, dibulatkan setengah-ke-atas ke ``tempat`` desimal.

    >>> format_angka(Decimal("1234567.891"))
    '1.234.567,89'
    >>> format_angka(26, 0)
    '26'
    """
    nilai = bulatkan(x, tempat)
    if nilai == 0:
        nilai = abs(nilai)  # tanpa "-0,00"
    pola = "#,##0" + ("." + "0" * tempat if tempat else "")
    with localcontext(KONTEKS):
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
    teks = format_angka(x, 2 if sen else 0)
    if teks.startswith("-"):
        return "-Rp" + teks[1:]
    return "Rp" + teks


def tulis_angka(x: AngkaMasukan) -> str:
    """Tulis angka dalam notasi Indonesia *tanpa* pembulatan: setiap digit dipertahankan.

    Kebalikan tepat dari :func:`baca_angka` (termasuk jumlah tempat desimalnya), dipakai
    saat menulis berkas laporan.

    >>> tulis_angka(Decimal("1895403508.00"))
    '1.895.403.508,00'
    >>> tulis_angka(Decimal("-0.5"))
    '-0,5'
    >>> baca_angka(tulis_angka(Decimal("95.30"))).as_tuple().exponent
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
