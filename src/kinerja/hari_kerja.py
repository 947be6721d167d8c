"""Hari kerja dan batas waktu laporan triwulan.

Laporan kinerja triwulanan pejabat eselon IV disampaikan paling lambat 5 hari kerja setelah
triwulan berakhir (Perbup Lumajang 6/2018). Hari kerja melewati Sabtu, Minggu, hari libur
nasional dan cuti bersama (SKB 3 Menteri, ditetapkan tiap tahun). Kalender libur dan cuti
bersama diambil dari paket ``holidays`` (Indonesia, kategori ``public`` dan ``government``).

Cuti bersama ditetapkan tahun demi tahun. Untuk tahun yang belum dicakup kalender,
:func:`batas_waktu_laporan` melempar :class:`~kinerja.galat.KalenderBelumTersedia`; hari itu
tidak pernah diam-diam dihitung sebagai hari kerja. Dengan ``kalender_tak_lengkap=True``
perhitungan tetap jalan dengan libur nasional saja, disertai peringatan
:class:`~kinerja.galat.KalenderBelumLengkap`.

>>> batas_waktu_laporan(2024, 4)
datetime.date(2025, 1, 8)
>>> batas_waktu_laporan(2025, Triwulan.I)
datetime.date(2025, 4, 14)
>>> nama_libur(datetime.date(2025, 4, 2))
'Cuti Bersama Hari Raya Idul Fitri'
"""

from __future__ import annotations

import datetime
import functools
import warnings
from typing import TYPE_CHECKING

from kinerja.galat import (
    InputTidakSah,
    KalenderBelumLengkap,
    KalenderBelumTersedia,
    TipeTidakSah,
    tampil_aman,
)
from kinerja.periode import TAHUN_MAKSIMUM, TAHUN_MINIMUM, Triwulan, ke_tahun

if TYPE_CHECKING:
    import holidays

# ``holidays`` dan ``importlib.metadata`` diimpor saat pertama dipakai, bukan saat ``import
# kinerja``: perintah yang tidak menghitung hari kerja (mis. ``kinerja hitung``) tidak
# membayar ±80 ms impornya.

__all__ = [
    "HARI_KERJA_LAPORAN",
    "adalah_hari_kerja",
    "batas_waktu_laporan",
    "cuti_bersama_tersedia",
    "nama_libur",
    "tambah_hari_kerja",
]

HARI_KERJA_LAPORAN = 5
"""Batas penyampaian laporan triwulan eselon IV, dalam hari kerja (Perbup Lumajang 6/2018)."""

_HARI_KERJA_MAKSIMUM = 366


@functools.lru_cache(maxsize=64)
def _libur(tahun: int) -> holidays.HolidayBase:
    import holidays

    return holidays.country_holidays(
        "ID", years=tahun, language="id", categories=("public", "government")
    )


@functools.lru_cache(maxsize=64)
def _cuti_bersama_tersedia(tahun: int) -> bool:
    import holidays

    return bool(holidays.country_holidays("ID", years=tahun, categories=("government",)))


def cuti_bersama_tersedia(tahun: int) -> bool:
    """Apakah kalender memuat cuti bersama untuk ``tahun`` (yang ditetapkan tiap tahun)."""
    return _cuti_bersama_tersedia(ke_tahun(tahun))


def _tanggal(nilai: object, nama: str) -> datetime.date:
    if isinstance(nilai, datetime.datetime) or not isinstance(nilai, datetime.date):
        raise TipeTidakSah(
            f"'{nama}' harus datetime.date tanpa jam, mis. datetime.date(2024, 1, 1) "
            f"(diberikan {tampil_aman(nilai)})"
        )
    if not TAHUN_MINIMUM <= nilai.year <= TAHUN_MAKSIMUM:
        raise InputTidakSah(
            f"'{nama}' harus tanggal tahun {TAHUN_MINIMUM}–{TAHUN_MAKSIMUM}, rentang kalender "
            f"libur (diberikan {nilai.isoformat()})"
        )
    return nilai


def nama_libur(tanggal: datetime.date) -> str | None:
    """Nama hari libur nasional atau cuti bersama pada ``tanggal``, atau ``None``."""
    tgl = _tanggal(tanggal, "tanggal")
    nama: str | None = _libur(tgl.year).get(tgl)
    return nama


def adalah_hari_kerja(tanggal: datetime.date) -> bool:
    """Senin–Jumat yang bukan libur nasional dan bukan cuti bersama."""
    tgl = _tanggal(tanggal, "tanggal")
    return tgl.weekday() < 5 and nama_libur(tgl) is None


def _periksa_kalender(tahun: int, kalender_tak_lengkap: bool) -> None:
    if cuti_bersama_tersedia(tahun):
        return
    from importlib.metadata import version

    pesan = (
        f"cuti bersama tahun {tahun} belum tersedia di kalender (paket holidays "
        f"{version('holidays')}); batas waktu bisa lebih awal dari yang sebenarnya"
    )
    if not kalender_tak_lengkap:
        raise KalenderBelumTersedia(
            pesan + "; perbarui paket holidays, atau panggil dengan kalender_tak_lengkap=True "
            "untuk menghitung dengan libur nasional saja"
        )
    warnings.warn(pesan, KalenderBelumLengkap, stacklevel=3)


def tambah_hari_kerja(
    mulai: datetime.date, hari_kerja: int, *, kalender_tak_lengkap: bool = False
) -> datetime.date:
    """Tanggal hari kerja ke-``hari_kerja`` sesudah ``mulai`` (``mulai`` sendiri tidak dihitung)."""
    mulai = _tanggal(mulai, "mulai")
    if isinstance(hari_kerja, bool) or not isinstance(hari_kerja, int):
        raise TipeTidakSah(
            f"'hari_kerja' harus bilangan bulat (diberikan {tampil_aman(hari_kerja)})"
        )
    if not 1 <= hari_kerja <= _HARI_KERJA_MAKSIMUM:
        raise InputTidakSah(
            f"'hari_kerja' harus 1–{_HARI_KERJA_MAKSIMUM} (diberikan {tampil_aman(hari_kerja)})"
        )
    tanggal = mulai
    diperiksa: set[int] = set()
    sisa = hari_kerja
    while sisa:
        tanggal += datetime.timedelta(days=1)
        if tanggal.year not in diperiksa:
            _periksa_kalender(tanggal.year, kalender_tak_lengkap)
            diperiksa.add(tanggal.year)
        if adalah_hari_kerja(tanggal):
            sisa -= 1
    return tanggal


def batas_waktu_laporan(
    tahun: int,
    triwulan: Triwulan | int | str,
    hari_kerja: int = HARI_KERJA_LAPORAN,
    *,
    kalender_tak_lengkap: bool = False,
) -> datetime.date:
    """Batas waktu laporan triwulan: ``hari_kerja`` hari kerja setelah triwulan berakhir."""
    tw = Triwulan.dari(triwulan)
    return tambah_hari_kerja(
        tw.akhir(ke_tahun(tahun)), hari_kerja, kalender_tak_lengkap=kalender_tak_lengkap
    )
