"""Membaca teks angka bernotasi Indonesia (atau Inggris bila diminta) secara ketat.

Notasi Indonesia: titik memisahkan ribuan, koma menandai desimal. **"1.500" adalah seribu
lima ratus, bukan satu koma lima**, dan "95,27" adalah 95.27. Pembacaan memakai mode ketat
Babel (``parse_decimal(..., locale="id", strict=True)``): pemisah yang salah tempat ditolak
beserta saran bentuk yang benar, dan angka tidak pernah ditebak. Notasi Inggris
("1,361,248,977") hanya dibaca bila diminta dengan ``notasi="en"``. Bentuk yang paling sering
("1.234.567,89") dibaca oleh jalur cepat yang menerima dan menolak persis sama.

Angka yang terbaca lewat aturan besaran yang sama dengan setiap angka lain
(:func:`kinerja.besaran.periksa_besaran`).

>>> baca_angka("Rp. 1.895.403.508,00")
Decimal('1895403508.00')
>>> baca_angka("95,45%")
Decimal('95.45')
>>> baca_angka("Rp22.571.000,-")
Decimal('22571000')
"""

from __future__ import annotations

import re
from decimal import Decimal, DecimalException, localcontext
from typing import TYPE_CHECKING, Literal, TypeAlias

from kinerja.besaran import (
    DIGIT_BULAT_MAKSIMUM,
    konteks_pustaka,
    periksa_besaran,
    uji_besaran,
)
from kinerja.galat import FormatAngkaSalah, InputTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "PANJANG_TEKS_MAKSIMUM",
    "Notasi",
    "baca_angka",
    "baca_ketat",
    "baca_teks",
    "desimal_cepat",
]

if TYPE_CHECKING:
    from types import ModuleType

Notasi: TypeAlias = Literal["id", "en"]


def _babel() -> ModuleType:
    """``babel.numbers``, diimpor saat jalur ketat pertama kali dibutuhkan.

    Berkas yang seluruh angkanya berbentuk jalur cepat (dan perintah yang tidak membaca teks
    angka sama sekali) tidak memuat Babel.
    """
    import babel.numbers

    return babel.numbers


PANJANG_TEKS_MAKSIMUM = 100
"""Teks angka yang lebih panjang dari ini ditolak tanpa diurai."""

# Babel mengurai dalam konteks aktif: cukup lebar agar teks 100 karakter utuh.
_KONTEKS_TEKS = konteks_pustaka(PANJANG_TEKS_MAKSIMUM)
_AWALAN_RUPIAH = ("rp.", "rp")
_TANPA_SEN = ",-"  # "Rp 22.571.000,-": rupiah tanpa sen


_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u00a0": " "})
"""Tanda minus sejati (U+2212) dan en dash (U+2013) dibaca sebagai minus; NBSP sebagai spasi."""

# Jalur cepat: bentuk yang paling sering ("1.234.567,89", "95,27", "12", "-0,5"), yang oleh
# pengurai ketat (Babel strict) pasti diterima dengan nilai persis teksnya. Selain bentuk ini,
# teks lewat pengurai ketat; uji properti menjaga keduanya menerima dan menolak hal yang sama.
_POLA_CEPAT = re.compile(r"-?(?:[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?")
_POLA_BADAN = re.compile(r"[+-]?[0-9.,]+")
# Teks berbentuk _POLA_CEPAT sepanjang ini pasti dalam aturan besaran, tanpa perlu diuji: paling
# banyak 24 digit (< 10²⁴, ≤ 34 digit bermakna), dan bila ada koma paling banyak 22 digit di
# belakangnya (bukan nol → ≥ 10⁻²²; nol → eksponen ≥ −22). Uji properti: tests/test_skala_baca.py.
_PANJANG_PASTI_SAH = DIGIT_BULAT_MAKSIMUM


def _bersihkan(teks: str, notasi: object) -> str:
    """Buang 'Rp'/'Rp.' di depan, '%' di belakang, dan spasi di sekitarnya; minus jadi '-'.

    Dalam notasi Indonesia ",-" di belakang bilangan bulat ("Rp 22.571.000,-": tanpa sen)
    juga dibuang; sesudah koma desimal ("1.500,00,-") ia tetap ada dan ditolak.
    """
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
    elif notasi == "id" and hasil.endswith(_TANPA_SEN) and "," not in hasil[: -len(_TANPA_SEN)]:
        hasil = hasil[: -len(_TANPA_SEN)].rstrip()
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
    return baca_teks(teks, notasi, "teks")


