"""Angka di tepi pustaka: membaca notasi Indonesia, membulatkan, dan memformat.

Notasi Indonesia: titik memisahkan ribuan, koma menandai desimal. **"1.500" adalah seribu
lima ratus, bukan satu koma lima**, dan "95,27" adalah 95.27. Pembacaan memakai mode ketat
Babel (``parse_decimal(..., locale="id", strict=True)``): pemisah yang salah tempat ditolak
beserta saran bentuk yang benar, dan angka tidak pernah ditebak. Notasi Inggris
("1,361,248,977") hanya dibaca bila diminta dengan ``notasi="en"``.

Di dalam pustaka tidak ada pembulatan; pembulatan dilakukan sekali saat menampilkan,
setengah-ke-atas (``ROUND_HALF_UP``) ke 2 tempat desimal, seperti laporan membulatkan.

``float`` ditolak sebagai nilai: 0.1 tidak punya nilai biner yang tepat, dan uang harus
dijumlah dengan tepat. Berikan ``Decimal`` atau teks; data yang datang sebagai float diubah
secara eksplisit dengan :func:`dari_float` (teks terpendeknya, seperti ``repr``).

Setiap angka masuk lewat satu pintu, :func:`ke_desimal`, dengan satu aturan besaran: hingga,
``|x| < 10²⁴``, bila bukan nol ``|x| ≥ 10⁻²⁴``, dan paling banyak 34 digit bermakna — sehingga
tak ada galat ``decimal`` mentah yang bisa keluar dari hitungan mana pun.

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
import numbers
import operator
import re
from collections.abc import Iterable
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Clamped,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    FloatOperation,
    Inexact,
    InvalidOperation,
    Overflow,
    Subnormal,
    Underflow,
    localcontext,
)
from typing import Literal, TypeAlias

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from kinerja.galat import FormatAngkaSalah, InputTidakSah, TipeTidakSah

__all__ = [
    "DIGIT_BULAT_MAKSIMUM",
    "DIGIT_PECAHAN_MAKSIMUM",
    "DIGIT_SIGNIFIKAN_MAKSIMUM",
    "KONTEKS",
    "PANJANG_TEKS_MAKSIMUM",
    "TEMPAT_BULATKAN_MAKSIMUM",
    "TEMPAT_DESIMAL_MAKSIMUM",
    "AngkaMasukan",
    "Notasi",
    "baca_angka",
    "bulatkan",
    "dari_float",
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

PANJANG_TEKS_MAKSIMUM = 100
"""Teks angka yang lebih panjang dari ini ditolak tanpa diurai."""

DIGIT_BULAT_MAKSIMUM = 24
"""Angka dengan lebih dari 24 digit di depan koma (≥ 10²⁴) ditolak: APBN pun < 10¹⁶ Rupiah."""

DIGIT_PECAHAN_MAKSIMUM = 24
"""Angka bukan nol yang lebih kecil dari 10⁻²⁴ (digit bukan nol pertamanya lewat tempat desimal
ke-24) ditolak: tak ada angka laporan sekecil itu, dan batas ini menjaga setiap pembagian aman."""

DIGIT_SIGNIFIKAN_MAKSIMUM = 34
"""Angka dengan lebih dari 34 digit bermakna (tanpa nol di ujung) tidak bisa dihitung tepat dalam
presisi pustaka dan ditolak; yang paling sering: ``Decimal`` yang dibuat dari float."""

TEMPAT_DESIMAL_MAKSIMUM = DIGIT_PECAHAN_MAKSIMUM + DIGIT_SIGNIFIKAN_MAKSIMUM - 1
"""57: tempat desimal angka 34 digit terkecil yang sah (1,000…E-24), jadi cukup untuk setiap
hasil hitungan pustaka; juga batas tempat desimal angka nol (``0E-57``)."""

TEMPAT_BULATKAN_MAKSIMUM = 30
"""``tempat`` terbesar untuk :func:`bulatkan` dan fungsi format."""

_JEBAKAN = [InvalidOperation, DivisionByZero, Overflow, FloatOperation]


def _konteks_baru() -> Context:
    """Konteks aritmetika pustaka: 34 digit (decimal128), dibuat baru agar tak bisa diubah."""
    return Context(
        prec=DIGIT_SIGNIFIKAN_MAKSIMUM,
        rounding=ROUND_HALF_EVEN,
        Emin=-999999,
        Emax=999999,
        capitals=1,
        clamp=0,
        flags=[],
        traps=_JEBAKAN,
    )


_KONTEKS = _konteks_baru()
# Pemeriksa besaran: plus() dalam konteks ini menjebak setiap angka di luar aturan ke_desimal.
_PERIKSA_BESARAN = Context(
    prec=DIGIT_SIGNIFIKAN_MAKSIMUM,
    Emin=-DIGIT_PECAHAN_MAKSIMUM,
    Emax=DIGIT_BULAT_MAKSIMUM - 1,
    traps=[*_JEBAKAN, Underflow, Subnormal, Inexact, Clamped],
).plus
# Pembulatan tampilan: 24 digit bulat + 30 tempat desimal muat tanpa pembulatan tambahan.
_KONTEKS_BULATKAN = Context(
    prec=DIGIT_BULAT_MAKSIMUM + TEMPAT_BULATKAN_MAKSIMUM, rounding=ROUND_HALF_UP, traps=_JEBAKAN
)
# Babel mengurai dan memformat dalam konteks aktif: cukup lebar agar teks 100 karakter utuh.
_KONTEKS_TEKS = Context(prec=PANJANG_TEKS_MAKSIMUM, rounding=ROUND_HALF_EVEN, traps=_JEBAKAN)
_KUANTUM = tuple(Decimal((0, (1,), -i)) for i in range(TEMPAT_BULATKAN_MAKSIMUM + 1))

KONTEKS: Context
"""Salinan konteks aritmetika pustaka (34 digit, ``ROUND_HALF_EVEN``), dibuat baru tiap kali
dibaca: mengubahnya tidak mengubah hitungan pustaka mana pun."""


def __getattr__(nama: str) -> Context:
    if nama == "KONTEKS":
        return _konteks_baru()
    raise AttributeError(f"modul {__name__!r} tidak punya atribut {nama!r}")


_AWALAN_RUPIAH = ("rp.", "rp")


def jumlah(nilai: Iterable[Decimal]) -> Decimal:
    """Jumlah tepat dalam konteks pustaka (bukan konteks global pemanggil).

    Untuk nilai yang sudah lewat :func:`ke_desimal` atau hasil hitungan pustaka (juga hasil
    antara seperti hasil kali, yang boleh melewati batas besaran masukan); hanya tipe dan
    keberhinggaan yang diperiksa di sini.

    >>> jumlah([Decimal("0.1"), Decimal("0.2")])
    Decimal('0.3')
    """
    daftar: object = nilai  # pemanggil tak bertipe bisa memberikan apa saja
    if isinstance(daftar, (str, bytes)) or not isinstance(daftar, Iterable):
        raise TipeTidakSah(f"'nilai' harus daftar Decimal (diberikan {daftar!r})")
    try:
        hasil = functools.reduce(_KONTEKS.add, daftar, Decimal(0))
    except TypeError as exc:  # unsur bukan Decimal/int
        raise TipeTidakSah(f"'nilai' harus daftar Decimal: {exc}") from exc
    except ArithmeticError as exc:  # NaN bersinyal, Overflow, ∞ + −∞
        raise InputTidakSah(f"jumlah tidak terdefinisi: {type(exc).__name__}") from exc
    if not hasil.is_finite():
        raise InputTidakSah(f"jumlah bukan bilangan hingga ({hasil}): ada NaN atau tak hingga")
    return hasil


_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u00a0": " "})
"""Tanda minus sejati (U+2212) dan en dash (U+2013) dibaca sebagai minus; NBSP sebagai spasi."""

# Jalur cepat: bentuk yang paling sering ("1.234.567,89", "95,27", "12", "-0,5"), yang oleh
# pengurai ketat (Babel strict) pasti diterima dengan nilai persis teksnya. Selain bentuk ini,
# teks lewat pengurai ketat; uji properti menjaga keduanya menerima dan menolak hal yang sama.
_POLA_CEPAT = re.compile(r"-?(?:[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?")
_POLA_BADAN = re.compile(r"[+-]?[0-9.,]+")


def _bersihkan(teks: str) -> str:
    """Buang 'Rp'/'Rp.' di depan, '%' di belakang, dan spasi di sekitarnya; minus jadi '-'."""
    hasil = teks.translate(_MINUS).strip()
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

    Digit hanya 0–9 ASCII; tanda minus boleh ``-``, ``−`` (U+2212) atau ``–`` (en dash).

    >>> baca_angka("1.500")
    Decimal('1500')
    >>> baca_angka("0,5")
    Decimal('0.5')
    >>> baca_angka("−12,5")
    Decimal('-12.5')
    >>> baca_angka("1,361,248,977", notasi="en")
    Decimal('1361248977')
    >>> baca_angka("19.7195.216")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.FormatAngkaSalah: angka '19.7195.216' tidak sah ...; maksud Anda '197.195.216'?
    """
    return _baca(teks, notasi, "teks")


