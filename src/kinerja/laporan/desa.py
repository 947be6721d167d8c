"""Dokumen desa di laporan: tanggal penetapan per desa, atau hitungan desa tepat waktu.

Aturan tepat waktunya ada di :mod:`kinerja.desa`; modul ini menyimpan datanya sebagai bagian
dari :class:`~kinerja.laporan.Laporan`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from kinerja._isian import tanggal_opsional, teks, urutan
from kinerja.desa import DokumenDesa, hitungan_tepat, persentase_tepat_waktu
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.periode import ke_tahun

__all__ = ["KetepatanDokumenDesa", "TanggalDokumenDesa"]


@attrs.frozen
class TanggalDokumenDesa:
    """Tanggal penetapan RKPDes, APBDes dan LPPDes satu desa (``None`` = belum ditetapkan)."""

    nama: str = attrs.field(converter=teks)
    rkpdes: datetime.date | None = attrs.field(default=None, converter=tanggal_opsional)
    apbdes: datetime.date | None = attrs.field(default=None, converter=tanggal_opsional)
    lppdes: datetime.date | None = attrs.field(default=None, converter=tanggal_opsional)

    def tanggal(self, dokumen: DokumenDesa) -> datetime.date | None:
        """Tanggal penetapan dokumen tertentu."""
        return {
            DokumenDesa.RKPDES: self.rkpdes,
            DokumenDesa.APBDES: self.apbdes,
            DokumenDesa.LPPDES: self.lppdes,
        }[DokumenDesa.dari(dokumen)]


def _jumlah_tepat(nilai: object) -> Mapping[DokumenDesa, int] | None:
    return None if nilai is None else MappingProxyType(hitungan_tepat(nilai))


_CONTOH_DESA = (
    "TanggalDokumenDesa('Klakah', rkpdes=datetime.date(2023, 9, 28), apbdes=…, lppdes=…); "
    'di berkas: { nama = "Klakah", rkpdes = 2023-09-28, apbdes = …, lppdes = … }'
)


def _daftar_desa(nilai: object) -> tuple[TanggalDokumenDesa, ...]:
    if nilai is None:
        return ()
    hasil: list[TanggalDokumenDesa] = []
    dilihat: dict[str, tuple[int, str]] = {}
    for i, desa in enumerate(urutan(nilai, "desa", "TanggalDokumenDesa")):
        if not isinstance(desa, TanggalDokumenDesa):
            raise TipeTidakSah(
                f"'desa[{i}]' ({tampil_aman(desa)}) harus satu desa dengan tanggal penetapan "
                f"dokumennya, mis. {_CONTOH_DESA}; bila laporan hanya mencetak hitungan, "
                "kosongkan 'desa' dan isi 'jumlah_desa' serta 'tepat'"
            )
        kunci = desa.nama.casefold()
        if kunci in dilihat:
            j, nama = dilihat[kunci]
            raise InputTidakSah(
                f"'desa[{i}]': desa {tampil_aman(desa.nama)} tertulis dua kali (juga desa[{j}], "
                f"{tampil_aman(nama)})"
            )
        dilihat[kunci] = (i, desa.nama)
        hasil.append(desa)
    return tuple(hasil)


def _tahun_anggaran(nilai: int) -> int:
    return ke_tahun(nilai, "tahun_anggaran")


@attrs.frozen
class KetepatanDokumenDesa:
    """Dokumen desa tepat waktu: tanggal per desa, atau jumlah desa tepat waktu per dokumen.

    Bila laporan mencantumkan tanggal per desa, isi ``desa``; bila hanya mencantumkan
    hitungannya, isi ``jumlah_desa`` dan ``tepat``.
    """

    tahun_anggaran: int = attrs.field(converter=_tahun_anggaran)
    desa: tuple[TanggalDokumenDesa, ...] = attrs.field(factory=tuple, converter=_daftar_desa)
    jumlah_desa: int | None = attrs.field(default=None)
    tepat: Mapping[DokumenDesa, int] | None = attrs.field(
        default=None, converter=_jumlah_tepat, hash=False
    )

    def __attrs_post_init__(self) -> None:
        if self.desa and (self.jumlah_desa is not None or self.tepat is not None):
            raise InputTidakSah(
                "dokumen desa: isi salah satu saja, daftar 'desa' dengan tanggalnya atau "
                "'jumlah_desa' dan 'tepat'; keduanya bersama membuat salah satunya terabaikan"
            )
        if not self.desa and (self.jumlah_desa is None or self.tepat is None):
            raise InputTidakSah(
                "dokumen desa: isi daftar 'desa' dengan tanggalnya, atau 'jumlah_desa' dan 'tepat'"
            )
        if self.tepat is not None and self.jumlah_desa is not None:
            persentase_tepat_waktu(self.jumlah_desa, self.tepat)  # validasi hitungan