def desimal_cepat(teks: str) -> Decimal | None:
    """Nilai teks berbentuk jalur cepat yang pasti sah, atau ``None`` (jalur umum memutuskan).

    Untuk pemakai yang membaca ratusan ribu angka (berkas besar): hasil yang bukan ``None`` sama
    persis dengan :func:`baca_teks` untuk teks itu; ``None`` berarti teks harus lewat
    :func:`baca_teks`, yang menerima atau menolaknya dengan pesan lengkap.

    >>> desimal_cepat("1.895.403.508,00"), desimal_cepat("1,000,000")
    (Decimal('1895403508.00'), None)
    """
    if len(teks) <= PANJANG_TEKS_MAKSIMUM and _POLA_CEPAT.fullmatch(teks):
        nilai = Decimal(teks.replace(".", "").replace(",", "."))
        if len(teks) <= _PANJANG_PASTI_SAH:
            return nilai
        try:
            uji_besaran(nilai)
        except DecimalException:
            return None
        return nilai
    return None


def baca_teks(teks: object, notasi: object, nama: str) -> Decimal:
    """:func:`baca_angka` dengan ``nama`` isian untuk pesan galat (dipakai ``ke_desimal``)."""
    if (
        type(teks) is str
        and notasi == "id"
        and len(teks) <= PANJANG_TEKS_MAKSIMUM
        and _POLA_CEPAT.fullmatch(teks)
    ):
        nilai = Decimal(teks.replace(".", "").replace(",", "."))
        return periksa_besaran(nilai, nama, teks)
    return baca_ketat(teks, notasi, nama)


_POLA_ILMIAH = re.compile(r"[+-]?[\d.,]*\d[\d.,]*[eE][+-]?\d+")
"""Notasi ilmiah ("1,5E3", "7e999999"): ditolak dengan pesannya sendiri."""


def baca_ketat(teks: object, notasi: object, nama: str = "teks") -> Decimal:
    """Pengurai ketat lengkap (Babel strict) yang menjadi rujukan jalur cepat :func:`baca_angka`."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'teks' harus str (diberikan {tampil_aman(teks)})")
    if notasi not in ("id", "en"):
        raise InputTidakSah(f"'notasi' harus 'id' atau 'en' (diberikan {tampil_aman(notasi)})")
    if len(teks) > PANJANG_TEKS_MAKSIMUM:
        raise FormatAngkaSalah(
            f"teks angka terlalu panjang ({len(teks)} karakter, maksimum "
            f"{PANJANG_TEKS_MAKSIMUM}): {teks[:20]!r}…"
        )
    bersih = _bersihkan(teks, notasi)
    nama_notasi = "Indonesia" if notasi == "id" else "Inggris"
    if not bersih:
        raise FormatAngkaSalah(f"teks {teks!r} tidak berisi angka")
    if bersih.endswith(_TANPA_SEN):  # sisa yang tidak dibuang _bersihkan
        raise FormatAngkaSalah(
            f"angka {teks!r}: {_TANPA_SEN!r} (tanpa sen) hanya boleh di belakang bilangan bulat "
            "bernotasi Indonesia, tanpa desimal dan tanpa '%', mis. 'Rp 22.571.000,-'"
        )
    if not any(c.isdigit() for c in bersih):  # digit non-ASCII disebut di bawah
        raise FormatAngkaSalah(f"teks {teks!r} bukan angka: angka ditulis dengan digit 0–9")
    if _POLA_ILMIAH.fullmatch(bersih):
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
    babel = _babel()
    try:
        with localcontext(_KONTEKS_TEKS):  # Babel memakai konteks aktif, bukan milik pemanggil
            nilai = babel.parse_decimal(bersih, locale=notasi, strict=True)
    except babel.NumberFormatError as exc:
        saran = tuple(exc.suggestions or ())
        if _POLA_SEN_BERTITIK.fullmatch(bersih):
            # "4.430.000.00": titik sebelum dua digit sen, pola cetak Rupiah yang umum (Klakah
            # lampiran). Saran Babel ("443.000.000") menggeser semua digit: yang mungkin
            # dimaksud adalah sen di belakang koma.
            saran = (bersih[:-3] + "," + bersih[-2:],)
        pesan = f"angka {teks!r} tidak sah dalam notasi {nama_notasi}"
        if saran:
            pesan += "; maksud Anda " + " atau ".join(repr(s) for s in saran) + "?"
        elif notasi == "id" and _mungkin_notasi_inggris(bersih):
            pesan += " (tampaknya notasi Inggris; panggil dengan notasi='en' bila memang begitu)"
        raise FormatAngkaSalah(pesan, saran) from exc
    return periksa_besaran(nilai, nama, teks)


_POLA_SEN_BERTITIK = re.compile(r"[+-]?\d{1,3}(\.\d{3})+\.\d{2}")
"""Ribuan bertitik lalu ".00": sen yang ditulis dengan titik, bukan koma."""


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
    babel = _babel()
    try:
        with localcontext(_KONTEKS_TEKS):
            babel.parse_decimal(saran, locale=notasi, strict=True)
    except (babel.NumberFormatError, ArithmeticError, ValueError):
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


def _mungkin_notasi_inggris(teks: str) -> bool:
    babel = _babel()
    try:
        with localcontext(_KONTEKS_TEKS):
            babel.parse_decimal(teks, locale="en", strict=True)
    except (babel.NumberFormatError, ArithmeticError, ValueError):
        return False
    return True