def _baca(teks: object, notasi: object, nama: str) -> Decimal:
    if (
        type(teks) is str
        and notasi == "id"
        and len(teks) <= PANJANG_TEKS_MAKSIMUM
        and _POLA_CEPAT.fullmatch(teks)
    ):
        nilai = Decimal(teks.replace(".", "").replace(",", "."))
        return _periksa_besaran(nilai, nama, teks)
    return _baca_ketat(teks, notasi, nama)


def _baca_ketat(teks: object, notasi: object, nama: str = "teks") -> Decimal:
    """Pengurai ketat lengkap (Babel strict) yang menjadi rujukan jalur cepat :func:`baca_angka`."""
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
    if not _POLA_BADAN.fullmatch(bersih):
        badan = bersih[1:] if bersih[0] in "+-" else bersih
        asing = next((c for c in badan if c not in "0123456789.,"), None)
        if asing is None:
            raise FormatAngkaSalah(f"teks {teks!r} tidak berisi angka")
        if asing in "+-":
            raise FormatAngkaSalah(
                f"angka {teks!r} tidak sah dalam notasi {nama_notasi}: tanda minus (atau "
                "plus) hanya boleh sekali, di depan angka; rentang ditulis sebagai dua angka"
            )
        raise FormatAngkaSalah(
            f"angka {teks!r} tidak sah dalam notasi {nama_notasi}: memuat {asing!r}; angka "
            "hanya ditulis dengan digit 0–9, titik, dan koma (tanda minus boleh di depan)"
        )
    _periksa_pemisah_di_ujung(teks, bersih, notasi)
    try:
        with localcontext(_KONTEKS_TEKS):  # Babel memakai konteks aktif, bukan milik pemanggil
            nilai = parse_decimal(bersih, locale=notasi, strict=True)
    except NumberFormatError as exc:
        saran = tuple(exc.suggestions or ())
        pesan = f"angka {teks!r} tidak sah dalam notasi {nama_notasi}"
        if saran:
            pesan += "; maksud Anda " + " atau ".join(repr(s) for s in saran) + "?"
        elif notasi == "id" and _mungkin_notasi_inggris(bersih):
            pesan += " (tampaknya notasi Inggris; panggil dengan notasi='en' bila memang begitu)"
        raise FormatAngkaSalah(pesan, saran) from exc
    return _periksa_besaran(nilai, nama, teks)


