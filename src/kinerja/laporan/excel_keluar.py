"""Excel keluar: tabel-tabel laporan sebagai buku kerja ``.xlsx`` (extra ``excel``).

Setiap tabel dari :meth:`~kinerja.laporan.tabel.HasilLaporan.sajian_bernama` menjadi satu
lembar bernama id tabelnya (``capaian``, ``keuangan``, ``cost_per_outcome``, ``pohon``,
``ringkasan``, dan tabel lain yang ditambahkan ke daftar itu), dengan angka sebagai **sel
angka** (bukan teks): persen berformat dua desimal, Rupiah berpemisah ribuan. Kode di pohon
anggaran diindentasi dengan indentasi sel. Temuan :func:`~kinerja.laporan.periksa.periksa`
ada di lembar ``temuan``.

Excel menyimpan angka sebagai float64 (dan openpyxl menulisnya dengan 16 digit bermakna); nilai
``Decimal`` pustaka bisa lebih panjang (capaian 99,806339984443703668…). Setiap sel yang
nilainya berubah karena itu dicatat, dengan nilai tepatnya sebagai teks, di lembar
``nilai_tepat`` — tidak ada ketepatan yang hilang diam-diam. Uraian lengkap: ``docs/excel.md``.
"""

from __future__ import annotations

import os
import types
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kinerja.galat import (
    BerkasTidakSah,
    ExtraTidakTerpasang,
    InputTidakSah,
    TipeTidakSah,
    tampil_aman,
)
from kinerja.laporan.format_sel import tulis_desimal
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.periksa.temuan import bernomor
from kinerja.laporan.sajian import Sajian

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from kinerja.laporan.periksa.temuan import Temuan
    from kinerja.laporan.tabel import HasilLaporan

__all__ = [
    "FORMAT_ANGKA",
    "buku_kerja",
    "buku_kerja_sajian",
    "muat_openpyxl",
    "nama_lembar",
    "simpan_buku",
    "tulis_excel",
    "tulis_sel",
]

FORMAT_ANGKA = {
    "persen": "0.00",
    "rupiah": "#,##0",
    "rupiah_pecahan": "#,##0.00",
    "angka": "General",
}
"""Format angka sel per jenis kolom (kode format Excel; tampilannya mengikuti lokal Excel)."""

_TERSIMPAN = "%.16g"  # cara openpyxl menulis angka ke XML (openpyxl.compat.safe_string)
_LEMBAR_TEMUAN = "temuan"
_LEMBAR_TEPAT = "nilai_tepat"
_LEBAR_MAKSIMUM = 60


def muat_openpyxl() -> types.ModuleType:
    """Modul ``openpyxl``, diimpor saat dibutuhkan; tanpa extra ``excel``: galat yang jelas."""
    try:
        import openpyxl
    except ImportError as galat:
        raise ExtraTidakTerpasang(
            "Excel butuh openpyxl: pasang dengan pip install 'kinerja[excel]'"
        ) from galat
    return openpyxl


def tulis_sel(ws: Worksheet, baris: int, kolom: int, nilai: Any) -> Any:
    """``ws.cell(...)`` dengan galat pustaka untuk teks yang tidak bisa disimpan Excel."""
    from openpyxl.utils.exceptions import IllegalCharacterError

    try:
        return ws.cell(row=baris, column=kolom, value=nilai)
    except IllegalCharacterError as galat:
        from openpyxl.utils import get_column_letter

        raise InputTidakSah(
            f"{ws.title}!{get_column_letter(kolom)}{baris}: teks {tampil_aman(nilai)} memuat "
            "karakter kendali yang tidak bisa disimpan di Excel"
        ) from galat


def nama_lembar(nama_tabel: str) -> str:
    """Nama lembar untuk id tabel: ``cost-per-outcome`` → ``cost_per_outcome``.

    >>> nama_lembar("cost-per-outcome")
    'cost_per_outcome'
    """
    return nama_tabel.replace("-", "_")[:31]


def _angka_sel(nilai: object) -> Decimal | None:
    """Nilai yang ditulis sebagai sel angka: Decimal hingga dan bilangan bulat (bukan bool)."""
    if isinstance(nilai, Decimal):
        return nilai if nilai.is_finite() else None
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Decimal(nilai)
    return None


