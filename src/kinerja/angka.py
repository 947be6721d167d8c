"""Angka masuk pustaka: satu pintu :func:`ke_desimal`, float hanya lewat :func:`dari_float`.

``float`` ditolak sebagai nilai: 0.1 tidak punya nilai biner yang tepat, dan uang harus
dijumlah dengan tepat. Berikan ``Decimal``, bilangan bulat, atau teks bernotasi Indonesia
(dibaca oleh :mod:`kinerja.urai_angka`); data yang datang sebagai float diubah secara eksplisit
dengan :func:`dari_float` (teks terpendeknya, seperti ``repr``).

Setiap angka masuk lewat :func:`ke_desimal`, dengan satu aturan besaran
(:mod:`kinerja.besaran`): hingga, ``|x| < 10²⁴``, bila bukan nol ``|x| ≥ 10⁻²⁴``, paling
banyak 34 digit bermakna dan 57 tempat desimal — sehingga tak ada galat ``decimal`` mentah
yang bisa keluar dari hitungan mana pun. Pembulatan dan format tampilan ada di
:mod:`kinerja.teks_angka`.

>>> ke_desimal("1.895.403.508,00", "pagu")
Decimal('1895403508.00')
>>> jumlah([ke_desimal("0,1"), dari_float(0.2)])
Decimal('0.3')
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Iterable
from decimal import Context, Decimal
from typing import TypeAlias

from kinerja.besaran import (
    DIGIT_BULAT_MAKSIMUM,
    DIGIT_PECAHAN_MAKSIMUM,
    DIGIT_SIGNIFIKAN_MAKSIMUM,
    TEMPAT_DESIMAL_MAKSIMUM,
    konteks_pustaka,
    periksa_besaran,
    tambah_semua,
)
from kinerja.galat import FormatAngkaSalah, InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.urai_angka import PANJANG_TEKS_MAKSIMUM, Notasi, baca_angka, baca_teks

__all__ = [
    "DIGIT_BULAT_MAKSIMUM",
    "DIGIT_PECAHAN_MAKSIMUM",
    "DIGIT_SIGNIFIKAN_MAKSIMUM",
    "KONTEKS",
    "PANJANG_TEKS_MAKSIMUM",
    "TEMPAT_DESIMAL_MAKSIMUM",
    "AngkaMasukan",
    "Notasi",
    "baca_angka",
    "dari_float",
    "jumlah",
    "ke_desimal",
]

AngkaMasukan: TypeAlias = Decimal | int | str
"""Masukan angka yang diterima: ``Decimal``, ``int``, atau teks bernotasi Indonesia."""

KONTEKS: Context
"""Salinan konteks aritmetika pustaka (34 digit, ``ROUND_HALF_EVEN``), dibuat baru tiap kali
dibaca (:func:`kinerja.besaran.konteks_pustaka`): mengubahnya tidak mengubah hitungan pustaka."""


def __getattr__(nama: str) -> Context:
    if nama == "KONTEKS":
        return konteks_pustaka()
    raise AttributeError(f"modul {__name__!r} tidak punya atribut {nama!r}")


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
        raise TipeTidakSah(f"'nilai' harus daftar Decimal (diberikan {tampil_aman(daftar)})")
    try:
        hasil = tambah_semua(daftar, Decimal(0))
    except TypeError as exc:  # unsur bukan Decimal/int
        raise TipeTidakSah(f"'nilai' harus daftar Decimal: {exc}") from exc
    except ArithmeticError as exc:  # NaN bersinyal, Overflow, ∞ + −∞
        raise InputTidakSah(f"jumlah tidak terdefinisi: {type(exc).__name__}") from exc
    if not hasil.is_finite():
        raise InputTidakSah(f"jumlah bukan bilangan hingga ({hasil}): ada NaN atau tak hingga")
    return hasil


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
        return periksa_besaran(nilai, nama)
    if isinstance(nilai, bool):
        raise TipeTidakSah(f"'{nama}' harus angka, bukan bool (diberikan {tampil_aman(nilai)})")
    if isinstance(nilai, Decimal):
        return periksa_besaran(nilai, nama)
    if isinstance(nilai, int):
        return _dari_bulat(nilai, nama)
    if isinstance(nilai, str):
        try:
            return baca_teks(nilai, "id", nama)
        except FormatAngkaSalah as exc:
            raise FormatAngkaSalah(f"'{nama}': {exc}", exc.saran) from exc
    if isinstance(nilai, numbers.Integral):  # mis. np.int64: bilangan bulat tepat
        try:
            bulat = operator.index(nilai)
        except TypeError as exc:
            raise TipeTidakSah(
                f"'{nama}' bilangan bulat yang tak bisa diubah ke int"
                f" (diberikan {tampil_aman(nilai)})"
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
        f"'{nama}' harus Decimal, int, atau teks angka"
        f" (diberikan {type(nilai).__name__} {tampil_aman(nilai)})"
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
        raise TipeTidakSah(f"'x' harus float, bukan bool (diberikan {tampil_aman(nilai)})")
    if isinstance(nilai, numbers.Integral):
        return ke_desimal(nilai, "x")
    if not _mirip_float(nilai):
        raise TipeTidakSah(
            f"'x' harus float"
            f" (diberikan {type(nilai).__name__} {tampil_aman(nilai)}); untuk Decimal, int, "
            "atau teks pakai ke_desimal"
        )
    teks = _teks_float(nilai)
    try:
        nilai = Decimal(teks)
    except (ArithmeticError, ValueError) as exc:
        raise TipeTidakSah(f"'x' tidak bisa dibaca sebagai float (diberikan {teks!r})") from exc
    return periksa_besaran(nilai, "x", teks)