def _periksa_pemisah_di_ujung(teks: str, bersih: str, notasi: Notasi) -> None:
    """Tolak ",5" (saran "0,5") dan "5," (saran "5"): tanda desimal butuh digit di kedua sisi."""
    desimal = "," if notasi == "id" else "."
    tanda = "-" if bersih[0] == "-" else ""
    badan = bersih[1:] if bersih[0] in "+-" else bersih
    if not any(c.isdigit() for c in badan):
        return  # tanpa digit sama sekali: pesan Babel
    if badan.startswith(desimal):
        saran = tanda + "0" + badan
    elif badan.endswith(desimal):
        saran = tanda + badan[:-1]
    else:
        return
    try:
        with localcontext(_KONTEKS_TEKS):
            parse_decimal(saran, locale=notasi, strict=True)
    except (NumberFormatError, ArithmeticError, ValueError):
        daftar_saran: tuple[str, ...] = ()
    else:
        daftar_saran = (saran,)
    pesan = (
        f"angka {teks!r} tidak sah dalam notasi {'Indonesia' if notasi == 'id' else 'Inggris'}: "
        f"tanda desimal {desimal!r} butuh digit di kedua sisinya"
    )
    if daftar_saran:
        pesan += f"; maksud Anda {saran!r}?"
    raise FormatAngkaSalah(pesan, daftar_saran)


