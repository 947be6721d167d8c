"""Buku kerja isian: laporan sebagai ``.xlsx`` yang dapat diisi, dengan isian format TOML.

Tata letaknya (dibaca kembali oleh :mod:`kinerja.laporan.excel_masuk`):

- lembar ``Laporan``: kolom ``kunci`` dan ``nilai``, satu baris per isian tunggal
  (``unit.nama``, ``periode.tahun``, ``skala``, ``tercetak.jumlah_pagu``, …);
- satu lembar per daftar baris — ``Indikator``, ``Anggaran``, ``Fasilitasi`` (kegiatan),
  ``Desa fasilitasi``, ``Dokumen desa`` —: baris 1 berisi kunci kolom, satu baris per unsur.

Kunci bersarang ditulis dengan titik seperti di TOML (``target.tw1``, ``tercetak.capaian``);
sesudah ``teks`` atau ``tepat`` sisanya satu kunci (``tercetak.teks.realisasi.tw4``); unsur
daftar bernomor dari 1 (``anggaran.2``). Angka ditulis sebagai **teks** persis seperti di berkas
TOML (semua digit, notasi Indonesia), sehingga angka tercetak dan salah tulisnya tetap ada.
Kolom ``polaritas``, ``kumulasi`` dan ``realisasi_dari`` diberi validasi data (daftar pilihan).
"""

from __future__ import annotations

import datetime
import os
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from kinerja.galat import BerkasTidakSah
from kinerja.indikator import Kumulasi, Polaritas
from kinerja.laporan.baris import SUMBER_REALISASI, BarisAnggaran, BarisIndikator
from kinerja.laporan.berkas import ke_data
from kinerja.laporan.desa import TanggalDokumenDesa
from kinerja.laporan.excel_keluar import muat_openpyxl, tulis_sel
from kinerja.laporan.model import Laporan, Unit, pastikan_laporan
from kinerja.laporan.tercetak import TercetakRingkasan

__all__ = [
    "LEMBAR_DAFTAR",
    "LEMBAR_LAPORAN",
    "PETA_BEBAS",
    "buku_isian",
    "ratakan",
    "tulis_buku_isian",
]

LEMBAR_LAPORAN = "Laporan"
LEMBAR_DAFTAR: dict[tuple[str, ...], str] = {
    ("indikator",): "Indikator",
    ("anggaran",): "Anggaran",
    ("fasilitasi", "kegiatan"): "Fasilitasi",
    ("fasilitasi", "desa"): "Desa fasilitasi",
    ("dokumen_desa", "desa"): "Dokumen desa",
}
"""Jalur daftar di data laporan → nama lembarnya."""
PETA_BEBAS = frozenset({"teks", "tepat"})
"""Pemetaan berkunci bebas: sesudah segmen ini, sisa nama kolom adalah satu kunci."""

# Kelas baris per lembar: kolom isiannya ditulis walau kosong, agar buku kerja dapat diisi.
_KELAS: dict[tuple[str, ...], type] = {
    ("indikator",): BarisIndikator,
    ("anggaran",): BarisAnggaran,
    ("dokumen_desa", "desa"): TanggalDokumenDesa,
}
_PILIHAN = {
    "polaritas": [p.value for p in Polaritas],
    "kumulasi": [k.value for k in Kumulasi],
    "realisasi_dari": list(SUMBER_REALISASI),
}
_KOLOM_DAFTAR_FASILITASI = ("nama", "centang")


def ratakan(nilai: object, awalan: str = "") -> Iterator[tuple[str, object]]:
    """(kunci bertitik, nilai daun) dari data bersarang; daftar bernomor dari 1.

    >>> list(ratakan({"target": {"tw1": "3"}, "anggaran": ["A", "B"]}))
    [('target.tw1', '3'), ('anggaran.1', 'A'), ('anggaran.2', 'B')]
    >>> list(ratakan({"tercetak": {"teks": {"realisasi.tw4": "66,7"}}}))
    [('tercetak.teks.realisasi.tw4', '66,7')]
    """
    if isinstance(nilai, Mapping):
        for kunci, isi in nilai.items():
            if kunci in PETA_BEBAS and isinstance(isi, Mapping):
                yield from ((f"{awalan}{kunci}.{k}", v) for k, v in isi.items())
            else:
                yield from ratakan(isi, f"{awalan}{kunci}.")
    elif isinstance(nilai, list):
        for i, isi in enumerate(nilai, start=1):
            yield from ratakan(isi, f"{awalan}{i}.")
    else:
        yield awalan.removesuffix("."), nilai


def _kolom_kelas(kelas: type, awalan: str = "") -> Iterator[str]:
    """Kunci kolom isian kelas attrs (bersarang), tanpa pemetaan bebas dan daftar."""
    jenis = typing.get_type_hints(kelas)
    for f in attrs.fields(kelas):
        if not f.init:  # isian turunan (mis. NilaiTriwulan.kosong), bukan isian berkas
            continue
        t = jenis[f.name]
        if attrs.has(t):
            yield from _kolom_kelas(t, f"{awalan}{f.name}.")
        elif f.name not in PETA_BEBAS:
            yield f"{awalan}{f.name}"


def _ambil(data: dict[str, Any], jalur: tuple[str, ...]) -> list[Any] | None:
    """Keluarkan daftar di ``jalur`` dari ``data`` (dihapus dari data), bila ada."""
    induk: Any = data
    for kunci in jalur[:-1]:
        induk = induk.get(kunci) if isinstance(induk, dict) else None
    if not isinstance(induk, dict) or not isinstance(induk.get(jalur[-1]), list):
        return None
    daftar: list[Any] = induk.pop(jalur[-1])
    return daftar


