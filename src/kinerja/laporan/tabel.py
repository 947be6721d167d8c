"""Tabel-tabel Laporan Kinerja, dihitung dari sebuah :class:`~kinerja.laporan.Laporan`.

- :func:`tabel_capaian` — capaian kinerja s.d. TW n: target, realisasi, capaian, predikat.
- :func:`tabel_keuangan` — realisasi keuangan: pagu, target s.d. TW n, realisasi, capaian
  keuangan, serapan, sisa, dengan jumlah yang tidak menghitung dua kali anak-anak sebuah kode.
- :func:`tabel_cost_per_outcome` — kinerja + anggaran + efisiensi per indikator.
- :class:`~kinerja.laporan.pohon.PohonAnggaran` — pohon kode rekening, jumlah tiap tingkat.
- :func:`ringkasan` — rata-rata capaian kinerja dan keuangan, *rerata* dan *agregat* dibedakan.

:func:`hitung` menghasilkan semuanya sekaligus. Setiap tabel bisa menjadi
:class:`~kinerja.laporan.sajian.Sajian` (teks, Markdown, CSV, JSON, HTML) dan ``pandas.DataFrame``.
Sel yang tidak bisa dihitung (target 0, satuan tidak cocok, pagu 0) berisi ``None`` dengan
keterangan; tidak pernah angka karangan.
"""

from __future__ import annotations

import os
from typing import Any

import attrs

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.laporan.cost_per_outcome import (
    BarisCostPerOutcome,
    TabelCostPerOutcome,
    cari_anggaran,
    tabel_cost_per_outcome,
)
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import Laporan, pastikan_laporan
from kinerja.laporan.pohon import PohonAnggaran
from kinerja.laporan.ringkasan import Ringkasan, ringkasan
from kinerja.laporan.sajian import KodePohon, Kolom, Sajian
from kinerja.laporan.tabel_capaian import (
    BarisCapaian,
    TabelCapaian,
    persentase_dokumen_desa,
    realisasi_indikator,
    tabel_capaian,
)
from kinerja.laporan.tabel_keuangan import BarisKeuangan, TabelKeuangan, tabel_keuangan
from kinerja.laporan.tabel_renstra import TabelRenstra, tabel_renstra
from kinerja.laporan.tabel_riwayat import TabelRiwayat, tabel_riwayat

__all__ = [
    "TABEL_POHON",
    "BarisCapaian",
    "BarisCostPerOutcome",
    "BarisKeuangan",
    "HasilLaporan",
    "Ringkasan",
    "TabelCapaian",
    "TabelCostPerOutcome",
    "TabelKeuangan",
    "TabelRenstra",
    "TabelRiwayat",
    "cari_anggaran",
    "hitung",
    "persentase_dokumen_desa",
    "realisasi_indikator",
    "ringkasan",
    "tabel_capaian",
    "tabel_cost_per_outcome",
    "tabel_keuangan",
]


@attrs.frozen
class HasilLaporan:
    """Semua tabel sebuah laporan."""

    laporan: Laporan
    capaian: TabelCapaian
    keuangan: TabelKeuangan
    cost_per_outcome: TabelCostPerOutcome
    pohon: PohonAnggaran
    ringkasan: Ringkasan
    riwayat: TabelRiwayat
    renstra: TabelRenstra

    def sajian_satu(self, nama: str) -> Sajian:
        """Sajian satu tabel: ``capaian``, ``keuangan``, ``cost-per-outcome``, ``pohon``,
        ``ringkasan``, ``riwayat`` (perbandingan antartahun), ``renstra`` (capaian terhadap
        Renstra)."""
        pembuat = {
            "capaian": self.capaian.ke_sajian,
            "keuangan": self.keuangan.ke_sajian,
            "cost-per-outcome": self.cost_per_outcome.ke_sajian,
            "pohon": lambda: _sajian_pohon(self.pohon),
            "ringkasan": self.ringkasan.ke_sajian,
            "riwayat": self.riwayat.ke_sajian,
            "renstra": self.renstra.ke_sajian,
        }
        if not isinstance(nama, str) or nama not in pembuat:
            raise InputTidakSah(
                f"tabel {tampil_aman(nama)} tidak dikenal; pilihan: {', '.join(pembuat)}"
            )
        return pembuat[nama]()

    def sajian(self) -> list[Sajian]:
        """Tabel-tabel yang berisi, siap ditampilkan, urut seperti di laporan."""
        return [s for _, s in self.sajian_bernama()]

    def sajian_bernama(self) -> list[tuple[str, Sajian]]:
        """``(nama, sajian)`` tabel-tabel yang berisi, urut seperti di laporan.

        Satu daftar untuk semua keluaran (teks, JSON, lembar Excel): tabel baru cukup
        ditambahkan di sini dan di :meth:`sajian_satu`.
        """
        berisi = {
            "capaian": bool(self.capaian.baris),
            "keuangan": bool(self.keuangan.baris),
            "cost-per-outcome": bool(self.cost_per_outcome.baris),
            "pohon": bool(self.pohon.akar),
            "ringkasan": True,
            "riwayat": bool(self.riwayat.baris),
            "renstra": bool(self.renstra.baris),
        }
        return [(nama, self.sajian_satu(nama)) for nama, ada in berisi.items() if ada]

    def ke_excel(self, jalur: str | os.PathLike[str], *, temuan: bool = True) -> None:
        """Tulis setiap tabel ke lembarnya sendiri dalam buku kerja ``.xlsx`` (extra ``excel``).

        Lihat :func:`kinerja.laporan.excel_keluar.tulis_excel` dan ``docs/excel.md``.
        """
        from kinerja.laporan.excel_keluar import tulis_excel

        tulis_excel(self, jalur, temuan=temuan)

    def gambar(self, nama: str | None = None) -> Any:
        """Grafik laporan (``matplotlib.figure.Figure``; extra ``gambar``).

        Tanpa ``nama``: kamus nama → gambar untuk semua grafik yang datanya ada. Lihat
        :func:`kinerja.laporan.gambar.gambar_laporan` dan ``docs/grafik.md``.
        """
        from kinerja.laporan.gambar import gambar_laporan

        return gambar_laporan(self, nama)

    def _repr_html_(self) -> str:
        return "".join(s._repr_html_() for s in self.sajian())