def _periksa_besaran(nilai: Decimal, nama: str, teks: str | None = None) -> Decimal:
    """Satu aturan besaran untuk setiap angka yang masuk pustaka (dari Decimal, int, atau teks).

    Hingga; kurang dari 10²⁴; bila bukan nol, paling kecil 10⁻²⁴; paling banyak 34 digit
    bermakna; nol dengan eksponen −57 … 23. Diperiksa dengan satu operasi ``plus`` dalam konteks
    yang menjebak setiap pelanggaran (Overflow, Underflow/Subnormal, Inexact, Clamped).
    """
    if not nilai.is_finite():
        raise InputTidakSah(f"'{nama}' harus bilangan hingga (diberikan {nilai!r})")
    try:
        _PERIKSA_BESARAN(nilai)
    except DecimalException as sinyal:
        raise _galat_besaran(nilai, nama, teks, sinyal) from None
    return nilai


def _galat_besaran(
    nilai: Decimal, nama: str, teks: str | None, sinyal: DecimalException
) -> InputTidakSah:
    diberikan = repr(teks) if teks is not None else repr(nilai)
    if len(diberikan) > 60:
        diberikan = diberikan[:59] + "…"
    if isinstance(sinyal, Overflow):
        return InputTidakSah(
            f"'{nama}' terlalu besar: lebih dari {DIGIT_BULAT_MAKSIMUM} digit di depan koma "
            f"(diberikan {nilai:.6E})"
        )
    if isinstance(sinyal, (Underflow, Subnormal)):
        return InputTidakSah(
            f"'{nama}' terlalu kecil: digit bukan nol pertamanya lewat tempat desimal "
            f"ke-{DIGIT_PECAHAN_MAKSIMUM} (diberikan {nilai:.6E}); tulis 0 bila maksudnya nol"
        )
    if isinstance(sinyal, Inexact):
        bermakna = len("".join(map(str, nilai.as_tuple().digits)).rstrip("0"))
        pesan = (
            f"'{nama}' punya {bermakna} digit bermakna, lebih dari {DIGIT_SIGNIFIKAN_MAKSIMUM} "
            f"yang bisa dihitung tepat (diberikan {diberikan})"
        )
        if teks is None:
            pesan += (
                "; Decimal yang dibuat dari float membawa galat binernya: ubah data float "
                "dengan dari_float(x), atau buat Decimal dari teks, mis. Decimal('99.815')"
            )
        return InputTidakSah(pesan)
    return InputTidakSah(
        f"'{nama}' bernilai nol dengan eksponen di luar −{TEMPAT_DESIMAL_MAKSIMUM} … "
        f"{DIGIT_BULAT_MAKSIMUM - 1} (diberikan {diberikan}); tulis 0"
    )


def _mungkin_notasi_inggris(teks: str) -> bool:
    try:
        with localcontext(_KONTEKS_TEKS):
            parse_decimal(teks, locale="en", strict=True)
    except (NumberFormatError, ArithmeticError, ValueError):
        return False
    return True


def _mirip_float(nilai: object) -> bool:
    """float, termasuk float numpy (np.float64 turunan float; np.float32 terdaftar ``Real``)."""
    return isinstance(nilai, float) or (
        isinstance(nilai, numbers.Real) and not isinstance(nilai, numbers.Rational)
    )


def _teks_float(nilai: object) -> str:
    """Teks terpendek yang bolak-balik ke float yang sama (seperti ``repr``), tanpa 'np.'."""
    if isinstance(nilai, float):
        return float.__repr__(nilai)  # np.float64 juga: tanpa 'np.float64(...)'
    return str(nilai)  # float numpy lain: str() memberi teks terpendek presisinya sendiri


def _dari_bulat(nilai: int, nama: str) -> Decimal:
    if abs(nilai) >= 10**DIGIT_BULAT_MAKSIMUM:
        raise InputTidakSah(
            f"'{nama}' terlalu besar: lebih dari {DIGIT_BULAT_MAKSIMUM} digit "
            f"({nilai.bit_length()} bit)"
        )
    return Decimal(nilai)