class _Penulis:
    def __init__(self) -> None:
        self.openpyxl = muat_openpyxl()
        self.buku = self.openpyxl.Workbook()
        self.buku.remove(self.buku.active)

    def _sel(self, ws: Any, baris: int, kolom: int, nilai: object) -> None:
        sel = tulis_sel(ws, baris, kolom, nilai)
        if isinstance(nilai, str):
            sel.data_type = "s"  # teks berawalan '=' tetap teks, bukan rumus
            sel.number_format = "@"
        elif isinstance(nilai, datetime.date):
            sel.number_format = "yyyy-mm-dd"

    def laporan(self, data: Mapping[str, Any]) -> None:
        ws = self.buku.create_sheet(LEMBAR_LAPORAN)
        tebal = self.openpyxl.styles.Font(bold=True)
        for j, judul in enumerate(("kunci", "nilai"), start=1):
            ws.cell(row=1, column=j, value=judul).font = tebal
        isi = dict(ratakan(data))
        kunci = list(dict.fromkeys([*_kunci_laporan(), *isi]))
        kunci.sort(key=lambda k: _URUTAN_LAPORAN.get(k.split(".")[0], 99))
        for i, k in enumerate(kunci, start=2):
            self._sel(ws, i, 1, k)
            if isi.get(k) is not None:
                self._sel(ws, i, 2, isi[k])
        ws.column_dimensions["A"].width = 36
        ws.column_dimensions["B"].width = 48

    def daftar(self, jalur: tuple[str, ...], unsur: list[Any]) -> None:
        ws = self.buku.create_sheet(LEMBAR_DAFTAR[jalur])
        baris = [dict(ratakan(u)) if isinstance(u, Mapping) else {"nama": u} for u in unsur]
        kelas = _KELAS.get(jalur)
        bawaan = list(_kolom_kelas(kelas)) if kelas else ["nama"]
        if jalur == ("fasilitasi", "kegiatan"):
            bawaan = list(_KOLOM_DAFTAR_FASILITASI)
        for b in baris:  # daftar teks satu unsur (rujukan 'anggaran'): satu kolom tanpa nomor
            for k in [k for k in b if k.endswith(".1") and k[:-2] in bawaan]:
                if f"{k[:-2]}.2" not in b:
                    b[k[:-2]] = b.pop(k)
        kolom = bawaan + [k for b in baris for k in b if k not in bawaan]
        kolom = list(dict.fromkeys(kolom))
        tebal = self.openpyxl.styles.Font(bold=True)
        for j, k in enumerate(kolom, start=1):
            tulis_sel(ws, 1, j, k).font = tebal
            ws.column_dimensions[self.openpyxl.utils.get_column_letter(j)].width = max(
                len(k) + 2, 12
            )
        for i, b in enumerate(baris, start=2):
            for j, k in enumerate(kolom, start=1):
                if b.get(k) is not None:
                    self._sel(ws, i, j, b[k])
        ws.freeze_panes = "B2"
        self._validasi(ws, kolom, len(baris))

    def _validasi(self, ws: Any, kolom: list[str], jumlah: int) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        akhir = max(jumlah + 1, 1000)  # juga untuk baris yang ditambahkan pengisi
        for j, k in enumerate(kolom, start=1):
            if k in _PILIHAN:
                # errorStyle "warning": Excel memperingatkan tetapi boleh diteruskan (mis. huruf
                # besar "Negatif", yang juga diterima kinerja); pembacaan tetap memeriksa
                dv = DataValidation(
                    type="list",
                    formula1='"' + ",".join(_PILIHAN[k]) + '"',
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning",
                )
                dv.error = f"{k}: pilih salah satu dari {', '.join(_PILIHAN[k])}"
                dv.errorTitle = f"{k} tidak sah"
                huruf = self.openpyxl.utils.get_column_letter(j)
                dv.add(f"{huruf}2:{huruf}{akhir}")
                ws.add_data_validation(dv)


_URUTAN_LAPORAN = {"skala": 0, "unit": 1, "periode": 2, "dokumen_desa": 3, "tercetak": 4}


def _kunci_laporan() -> list[str]:
    """Isian tunggal lembar Laporan yang selalu ditulis (walau kosong)."""
    return [
        "skala",
        *_kolom_kelas(Unit, "unit."),
        "periode.tahun",
        "periode.triwulan",
        *_kolom_kelas(TercetakRingkasan, "tercetak."),
    ]


def buku_isian(laporan: Laporan) -> Any:
    """``openpyxl.Workbook`` isian untuk ``laporan`` (lihat docstring modul)."""
    data = ke_data(pastikan_laporan(laporan))
    penulis = _Penulis()
    daftar = {jalur: _ambil(data, jalur) for jalur in LEMBAR_DAFTAR}
    for bagian in ("fasilitasi", "dokumen_desa"):  # tanpa isian lain: tidak perlu tercatat
        if data.get(bagian) == {}:
            del data[bagian]
    penulis.laporan(data)
    for jalur, unsur in daftar.items():
        if unsur is not None or jalur in (("indikator",), ("anggaran",)):
            penulis.daftar(jalur, unsur or [])
    return penulis.buku


def tulis_buku_isian(laporan: Laporan, jalur: str | os.PathLike[str]) -> None:
    """Tulis ``laporan`` sebagai buku kerja isian ``.xlsx`` (extra ``excel``)."""
    from kinerja.laporan.jalur import jalur_berkas

    p: Path = jalur_berkas(jalur)
    buku = buku_isian(laporan)
    try:
        buku.save(p)
    except OSError as galat:
        raise BerkasTidakSah(
            f"berkas {str(p)!r} tidak bisa ditulis: {galat.strerror or galat}"
        ) from galat