class _Penulis:
    """Penulis satu buku kerja: lembar tabel, lembar temuan, dan daftar nilai tepat."""

    def __init__(self) -> None:
        openpyxl = muat_openpyxl()
        self.styles = openpyxl.styles
        self.utils = openpyxl.utils
        self.buku = openpyxl.Workbook()
        self.buku.remove(self.buku.active)
        self.tepat: list[tuple[str, str, str]] = []

    def _angka(self, ws: Worksheet, baris: int, kolom: int, nilai: Decimal, jenis: str) -> None:
        # openpyxl menulis setiap angka dengan 16 digit bermakna ("%.16g"): yang ditulis di sini
        # persis yang tersimpan, dan yang berbeda dari nilai tepatnya dicatat di nilai_tepat
        tersimpan = float(_TERSIMPAN % float(nilai))
        bulat = tersimpan.is_integer() and abs(tersimpan) < 2**53
        sel = ws.cell(row=baris, column=kolom, value=int(tersimpan) if bulat else tersimpan)
        if jenis == "rupiah" and nilai != nilai.to_integral_value():
            jenis = "rupiah_pecahan"
        sel.number_format = FORMAT_ANGKA.get(jenis, FORMAT_ANGKA["angka"])
        if Decimal(tersimpan) != nilai:
            self.tepat.append((ws.title, sel.coordinate, tulis_desimal(nilai)))

    def _teks(self, ws: Worksheet, baris: int, kolom: int, nilai: object) -> None:
        if nilai is None:
            return
        teks = str(nilai)
        tanpa_spasi = teks.lstrip(" ")
        sel = tulis_sel(ws, baris, kolom, tanpa_spasi)
        indentasi = (len(teks) - len(tanpa_spasi)) // 2  # pohon: dua spasi per tingkat
        if indentasi:
            sel.alignment = self.styles.Alignment(indent=indentasi)

    def tabel(self, nama: str, sajian: Sajian) -> None:
        """Satu lembar: judul di baris 1, kepala kolom di baris 2, isi mulai baris 3."""
        ws = self.buku.create_sheet(nama_lembar(nama))
        tulis_sel(ws, 1, 1, sajian.judul).font = self.styles.Font(bold=True)
        jenis = [k.jenis for k in sajian.kolom]
        self._kepala(ws, [k.judul for k in sajian.kolom])
        for i, isi in enumerate(sajian.baris, start=3):
            for j, (nilai, jenis_kolom) in enumerate(zip(isi, jenis, strict=True), start=1):
                angka = _angka_sel(nilai)
                if angka is not None:
                    self._angka(ws, i, j, angka, jenis_kolom)
                else:
                    self._teks(ws, i, j, nilai)
        akhir = len(sajian.baris) + 3
        for k, catatan in enumerate(sajian.catatan, start=akhir + 1):
            tulis_sel(ws, k, 1, f"* {catatan}")
        self._lebar(ws, [k.judul for k in sajian.kolom], sajian.baris)

    def _kepala(self, ws: Worksheet, judul: Sequence[str]) -> None:
        tebal = self.styles.Font(bold=True)
        for j, teks in enumerate(judul, start=1):
            tulis_sel(ws, 2, j, teks).font = tebal
        ws.freeze_panes = "A3"

    def _lebar(self, ws: Worksheet, judul: Sequence[str], isi: Iterable[Sequence[object]]) -> None:
        lebar = [len(j) for j in judul]
        for b in isi:
            for j, nilai in enumerate(b):
                panjang = len(str(nilai)) if not isinstance(nilai, Decimal) else 16
                lebar[j] = max(lebar[j], min(panjang, _LEBAR_MAKSIMUM))
        for j, w in enumerate(lebar, start=1):
            ws.column_dimensions[self.utils.get_column_letter(j)].width = w + 2

    def temuan(self, temuan: Sequence[Temuan]) -> None:
        """Lembar ``temuan``: satu baris per temuan ``periksa`` (kosong bila tidak ada)."""
        judul = ("No", "Tabel", "Baris", "Kolom", "Tercetak", "Dihitung", "Selisih", "Jenis",
                 "Alasan", "Tempat")  # fmt: skip
        ws = self.buku.create_sheet(_LEMBAR_TEMUAN)
        ws.cell(row=1, column=1, value=f"Temuan periksa: {len(temuan)}").font = self.styles.Font(
            bold=True
        )
        self._kepala(ws, judul)
        # akibat sebuah perselisihan bernomor 1a, 1b, … di bawah temuannya
        isi = [
            (no, t.tabel, t.baris, t.kolom, t.tercetak, t.dihitung, t.selisih, t.jenis,
             str(t).split(": ", 1)[1] if t.sebaran else t.alasan, "; ".join(t.tempat))
            for no, t in bernomor(list(temuan))
        ]  # fmt: skip
        for i, b in enumerate(isi, start=3):
            for j, nilai in enumerate(b, start=1):
                angka = _angka_sel(nilai)
                if angka is not None:
                    self._angka(ws, i, j, angka, "angka")
                else:
                    self._teks(ws, i, j, nilai)
        self._lebar(ws, judul, isi)

    def nilai_tepat(self) -> None:
        """Lembar ``nilai_tepat``: sel angka yang tidak termuat persis oleh float64 Excel."""
        ws = self.buku.create_sheet(_LEMBAR_TEPAT)
        ws.cell(row=1, column=1, value="Nilai tepat (teks) untuk sel yang dibulatkan float64 "
                "Excel").font = self.styles.Font(bold=True)  # fmt: skip
        self._kepala(ws, ("Lembar", "Sel", "Nilai tepat"))
        for i, isi in enumerate(self.tepat, start=3):
            for j, nilai in enumerate(isi, start=1):
                tulis_sel(ws, i, j, nilai)
        self._lebar(ws, ("Lembar", "Sel", "Nilai tepat"), self.tepat)


