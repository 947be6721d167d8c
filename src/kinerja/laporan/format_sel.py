"""Format sel tabel: angka Decimal menjadi teks Indonesia, per sel dan per kolom, tanpa Babel.

Satu-satunya tempat pembulatan tampilan tabel (lewat :mod:`kinerja.laporan.sajian`). Jalur
cepatnya (format bawaan Python lalu pemisah ditukar) sama persis dengan
:func:`~kinerja.teks_angka.format_angka` dan :func:`~kinerja.teks_angka.tulis_angka_tepat` —
diuji sebagai properti —, dan angka yang tidak biasa (di luar besaran, > 34 digit, tak hingga)
diserahkan ke jalur Babel itu, agar hasil *dan* galatnya sama.

>>> sel_rupiah(Decimal("1895403508")), sel_persen(Decimal("99.815")), sel_angka(Decimal("3"))
('1.895.403.508', '99,82', '3')
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, DecimalException
from itertools import repeat

from kinerja.besaran import konteks_pustaka, uji_besaran, uji_besaran_semua
from kinerja.teks_angka import format_angka, tulis_angka_tepat

__all__ = [
    "PEMFORMAT",
    "PEMFORMAT_KOLOM",
    "format_desimal",
    "kolom_angka",
    "kolom_persen",
    "kolom_rupiah",
    "sel_angka",
    "sel_persen",
    "sel_rupiah",
    "tulis_desimal",
]

_KUANTUM = (Decimal(1), Decimal("0.1"), Decimal("0.01"))
_SEPERSERATUS = _KUANTUM[2]
_KONTEKS = konteks_pustaka()
# Rentang besaran (Decimal.adjusted()) yang diformat tanpa Babel; di luarnya (termasuk angka
# yang ditolak ke_desimal: terlalu besar, terlalu kecil, tak hingga) jalur Babel yang dipakai,
# agar hasil dan galatnya tetap sama persis.
_BESARAN_MINIMUM = -12
_BESARAN_MAKSIMUM = 20


def _biasa(nilai: Decimal) -> bool:
    """``nilai`` hingga, di rentang besaran jalur tanpa Babel, dan pasti sah bagi ``ke_desimal``.

    Yang tidak (termasuk 35 digit bermakna dengan besaran biasa, yang ditolak ``ke_desimal``)
    diserahkan ke jalur Babel, agar hasil *dan* galatnya sama persis.
    """
    if not (nilai.is_finite() and _BESARAN_MINIMUM <= nilai.adjusted() < _BESARAN_MAKSIMUM):
        return False
    try:
        uji_besaran(nilai)
    except DecimalException:
        return False
    return True


def format_desimal(nilai: Decimal, tempat: int) -> str:
    """Sama persis dengan ``format_angka(nilai, tempat)`` untuk ``tempat`` 0–2, tanpa Babel.

    ``format_angka`` memanggil Babel (``format_decimal``) yang mengurai pola dan data lokal
    setiap kali: ±50 µs per sel, detik-detik untuk tabel 90.000 baris. Di sini: bulatkan
    setengah ke atas seperti :func:`~kinerja.teks_angka.bulatkan`, format bawaan Python
    ``format(x, ",f")`` (nilai sudah tepat ``tempat`` desimal, jadi tidak ada pembulatan kedua),
    lalu tukar pemisah ribuan dan desimal. Kesamaannya dengan jalur Babel diuji sebagai properti.
    """
    if not _biasa(nilai):
        return format_angka(nilai, tempat)
    bulat = nilai.quantize(_KUANTUM[tempat], ROUND_HALF_UP, _KONTEKS)
    if not bulat:
        bulat = bulat.copy_abs()  # tanpa "-0,00", seperti format_angka
    # eksponen hasil quantize tepat -tempat, jadi ",f" menulis tepat `tempat` desimal
    teks = format(bulat, ",f")
    if not tempat:
        return teks.replace(",", ".")
    return teks[: -tempat - 1].replace(",", ".") + "," + teks[-tempat:]


def tulis_desimal(nilai: Decimal) -> str:
    """Sama persis dengan ``tulis_angka_tepat(nilai)`` (semua digit, tanpa pembulatan), lebih cepat.

    Untuk CSV: ``format(x, ",f")`` menulis setiap digit dan eksponen ``Decimal`` apa adanya,
    lalu pemisahnya ditukar. Di luar rentang besaran biasa, ``tulis_angka_tepat`` sendiri yang
    dipakai.
    """
    if not _biasa(nilai):
        return tulis_angka_tepat(nilai)
    return format(nilai, ",f").replace(",", "_").replace(".", ",").replace("_", ".")


def _dua_tempat(nilai: Decimal) -> str:
    """``format_desimal(nilai, 2)`` untuk Decimal hingga di rentang besaran biasa."""
    bulat = nilai.quantize(_SEPERSERATUS, ROUND_HALF_UP, _KONTEKS)
    teks = format(bulat if bulat else bulat.copy_abs(), ",f")
    return teks[:-3].replace(",", ".") + "," + teks[-2:]


def sel_rupiah(nilai: object) -> str:
    # Jalur terbanyak (Decimal hingga di rentang biasa) tanpa panggilan format_desimal; nilai
    # bulat: ",.0f" tidak membulatkan apa pun (tidak ada pecahan), sama dengan quantize + ",f".
    # Kesamaannya dengan format_angka diuji sebagai properti (tests/test_skala_hitung.py).
    if type(nilai) is Decimal and _biasa(nilai):
        if nilai == nilai.to_integral_value():
            return format(nilai, ",.0f").replace(",", ".") if nilai else "0"
        return _dua_tempat(nilai)
    if isinstance(nilai, Decimal):
        return format_desimal(nilai, 0 if nilai == nilai.to_integral_value() else 2)
    return "-" if nilai is None else str(nilai)


def sel_persen(nilai: object) -> str:
    if type(nilai) is Decimal and _biasa(nilai):
        return _dua_tempat(nilai)
    if isinstance(nilai, Decimal):
        return format_desimal(nilai, 2)
    return "-" if nilai is None else str(nilai)


def sel_angka(nilai: object) -> str:
    if isinstance(nilai, Decimal):
        if nilai == nilai.to_integral_value():
            return tulis_desimal(nilai.normalize())
        return format_desimal(nilai, 2)
    return "-" if nilai is None else str(nilai)


_BUKAN_NONE = functools.partial(operator.is_not, None)


def _desimal_biasa_semua(nilai: Sequence[object]) -> list[Decimal] | None:
    """Isi kolom tanpa ``None`` bila setiap sel lain Decimal biasa (seperti :func:`_biasa`) dan
    ada setidaknya satu.

    Diuji per kolom dalam beberapa lintasan C (jenis, hingga, rentang besaran, uji besaran),
    bukan satu panggilan Python per sel; ``None`` → kolom itu diformat per sel.
    """
    jenis = set(map(type, nilai))
    if not jenis <= {Decimal, type(None)}:
        return None
    angka: list[Decimal] = list(
        filter(_BUKAN_NONE, nilai) if type(None) in jenis else nilai  # type: ignore[arg-type]
    )
    if not angka:
        return None
    if not all(map(Decimal.is_finite, angka)):
        return None
    besaran = list(map(Decimal.adjusted, angka))
    if min(besaran) < _BESARAN_MINIMUM or max(besaran) >= _BESARAN_MAKSIMUM:
        return None
    try:
        uji_besaran_semua(angka)
    except DecimalException:
        return None
    return angka


def _sisipkan_kosong(nilai: Sequence[object], teks: list[str]) -> list[str]:
    """Teks sel Decimal (urut) ditambah ``"-"`` di tempat ``None``."""
    if len(teks) == len(nilai):
        return teks
    berikut = iter(teks).__next__
    return ["-" if v is None else berikut() for v in nilai]


def kolom_rupiah(nilai: Iterable[object]) -> list[str]:
    """``sel_rupiah`` untuk seluruh isi satu kolom (satu panggilan per kolom dari ``ke_teks``).

    Kolom Rupiah bulat yang lazim (setiap sel Decimal biasa bernilai bulat, atau ``None``)
    diformat sekaligus: ``format(x, ",.0f")`` dipetakan dalam C dan pemisahnya ditukar sekali
    untuk seluruh kolom; selain itu (pecahan, teks, di luar besaran) per sel. Sama persis dengan
    per sel — diuji sebagai properti.
    """
    isi = nilai if isinstance(nilai, list) else list(nilai)
    angka = _desimal_biasa_semua(isi)
    if angka is None or not all(map(operator.eq, angka, map(Decimal.to_integral_value, angka))):
        return [sel_rupiah(v) for v in isi]
    teks = "\n".join(map(format, angka, repeat(",.0f"))).replace(",", ".").split("\n")
    if "-0" in teks:  # nol bertanda: sel_rupiah menulis "0"
        teks = ["0" if t == "-0" else t for t in teks]
    return _sisipkan_kosong(isi, teks)


_TUKAR_PEMISAH = str.maketrans(",.", ".,")


def kolom_persen(nilai: Iterable[object]) -> list[str]:
    """``sel_persen`` untuk seluruh isi satu kolom: dibulatkan dan diformat sekaligus bila
    setiap sel Decimal biasa atau ``None`` (seperti :func:`kolom_rupiah`), selain itu per sel."""
    isi = nilai if isinstance(nilai, list) else list(nilai)
    angka = _desimal_biasa_semua(isi)
    if angka is None:
        return [sel_persen(v) for v in isi]
    bulat = map(
        Decimal.quantize, angka, repeat(_SEPERSERATUS), repeat(ROUND_HALF_UP), repeat(_KONTEKS)
    )
    teks = "\n".join(map(format, bulat, repeat(",f"))).translate(_TUKAR_PEMISAH).split("\n")
    if "-0,00" in teks:  # nol bertanda sesudah pembulatan: sel_persen menulis "0,00"
        teks = ["0,00" if t == "-0,00" else t for t in teks]
    return _sisipkan_kosong(isi, teks)


def kolom_angka(nilai: Iterable[object]) -> list[str]:
    """``[sel_angka(v) for v in nilai]``; teks (kolom kode/uraian) tanpa panggilan per sel."""
    return [v if type(v) is str else sel_angka(v) for v in nilai]


# Pemformat sel per jenis kolom, dipilih sekali per kolom (bukan per sel). Kolom "teks" yang
# berisi Decimal diformat seperti "angka".
PEMFORMAT: dict[str, Callable[[object], str]] = {"rupiah": sel_rupiah, "persen": sel_persen}
# Pemformat seluruh isi satu kolom (untuk ke_teks): satu panggilan per kolom.
PEMFORMAT_KOLOM: dict[str, Callable[[Iterable[object]], list[str]]] = {
    "rupiah": kolom_rupiah,
    "persen": kolom_persen,
}