def ke_desimal(nilai: object, nama: str = "nilai") -> Decimal:
    """Ubah masukan angka menjadi ``Decimal`` yang sah; ``nama`` dipakai di pesan galat.

    Satu-satunya pintu angka ke aturan pustaka. Diterima: ``Decimal``, bilangan bulat (``int``,
    juga bilangan bulat numpy), dan teks bernotasi Indonesia (lewat :func:`baca_angka`).
    Ditolak: ``float`` (juga float numpy; lihat :func:`dari_float`), ``bool``, ``None``, NaN,
    tak hingga, ≥ 10²⁴, bukan nol tetapi < 10⁻²⁴, dan lebih dari 34 digit bermakna.

    >>> ke_desimal("1.500", "pagu")
    Decimal('1500')
    >>> ke_desimal(0.1, "pagu")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.TipeTidakSah: 'pagu' tidak boleh float (diberikan 0.1): float tidak ...
    """
    if type(nilai) is Decimal:
        return _periksa_besaran(nilai, nama)
    if isinstance(nilai, bool):
        raise TipeTidakSah(f"'{nama}' harus angka, bukan bool (diberikan {nilai!r})")
    if isinstance(nilai, Decimal):
        return _periksa_besaran(nilai, nama)
    if isinstance(nilai, int):
        return _dari_bulat(nilai, nama)
    if isinstance(nilai, str):
        try:
            return _baca(nilai, "id", nama)
        except FormatAngkaSalah as exc:
            raise FormatAngkaSalah(f"'{nama}': {exc}", exc.saran) from exc
    if isinstance(nilai, numbers.Integral):  # mis. np.int64: bilangan bulat tepat
        try:
            bulat = operator.index(nilai)
        except TypeError as exc:
            raise TipeTidakSah(
                f"'{nama}' bilangan bulat yang tak bisa diubah ke int (diberikan {nilai!r})"
            ) from exc
        return _dari_bulat(bulat, nama)
    if _mirip_float(nilai):
        teks = _teks_float(nilai)
        contoh = teks.replace(".", ",")
        raise TipeTidakSah(
            f"'{nama}' tidak boleh float (diberikan {teks}): float tidak punya nilai tepat; "
            f"berikan Decimal atau teks, mis. Decimal('{teks}') atau '{contoh}', atau ubah data "
            f"float dengan dari_float({teks})"
        )
    raise TipeTidakSah(
        f"'{nama}' harus Decimal, int, atau teks angka (diberikan {type(nilai).__name__} {nilai!r})"
    )


def dari_float(x: float) -> Decimal:
    """Ubah data yang datang sebagai float menjadi ``Decimal`` lewat teks terpendeknya.

    Satu-satunya jalan float masuk pustaka, dan harus diminta: ``Decimal(99.815)`` bernilai
    99.81499999999999772626324556767940521240234375 (galat biner float) sehingga dibulatkan ke
    99,81, sedangkan angka yang dimaksud adalah 99,815. ``dari_float`` memakai teks terpendek
    yang kembali ke float yang sama (seperti ``repr``), jadi hasilnya angka yang ditulis orang.
    Float numpy diterima juga; bilangan bulat diteruskan apa adanya.

    >>> dari_float(99.815)
    Decimal('99.815')
    >>> from kinerja import bulatkan
    >>> bulatkan(dari_float(99.815)), bulatkan(Decimal("99.815"))
    (Decimal('99.82'), Decimal('99.82'))
    >>> dari_float(0.1) + dari_float(0.2)
    Decimal('0.3')
    """
    nilai: object = x  # pemanggil tak bertipe bisa memberikan apa saja
    if isinstance(nilai, bool):
        raise TipeTidakSah(f"'x' harus float, bukan bool (diberikan {nilai!r})")
    if isinstance(nilai, numbers.Integral):
        return ke_desimal(nilai, "x")
    if not _mirip_float(nilai):
        raise TipeTidakSah(
            f"'x' harus float (diberikan {type(nilai).__name__} {nilai!r}); untuk Decimal, int, "
            "atau teks pakai ke_desimal"
        )
    teks = _teks_float(nilai)
    try:
        nilai = Decimal(teks)
    except (ArithmeticError, ValueError) as exc:
        raise TipeTidakSah(f"'x' tidak bisa dibaca sebagai float (diberikan {teks!r})") from exc
    return _periksa_besaran(nilai, "x", teks)


def _tempat(tempat: object) -> int:
    if (
        isinstance(tempat, bool)
        or not isinstance(tempat, int)
        or not 0 <= tempat <= TEMPAT_BULATKAN_MAKSIMUM
    ):
        raise InputTidakSah(
            f"'tempat' harus bilangan bulat 0–{TEMPAT_BULATKAN_MAKSIMUM} (diberikan {tempat!r})"
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