def buku_kerja(hasil: HasilLaporan, *, temuan: bool = True) -> Any:
    """``openpyxl.Workbook`` berisi tabel-tabel ``hasil`` (dan temuan ``periksa``)."""
    from kinerja.laporan.periksa import periksa
    from kinerja.laporan.tabel import HasilLaporan

    if not isinstance(hasil, HasilLaporan):
        raise TipeTidakSah(f"'hasil' harus HasilLaporan (diberikan {type(hasil).__name__})")
    penulis = _Penulis()
    for nama, sajian in hasil.sajian_bernama():
        penulis.tabel(nama, sajian)
    if temuan:
        penulis.temuan(periksa(hasil.laporan))
    penulis.nilai_tepat()
    return penulis.buku


def buku_kerja_sajian(sajian: Sequence[Sajian], temuan: Sequence[Temuan] | None = None) -> Any:
    """``openpyxl.Workbook`` dari sajian bertabel terdaftar (mis. tabel ``ikm``/``lke`` berkas
    evaluasi), lembar bernama id tabelnya, dan lembar temuan bila ``temuan`` diberikan."""
    penulis = _Penulis()
    for s in sajian:
        penulis.tabel(s.id, s)
    if temuan is not None:
        penulis.temuan(temuan)
    penulis.nilai_tepat()
    return penulis.buku


def tulis_excel(hasil: HasilLaporan, jalur: str | os.PathLike[str], *, temuan: bool = True) -> None:
    """Tulis tabel-tabel ``hasil`` ke berkas ``.xlsx`` (``temuan=False``: tanpa lembar temuan)."""
    p = jalur_berkas(jalur)
    simpan_buku(buku_kerja(hasil, temuan=temuan), p)


def simpan_buku(buku: Any, jalur: str | os.PathLike[str]) -> None:
    """Simpan buku kerja (:func:`buku_kerja`, :func:`buku_kerja_sajian`) ke ``.xlsx``; galat
    menyebut berkasnya."""
    p = jalur_berkas(jalur)
    try:
        buku.save(p)
    except (OSError, ValueError) as galat:  # ValueError: jalur bernul ("embedded null byte")
        alasan = galat.strerror if isinstance(galat, OSError) and galat.strerror else galat
        raise BerkasTidakSah(f"berkas {str(p)!r} tidak bisa ditulis: {alasan}") from galat
