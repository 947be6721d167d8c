"""Pembanding angka tercetak: nilai aturan dibulatkan ke ketelitian cetak, dan notasi angka.

Pembulatan di bawah ketelitian cetak bukan temuan: "46%" untuk 46,14 benar, "99,22" untuk 99,33
salah. Teks tercetak yang menyimpang dari notasi Indonesia dilaporkan sebagai "format angka".
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from kinerja.angka import baca_angka
from kinerja.besaran import kurang
from kinerja.galat import FormatAngkaSalah
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator
from kinerja.teks_angka import bulatkan

__all__ = ["banding", "periksa_teks", "tempat_cetak"]


def tempat_cetak(tercetak: Decimal) -> int:
    """Jumlah desimal yang tercetak (0–30; lebih dari itu tidak bermakna untuk pembulatan)."""
    eksponen = tercetak.as_tuple().exponent
    return min(max(0, -eksponen), 30) if isinstance(eksponen, int) else 0


def banding(
    tabel: str, baris: str, kolom: str, tercetak: Decimal | None, dihitung: Decimal | None,
    alasan: str, sebab: str | None = None,
) -> Iterator[Temuan]:  # fmt: skip
    """Temuan bila angka tercetak berbeda dari aturan di luar ketelitian cetaknya.

    ``sebab`` menjelaskan mengapa nilai aturan tidak ada (mis. pagu 0), bila diketahui.
    """
    if tercetak is None:
        return
    if dihitung is None:
        yield Temuan(
            tabel, baris, kolom, tercetak, None, None,
            f"{alasan}: {sebab or 'tidak dapat dihitung dari angka laporan'}",
            "tidak dapat dihitung",
        )  # fmt: skip
        return
    tempat = tempat_cetak(tercetak)
    dibulatkan = bulatkan(dihitung, tempat)
    if dibulatkan != tercetak:
        yield Temuan(
            tabel,
            baris,
            kolom,
            tercetak,
            dibulatkan,
            kurang(tercetak, dibulatkan),
            alasan,
        )


def periksa_teks(
    tabel: str,
    baris: str,
    tercetak: TercetakIndikator | TercetakAnggaran,
    nilai: dict[str, Decimal | None],
) -> Iterator[Temuan]:
    """Angka yang tercetak dengan notasi salah (mis. '1,361,248,977', '19.7195.216')."""
    for kolom, teks in tercetak.teks.items():
        benar = nilai.get(kolom)
        indonesia = _coba_baca(teks, "id")
        if indonesia is not None and (benar is None or indonesia == benar):
            continue
        inggris = _coba_baca(teks, "en")
        if inggris is not None and (benar is None or inggris == benar):
            alasan = (
                f"ditulis dengan notasi Inggris ({teks!r}); notasi Indonesia memakai titik untuk "
                "ribuan dan koma untuk desimal"
            )
            yield Temuan(tabel, baris, kolom, teks, benar, None, alasan, "format angka")
        elif indonesia is not None and benar is not None:
            yield Temuan(
                tabel, baris, kolom, indonesia, benar, kurang(indonesia, benar),
                "teks tercetak berbeda dari nilai di baris ini",
            )  # fmt: skip
        else:
            try:
                baca_angka(teks)
                alasan = "format angka salah"
            except FormatAngkaSalah as galat:
                alasan = f"format angka salah: {galat}"
            yield Temuan(tabel, baris, kolom, teks, benar, None, alasan, "format angka")


def _coba_baca(teks: str, notasi: Literal["id", "en"]) -> Decimal | None:
    try:
        return baca_angka(teks, notasi=notasi)
    except FormatAngkaSalah:
        return None