TABEL_POHON = DeklarasiTabel(
    "pohon",
    "Pohon anggaran menurut kode rekening: pagu dan realisasi tiap kode dengan jumlah anaknya "
    "dihitung ulang; kode, induk dan tingkat tiap baris",
    (
        Kolom("Kode", "kode", "kode"),
        Kolom("Uraian", kunci="uraian"),
        Kolom("Pagu", "rupiah", "pagu"),
        Kolom("Σ pagu anak", "rupiah", "jumlah_pagu_anak"),
        Kolom("Realisasi", "rupiah", "realisasi"),
        Kolom("Σ realisasi anak", "rupiah", "jumlah_realisasi_anak"),
    ),
)


def _sajian_pohon(pohon: PohonAnggaran) -> Sajian:
    jalur: list[str] = []  # kode leluhur per tingkat, untuk induk tiap simpul
    isi: list[tuple[object, ...]] = []
    for tingkat, s in pohon.telusuri():
        kode = str(s.kode)
        del jalur[tingkat:]
        induk = jalur[-1] if jalur else None
        jalur.append(kode)
        isi.append(
            (
                KodePohon(kode, induk, tingkat),
                s.baris.uraian,
                s.pagu,
                s.jumlah_pagu_anak,
                s.realisasi,
                s.jumlah_realisasi_anak,
            )
        )
    isi.append(("", "JUMLAH", pohon.jumlah_pagu, None, pohon.jumlah_realisasi, None))
    return TABEL_POHON.sajian("Pohon anggaran (jumlah anak dihitung ulang)", isi)


def hitung(laporan: Laporan) -> HasilLaporan:
    """Hitung semua tabel laporan.

    >>> from kinerja.laporan.contoh import muat_contoh
    >>> hasil = hitung(muat_contoh("kalaena-2024-tw1"))
    >>> [b.capaian for b in hasil.capaian.baris]
    [Decimal('100'), Decimal('50')]
    >>> from kinerja import bulatkan
    >>> bulatkan(hasil.ringkasan.capaian_keuangan_agregat)
    Decimal('46.14')
    """
    laporan = pastikan_laporan(laporan)
    capaian = tabel_capaian(laporan)
    tw = laporan.periode.triwulan_laporan
    realisasi = [b.realisasi_sd(tw) for b in laporan.anggaran]  # sekali, untuk pohon dan tabel
    pohon = PohonAnggaran.dari_baris(laporan.anggaran, tw, realisasi=realisasi)
    # satu pohon untuk JUMLAH tabel dan tabel pohon
    keuangan = tabel_keuangan(laporan, pohon, realisasi=realisasi)
    return HasilLaporan(
        laporan=laporan,
        capaian=capaian,
        keuangan=keuangan,
        cost_per_outcome=tabel_cost_per_outcome(laporan),
        pohon=pohon,
        ringkasan=ringkasan(laporan, capaian=capaian, keuangan=keuangan),
        riwayat=tabel_riwayat(laporan, capaian.baris),
        renstra=tabel_renstra(laporan, capaian.baris),
    )
