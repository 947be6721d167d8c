"""Batas besaran angka dan konteks aritmetika pustaka.

Setiap angka yang masuk pustaka memenuhi satu aturan besaran, diperiksa di satu tempat
(:func:`periksa_besaran`, dipanggil oleh :func:`kinerja.ke_desimal`): hingga, ``|x| < 10²⁴``,
bila bukan nol ``|x| ≥ 10⁻²⁴``, paling banyak 34 digit bermakna, dan paling banyak 57 tempat
desimal. Dengan aturan itu tak ada galat ``decimal`` mentah yang bisa keluar dari hitungan mana
pun, dan setiap angka yang sah bisa ditulis dan dibaca kembali dengan tepat.

Hitungan memakai konteks pustaka (34 digit, ``ROUND_HALF_EVEN``) lewat :func:`tambah`,
:func:`kurang`, :func:`kali` dan :func:`bagi`, bukan konteks global pemanggil. Konteks itu tidak
dibagikan sebagai objek: :func:`konteks_pustaka` memberi salinan baru setiap kali dipanggil, jadi
mengubah salinan tidak mengubah hitungan pustaka.

>>> bagi(Decimal(2), Decimal(3))
Decimal('0.6666666666666666666666666666666667')
>>> konteks_pustaka().prec
34
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Iterable
from decimal import (
    ROUND_HALF_EVEN,
    Clamped,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    FloatOperation,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Subnormal,
    Underflow,
)
from typing import TypeGuard

from kinerja.galat import InputTidakSah, tampil_aman

__all__ = [
    "DIGIT_BULAT_MAKSIMUM",
    "DIGIT_PECAHAN_MAKSIMUM",
    "DIGIT_SIGNIFIKAN_MAKSIMUM",
    "JEBAKAN",
    "TEMPAT_DESIMAL_MAKSIMUM",
    "bagi",
    "desimal_sah",
    "kali",
    "konteks_pustaka",
    "kurang",
    "periksa_besaran",
    "persen_teruji",
    "tambah",
    "tambah_semua",
    "uji_besaran",
    "uji_besaran_semua",
]

_NOL = Decimal(0)

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
hasil hitungan pustaka. Angka dengan lebih banyak tempat desimal (juga nol di ujung, mis.
``Decimal("1.000…0")`` dengan 60 nol) ditolak: tulisannya tak akan muat di batas teks angka."""

JEBAKAN = (InvalidOperation, DivisionByZero, Overflow, FloatOperation)
"""Sinyal yang selalu dijebak di konteks pustaka (juga konteks pembulatan dan teks)."""


def konteks_pustaka(prec: int = DIGIT_SIGNIFIKAN_MAKSIMUM) -> Context:
    """Konteks aritmetika pustaka (bawaan 34 digit, seperti decimal128), dibuat baru tiap kali.

    Untuk ``with localcontext(konteks_pustaka()):`` atau konteks pribadi sebuah modul; mengubah
    hasilnya tidak mengubah hitungan pustaka mana pun.

    >>> konteks_pustaka() is konteks_pustaka()
    False
    """
    return Context(
        prec=prec,
        rounding=ROUND_HALF_EVEN,
        Emin=-999999,
        Emax=999999,
        capitals=1,
        clamp=0,
        flags=[],
        traps=list(JEBAKAN),
    )


_Operasi = Callable[[Decimal | int, Decimal | int], Decimal]


def _operasi() -> tuple[_Operasi, _Operasi, _Operasi, _Operasi]:
    k = konteks_pustaka()  # tidak disimpan sebagai nama modul: hanya operasinya yang dibagikan
    return k.add, k.subtract, k.multiply, k.divide


_tambah, _kurang, _kali, _bagi = _operasi()


def tambah(a: Decimal, b: Decimal) -> Decimal:
    """``a + b`` dalam konteks pustaka (untuk angka yang sudah lewat ``ke_desimal``)."""
    return _tambah(a, b)


