"""Rumus yang tercetak di laporan: hitung ungkapan aritmetika tertulis dengan tepat.

Laporan sering mencetak hitungannya, mis. Klakah (l. 258–262)::

    ((0 × 12) + (1 × 12) + (1 × 12)) / 3 = 100%

:func:`hitung_ungkapan` menghitung ungkapan seperti itu dengan ``Decimal`` tepat, agar suku dan
hasil yang tercetak dapat diperiksa. Angka ditulis dalam notasi Indonesia (dibaca oleh
:func:`kinerja.angka.baca_angka`, aturan yang sama dengan setiap angka lain); operator ``+``,
``-``/``−``, ``×``/``x``/``*``, ``/``/``:``/``÷`` dan tanda kurung; ``%`` di belakang angka
diabaikan (``× 100%`` berarti × 100). Ungkapan diurai oleh pengurai Python (:mod:`ast`), dan
hanya angka, keempat operasi itu dan tanda minus yang diterima — tidak ada nama, panggilan atau
pangkat yang dijalankan.

>>> hitung_ungkapan("((0 × 12) + (1 × 12) + (1 × 12)) / 3")
Decimal('8')
>>> hitung_ungkapan("(12 + 12 + 12) / (12 × 3) × 100%")
Decimal('100')
>>> hitung_ungkapan("95,27 / 95,45 × 100")
Decimal('99.81141959140911471974855945521215')
"""

from __future__ import annotations

import ast
import re
from decimal import Decimal

from kinerja.angka import baca_angka
from kinerja.besaran import bagi, kali, kurang, periksa_besaran, tambah
from kinerja.galat import FormatAngkaSalah, InputTidakSah, TipeTidakSah, tampil_aman

__all__ = ["hitung_ungkapan"]

PANJANG_MAKSIMUM = 500
"""Panjang ungkapan paling banyak (karakter): rumus di laporan pendek."""

_ANGKA = re.compile(r"\d[\d.,]*\d|\d")
_OPERATOR = str.maketrans({"×": "*", "x": "*", "X": "*", "÷": "/", ":": "/", "−": "-", "%": " "})
_OPERASI = {ast.Add: tambah, ast.Sub: kurang, ast.Mult: kali, ast.Div: bagi}


def hitung_ungkapan(teks: str) -> Decimal:
    """Nilai tepat ungkapan aritmetika tertulis (notasi Indonesia)."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'ungkapan' harus teks (diberikan {tampil_aman(teks)})")
    if len(teks) > PANJANG_MAKSIMUM:
        raise InputTidakSah(
            f"'ungkapan' terlalu panjang ({len(teks)} karakter, maksimum {PANJANG_MAKSIMUM})"
        )
    angka: list[Decimal] = []

    def ganti(m: re.Match[str]) -> str:
        angka.append(baca_angka(m.group()))
        return f" _{len(angka) - 1} "

    kode = _ANGKA.sub(ganti, teks).translate(_OPERATOR).strip()
    try:
        pohon = ast.parse(kode, mode="eval")
    except SyntaxError as galat:
        raise FormatAngkaSalah(
            f"'ungkapan' {tampil_aman(teks)} bukan ungkapan aritmetika yang utuh (angka, "
            "+ − × /, kurung)"
        ) from galat
    return periksa_besaran(_nilai(pohon.body, angka, teks), "hasil ungkapan")


def _nilai(simpul: ast.expr, angka: list[Decimal], teks: str) -> Decimal:
    if isinstance(simpul, ast.Name) and re.fullmatch(r"_\d+", simpul.id):
        return angka[int(simpul.id[1:])]
    if isinstance(simpul, ast.BinOp) and type(simpul.op) in _OPERASI:
        kiri = _nilai(simpul.left, angka, teks)
        kanan = _nilai(simpul.right, angka, teks)
        if isinstance(simpul.op, ast.Div) and not kanan:
            raise InputTidakSah(f"'ungkapan' {tampil_aman(teks)} membagi dengan nol")
        return _OPERASI[type(simpul.op)](kiri, kanan)
    if isinstance(simpul, ast.UnaryOp) and isinstance(simpul.op, (ast.USub, ast.UAdd)):
        nilai = _nilai(simpul.operand, angka, teks)
        return -nilai if isinstance(simpul.op, ast.USub) else nilai
    raise FormatAngkaSalah(
        f"'ungkapan' {tampil_aman(teks)} memuat sesuatu selain angka, + − × /, dan tanda kurung"
    )
