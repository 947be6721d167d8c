"""Laporan tahunan: tahun-tahun sebelumnya (``riwayat``) dan target Renstra sebuah baris.

- :class:`TahunIndikator` / :class:`TahunAnggaran` — satu tahun sebelumnya sebuah indikator
  (target, realisasi) atau baris anggaran (pagu, realisasi), dengan angka tercetaknya.
- :class:`RenstraIndikator` / :class:`RenstraAnggaran` — periode Renstra, target akhir (atau
  pendanaan seluruh periode) dan, bila ada, realisasi sejak awal Renstra s.d. tahun lalu.

Syarat yang bergantung pada tahun laporan ada di :mod:`kinerja.laporan.syarat_tahun`.

>>> TahunIndikator(2023, target="82", realisasi="85").realisasi
Decimal('85')
>>> RenstraIndikator(2026, 2021, target_akhir=500)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kinerja.galat.InputTidakSah: 'tahun_awal' (2026) tidak boleh sesudah 'tahun_akhir' (2021)...
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol, TypeVar

import attrs

from kinerja._isian import angka_opsional, daftar_jenis, teks_opsional
from kinerja.angka import ke_desimal
from kinerja.besaran import desimal_sah
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan.tercetak import kunci_tertutup
from kinerja.periode import ke_tahun

__all__ = [
    "RenstraAnggaran",
    "RenstraIndikator",
    "TahunAnggaran",
    "TahunIndikator",
    "TercetakRenstra",
    "TercetakTahunAnggaran",
    "TercetakTahunIndikator",
    "renstra_anggaran",
    "renstra_indikator",
    "riwayat_anggaran",
    "riwayat_indikator",
    "urut_tahun",
]

Jalur = tuple[str | int, ...]
_T = TypeVar("_T")


class _BerTahun(Protocol):
    @property
    def tahun(self) -> int: ...


_U = TypeVar("_U", bound=_BerTahun)


def _angka(nilai: Any, nama: str, *, tak_negatif: bool = False) -> Decimal:
    """Angka isian ``nama`` (pesan galat menyebut nama itu); ``tak_negatif``: harus >= 0."""
    hasil = nilai if desimal_sah(nilai) else ke_desimal(nilai, nama)
    if tak_negatif and hasil < 0:
        raise InputTidakSah(f"'{nama}' harus >= 0 (diberikan {hasil})")
    return hasil


def _target(nilai: Any) -> Decimal | None:
    return None if nilai is None else _angka(nilai, "target")


def _realisasi(nilai: Any) -> Decimal | None:
    return None if nilai is None else _angka(nilai, "realisasi")


def _realisasi_uang(nilai: Any) -> Decimal | None:
    return None if nilai is None else _angka(nilai, "realisasi", tak_negatif=True)


def _pagu(nilai: Any) -> Decimal:
    return _angka(nilai, "pagu", tak_negatif=True)


def _target_akhir(nilai: Any) -> Decimal:
    return _angka(nilai, "target_akhir", tak_negatif=True)


def _pagu_periode(nilai: Any) -> Decimal:
    return _angka(nilai, "pagu_periode", tak_negatif=True)


def _sebelumnya(nilai: Any) -> Decimal | None:
    return None if nilai is None else _angka(nilai, "realisasi_sebelumnya")


def _sebelumnya_uang(nilai: Any) -> Decimal | None:
    return None if nilai is None else _angka(nilai, "realisasi_sebelumnya", tak_negatif=True)


def _tahun_awal(nilai: object) -> int:
    return ke_tahun(nilai, "tahun_awal")


def _tahun_akhir(nilai: object) -> int:
    return ke_tahun(nilai, "tahun_akhir")


def _tahun(nilai: object) -> int:
    return ke_tahun(nilai, "tahun")


def _tercetak(nilai: object, jenis: type[_T], nama: str = "tercetak") -> _T:
    if nilai is None:
        return jenis()
    if not isinstance(nilai, jenis):
        raise TipeTidakSah(f"'{nama}' harus {jenis.__name__} (diberikan {tampil_aman(nilai)})")
    return nilai


@kunci_tertutup
@attrs.frozen
class TercetakTahunIndikator:
    """Angka tercetak satu tahun sebelumnya sebuah indikator: ``capaian`` (%), ``poin`` dan
    ``perubahan`` (%) dari tahun sebelumnya di riwayat."""

    capaian: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    poin: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    perubahan: Decimal | None = attrs.field(default=None, converter=angka_opsional)


@kunci_tertutup
@attrs.frozen
class TercetakTahunAnggaran:
    """Angka tercetak satu tahun sebelumnya sebuah baris anggaran: ``serapan`` (%)."""

    serapan: Decimal | None = attrs.field(default=None, converter=angka_opsional)


@kunci_tertutup
@attrs.frozen
class TercetakRenstra:
    """Angka tercetak formulir E.81 sebuah baris: ``realisasi_sd`` (s.d. tahun laporan),
    ``tingkat_capaian`` (% terhadap target akhir atau pendanaan periode), ``predikat``."""

    realisasi_sd: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tingkat_capaian: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    predikat: str | None = attrs.field(default=None, converter=teks_opsional)


def _tercetak_ti(nilai: object) -> TercetakTahunIndikator:
    return _tercetak(nilai, TercetakTahunIndikator)


def _tercetak_ta(nilai: object) -> TercetakTahunAnggaran:
    return _tercetak(nilai, TercetakTahunAnggaran)


def _tercetak_r(nilai: object) -> TercetakRenstra:
    return _tercetak(nilai, TercetakRenstra)


@attrs.frozen
class TahunIndikator:
    """Satu tahun sebelumnya sebuah indikator; ``realisasi`` ``None`` = tidak dilaporkan."""

    tahun: int = attrs.field(converter=_tahun)
    target: Decimal | None = attrs.field(default=None, converter=_target)
    realisasi: Decimal | None = attrs.field(default=None, converter=_realisasi)
    tercetak: TercetakTahunIndikator = attrs.field(
        factory=TercetakTahunIndikator, converter=_tercetak_ti
    )


@attrs.frozen
class TahunAnggaran:
    """Satu tahun sebelumnya sebuah baris anggaran: pagu dan realisasi tahun itu."""

    tahun: int = attrs.field(converter=_tahun)
    pagu: Decimal = attrs.field(converter=_pagu)
    realisasi: Decimal | None = attrs.field(default=None, converter=_realisasi_uang)
    tercetak: TercetakTahunAnggaran = attrs.field(
        factory=TercetakTahunAnggaran, converter=_tercetak_ta
    )


def _periode_renstra(awal: int, akhir: int) -> None:
    if awal > akhir:
        raise InputTidakSah(
            f"'tahun_awal' ({awal}) tidak boleh sesudah 'tahun_akhir' ({akhir}): periode "
            "Renstra ditulis dari tahun pertama sampai tahun terakhirnya"
        )


@attrs.frozen
class RenstraIndikator:
    """Target akhir Renstra sebuah indikator (``target_akhir`` >= 0) dan periodenya.

    ``realisasi_sebelumnya`` — realisasi sejak ``tahun_awal`` s.d. tahun lalu, sudah
    dikumulasikan menurut kumulasi indikator — boleh kosong bila ``riwayat`` mencakup setiap
    tahun sebelumnya dalam periode itu.
    """

    tahun_awal: int = attrs.field(converter=_tahun_awal)
    tahun_akhir: int = attrs.field(converter=_tahun_akhir)
    target_akhir: Decimal = attrs.field(converter=_target_akhir)
    realisasi_sebelumnya: Decimal | None = attrs.field(default=None, converter=_sebelumnya)
    tercetak: TercetakRenstra = attrs.field(factory=TercetakRenstra, converter=_tercetak_r)

    def __attrs_post_init__(self) -> None:
        _periode_renstra(self.tahun_awal, self.tahun_akhir)


@attrs.frozen
class RenstraAnggaran:
    """Pendanaan Renstra sebuah baris anggaran (``pagu_periode``: seluruh periode) dan
    ``realisasi_sebelumnya`` (Σ realisasi sejak ``tahun_awal`` s.d. tahun lalu), bila ada."""

    tahun_awal: int = attrs.field(converter=_tahun_awal)
    tahun_akhir: int = attrs.field(converter=_tahun_akhir)
    pagu_periode: Decimal = attrs.field(converter=_pagu_periode)
    realisasi_sebelumnya: Decimal | None = attrs.field(default=None, converter=_sebelumnya_uang)
    tercetak: TercetakRenstra = attrs.field(factory=TercetakRenstra, converter=_tercetak_r)

    def __attrs_post_init__(self) -> None:
        _periode_renstra(self.tahun_awal, self.tahun_akhir)


def _riwayat(nilai: object, jenis: type) -> tuple[Any, ...]:
    if nilai is None or nilai == ():  # baris tanpa riwayat (hampir semua): tanpa pemeriksaan
        return ()
    return daftar_jenis(nilai, "riwayat", jenis)


def urut_tahun(riwayat: Sequence[_U]) -> list[_U]:
    """Unsur riwayat urut menurut tahun (riwayat disimpan dalam urutan berkasnya)."""
    return sorted(riwayat, key=lambda u: u.tahun)


def riwayat_indikator(nilai: object) -> tuple[TahunIndikator, ...]:
    """Riwayat indikator, dalam urutan yang ditulis (tahun ganda diperiksa laporannya)."""
    return _riwayat(nilai, TahunIndikator)


def riwayat_anggaran(nilai: object) -> tuple[TahunAnggaran, ...]:
    """Riwayat baris anggaran, dalam urutan yang ditulis (tahun ganda diperiksa laporannya)."""
    return _riwayat(nilai, TahunAnggaran)


def renstra_indikator(nilai: object) -> RenstraIndikator | None:
    """Isian ``renstra`` baris indikator: ``None`` atau :class:`RenstraIndikator`."""
    return None if nilai is None else _tercetak(nilai, RenstraIndikator, "renstra")


def renstra_anggaran(nilai: object) -> RenstraAnggaran | None:
    """Isian ``renstra`` baris anggaran: ``None`` atau :class:`RenstraAnggaran`."""
    return None if nilai is None else _tercetak(nilai, RenstraAnggaran, "renstra")