def tambah_semua(nilai: Iterable[Decimal], awal: Decimal) -> Decimal:
    """``awal + Σ nilai`` dalam konteks pustaka, satu lintasan (tanpa panggilan per unsur).

    Dasar :func:`kinerja.angka.jumlah`, yang memeriksa masukannya dan memberi galat pustaka.

    >>> tambah_semua([Decimal("0.1"), Decimal("0.2")], Decimal(0))
    Decimal('0.3')
    """
    return functools.reduce(_tambah, nilai, awal)


def kurang(a: Decimal, b: Decimal) -> Decimal:
    """``a − b`` dalam konteks pustaka.

    >>> kurang(Decimal("0.3"), Decimal("0.1"))
    Decimal('0.2')
    """
    return _kurang(a, b)


def kali(a: Decimal, b: Decimal | int) -> Decimal:
    """``a × b`` dalam konteks pustaka."""
    return _kali(a, b)


def bagi(a: Decimal, b: Decimal) -> Decimal:
    """``a / b`` dalam konteks pustaka (34 digit, ``ROUND_HALF_EVEN``).

    Nol hasil bagi punya eksponen ideal ``eksponen(a) − eksponen(b)`` (0 / 0,333…3 = 0E+33):
    nilainya tetap nol tepat, tetapi eksponen itu di luar batas masukan. Hasil nol diberi
    eksponen 0 (tanda dipertahankan), agar setiap hasil pustaka sah sebagai masukannya lagi.

    >>> bagi(Decimal(0), Decimal(1) / Decimal(3))
    Decimal('0')
    """
    hasil = _bagi(a, b)
    return hasil if hasil or hasil.as_tuple().exponent == 0 else _NOL.copy_sign(hasil)


# Pemeriksa besaran: plus() dalam konteks ini menjebak setiap angka di luar aturan. Rounded
# hanya muncul bila koefisien lebih dari 34 digit; itu sah bila sisanya nol di ujung dan tempat
# desimalnya tak lebih dari 57 (diperiksa periksa_besaran, di luar jalur terbanyak).
_PLUS = Context(
    prec=DIGIT_SIGNIFIKAN_MAKSIMUM,
    Emin=-DIGIT_PECAHAN_MAKSIMUM,
    Emax=DIGIT_BULAT_MAKSIMUM - 1,
    traps=[*JEBAKAN, Underflow, Subnormal, Inexact, Rounded, Clamped],
).plus


def uji_besaran(nilai: Decimal) -> None:
    """Lempar ``decimal.DecimalException`` bila ``nilai`` (hingga) *mungkin* di luar aturan.

    Untuk jalur cepat: bila melempar, jalur umum (:func:`periksa_besaran`) yang memutuskan dan
    memberi galat pustaka. Tidak melempar → pasti sah.
    """
    _PLUS(nilai)


def uji_besaran_semua(nilai: Iterable[Decimal]) -> None:
    """:func:`uji_besaran` untuk setiap nilai, satu lintasan C (kolom tabel)."""
    collections.deque(map(_PLUS, nilai), maxlen=0)


_SERATUS = Decimal(100)


def persen_teruji(bagian: Decimal, keseluruhan: Decimal) -> Decimal:
    """``bagian × 100 / keseluruhan`` sesudah :func:`uji_besaran` kedua angka, satu panggilan.

    Jalur singkat ``capaian``/``serapan``: rumus :func:`kinerja.persen.persen_hitungan` (diuji
    lewat jalur cepat = jalur umum). Pemanggil memastikan Decimal hingga dan ``keseluruhan > 0``;
    ``DecimalException`` → jalur umum memutuskan.

    >>> persen_teruji(Decimal("95.27"), Decimal("95.45"))
    Decimal('99.81141959140911471974855945521215')
    """
    _PLUS(bagian)
    _PLUS(keseluruhan)
    hasil = _bagi(_kali(bagian, _SERATUS), keseluruhan)
    return hasil if hasil or hasil.as_tuple().exponent == 0 else _NOL.copy_sign(hasil)


