"""Angka yang tercetak di beberapa tempat: satu temuan per angka, menyebut setiap tempat.

Sebuah indikator bisa tercetak di tabel Perjanjian Kinerja, Rencana Aksi, Bab III dan cost per
outcome; sebuah baris anggaran di tabel realisasi dan di lampiran. Berkas laporan menulisnya
sekali per tempat (``tercetak`` dan ``tercetak_lain``, masing-masing dengan ``tempat``).
``periksa`` memeriksa setiap tempat terhadap aturan, lalu :func:`gabung_tempat` menyatukan
temuan angka yang sama (tabel, baris, kolom) menjadi satu temuan yang menyebut tempat-tempat
yang mencetak nilai itu dan, bila tempat lain mencetak nilai berbeda, setiap tempat dan
nilainya (``Temuan.sebaran``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator, TercetakRingkasan

__all__ = ["TEMPAT_UTAMA", "di", "gabung_tempat"]

Tercetak = TercetakIndikator | TercetakAnggaran | TercetakRingkasan

TEMPAT_UTAMA = "tabel utama"
"""Nama tempat untuk ``tercetak`` yang tidak menyebut ``tempat``-nya."""


def di(tercetak: Tercetak, temuan: Iterable[Temuan]) -> Iterable[Temuan]:
    """Tandai temuan dengan tempat cetaknya (bila berkas menyebutnya)."""
    if tercetak.tempat is None:
        return temuan
    return [attrs.evolve(t, tempat=(tercetak.tempat,)) for t in temuan]


def _nilai(tercetak: Tercetak, kolom: str) -> Decimal | str | None:
    """Angka tercetak untuk kolom temuan ('capaian keuangan' → isian ``capaian_keuangan``)."""
    isian = kolom.replace("-", "_").replace(" ", "_")
    if isian in attrs.fields_dict(type(tercetak)) and isian not in ("teks", "tempat"):
        nilai: Decimal | str | None = getattr(tercetak, isian)
        return nilai
    return tercetak.teks.get(kolom) if not isinstance(tercetak, TercetakRingkasan) else None


def _sama(a: Decimal | str | None, b: Decimal | str | None) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def _tempat_baris(laporan: Laporan) -> dict[tuple[str, str], tuple[Tercetak, ...]]:
    """Tempat-tempat cetak setiap baris yang tercetak di lebih dari satu tempat."""
    hasil: dict[tuple[str, str], tuple[Tercetak, ...]] = {}
    for i in laporan.indikator:
        if i.tercetak_lain:
            semua = (i.tercetak, *i.tercetak_lain)
            for tabel in ("capaian kinerja", "cost per outcome"):
                hasil[(tabel, i.nama)] = semua
    for a in laporan.anggaran:
        if a.tercetak_lain:
            label = f"{a.kode} {a.uraian}" if a.kode else a.uraian
            hasil[("realisasi keuangan", label)] = (a.tercetak, *a.tercetak_lain)
    if laporan.tercetak_lain:
        hasil[("ringkasan", "laporan")] = (laporan.tercetak, *laporan.tercetak_lain)
    return hasil


def _gabung(kelompok: Sequence[Temuan], tempat: tuple[Tercetak, ...]) -> Temuan:
    pertama = kelompok[0]
    if pertama.kolom == "uraian":  # judul baris: setiap tempat temuannya sendiri (periksa.judul)
        return pertama
    sama: list[str] = []
    sebaran: list[tuple[str, Decimal | str]] = []
    for t in tempat:
        nilai = _nilai(t, pertama.kolom)
        if nilai is None:
            continue
        nama = t.tempat or TEMPAT_UTAMA
        if _sama(nilai, pertama.tercetak):
            sama.append(nama)
        else:
            sebaran.append((nama, nilai))
    # temuan format angka: nilainya adalah angka yang dimaksud teks cetakannya (dihitung); tempat
    # lain yang mencetak nilai itu dengan notasi benar tidak bertentangan dengannya
    nilai_temuan = pertama.dihitung if pertama.jenis == "format angka" else pertama.tercetak
    berbeda = any(not _sama(v, nilai_temuan) for _, v in sebaran)
    return attrs.evolve(
        pertama,
        tempat=tuple(sama) or pertama.tempat,
        sebaran=tuple(sebaran),
        jenis="tidak konsisten" if berbeda else pertama.jenis,
    )


def gabung_tempat(laporan: Laporan, temuan: Sequence[Temuan]) -> list[Temuan]:
    """Satukan temuan angka yang sama dari beberapa tempat cetak (urutan temuan pertama)."""
    tempat = _tempat_baris(laporan)
    if not tempat:
        return list(temuan)
    kelompok: dict[tuple[str, str, str], list[Temuan]] = {}
    urutan: list[Temuan | tuple[str, str, str]] = []
    for t in temuan:
        if (t.tabel, t.baris) not in tempat or t.kolom == "uraian":
            urutan.append(t)
            continue
        kunci = (t.tabel, t.baris, t.kolom)
        if kunci not in kelompok:
            kelompok[kunci] = []
            urutan.append(kunci)
        kelompok[kunci].append(t)
    return [u if isinstance(u, Temuan) else _gabung(kelompok[u], tempat[u[:2]]) for u in urutan]