def desimal_sah(nilai: object) -> TypeGuard[Decimal]:
    """``nilai`` adalah ``Decimal`` (bukan subkelas) yang pasti lolos :func:`periksa_besaran`.

    Jalur cepat bersama untuk nilai yang sudah diubah di tepi masuk (kait berkas, pengubah isian
    attrs): ``True`` → boleh dipakai apa adanya; ``False`` → serahkan ke ``ke_desimal``, yang
    memutuskan dan memberi galatnya.

    >>> desimal_sah(Decimal("95.27")), desimal_sah(Decimal("1E+999999")), desimal_sah(3)
    (True, False, False)
    """
    if type(nilai) is not Decimal or not nilai.is_finite():
        return False
    try:
        _PLUS(nilai)
    except DecimalException:
        return False
    return True


def periksa_besaran(nilai: Decimal, nama: str, teks: str | None = None) -> Decimal:
    """Satu aturan besaran untuk setiap angka yang masuk pustaka (dari Decimal, int, atau teks).

    Hingga; kurang dari 10²⁴; bila bukan nol, paling kecil 10⁻²⁴; paling banyak 34 digit
    bermakna; paling banyak 57 tempat desimal; nol dengan eksponen −57 … 23. Diperiksa dengan
    satu operasi ``plus`` dalam konteks yang menjebak setiap pelanggaran.

    >>> periksa_besaran(Decimal("1E+24"), "pagu")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.InputTidakSah: 'pagu' terlalu besar: lebih dari 24 digit di depan koma ...
    """
    if not nilai.is_finite():
        raise InputTidakSah(f"'{nama}' harus bilangan hingga (diberikan {tampil_aman(nilai)})")
    try:
        _PLUS(nilai)
    except DecimalException as sinyal:
        # Overflow/Underflow adalah subkelas Rounded: hanya Rounded murni yang mungkin sah.
        if type(sinyal) is not Rounded:
            raise _galat_besaran(nilai, nama, teks, sinyal) from None
        # Koefisien > 34 digit tanpa digit bermakna yang hilang: hanya nol di ujung.
        eksponen = nilai.as_tuple().exponent
        assert isinstance(eksponen, int)  # nilai hingga
        if eksponen < -TEMPAT_DESIMAL_MAKSIMUM:
            raise InputTidakSah(
                f"'{nama}' punya {-eksponen} tempat desimal, lebih dari "
                f"{TEMPAT_DESIMAL_MAKSIMUM} (diberikan {_singkat(nilai, teks)}); buang nol di "
                "ujungnya, mis. dengan Decimal.normalize()"
            ) from None
    return nilai


def _singkat(nilai: Decimal, teks: str | None) -> str:
    diberikan = repr(teks) if teks is not None else repr(nilai)
    return diberikan if len(diberikan) <= 60 else diberikan[:59] + "…"


def _ringkas(nilai: Decimal, teks: str | None) -> str:
    """Nilai di luar besaran untuk pesan: teks pengguna bila ada, selain itu bentuk ilmiah."""
    return repr(teks) if teks is not None else f"{nilai:.6E}"


def _galat_besaran(
    nilai: Decimal, nama: str, teks: str | None, sinyal: DecimalException
) -> InputTidakSah:
    diberikan = _singkat(nilai, teks)
    if isinstance(sinyal, Overflow):
        return InputTidakSah(
            f"'{nama}' terlalu besar: lebih dari {DIGIT_BULAT_MAKSIMUM} digit di depan koma "
            f"(diberikan {_ringkas(nilai, teks)})"
        )
    if isinstance(sinyal, (Underflow, Subnormal)):
        return InputTidakSah(
            f"'{nama}' terlalu kecil: digit bukan nol pertamanya lewat tempat desimal "
            f"ke-{DIGIT_PECAHAN_MAKSIMUM} (diberikan {_ringkas(nilai, teks)}); tulis 0 bila "
            "maksudnya nol"
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
