"""Syarat tahun laporan untuk berkas yang juga punya kesalahan lain: satu laporan galat.

Bila berkas punya kesalahan lain, :class:`~kinerja.laporan.Laporan` tidak pernah dibuat, jadi
syarat tahunnya (:mod:`kinerja.laporan.syarat_tahun`) belum diperiksa. Di sini periode dan setiap
baris yang sah dibaca sendiri-sendiri dan diperiksa dengan aturan yang sama, agar semua
kesalahan muncul dalam satu laporan galat.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kinerja.galat import KinerjaError, TahunTidakSah
from kinerja.laporan.konverter import KONVERTER
from kinerja.laporan.lokasi_galat import galat_struktur_rinci
from kinerja.laporan.syarat_tahun import Jalur, kesalahan_baris
from kinerja.laporan.tahunan import RenstraAnggaran, RenstraIndikator, TahunAnggaran, TahunIndikator
from kinerja.periode import Periode

__all__ = ["kesalahan_tahun_sebagian"]

_GALAT_BACA = (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError, KinerjaError)


def _ada_galat_tahun(galat: BaseException) -> bool:
    if isinstance(galat, TahunTidakSah):
        return True
    if isinstance(galat, (ClassValidationError, IterableValidationError)):
        return any(_ada_galat_tahun(sub) for sub in galat.exceptions)
    return False


def _baca(nilai: object, jenis: type) -> Any:
    """Nilai terbaca, atau ``None`` bila kosong atau tidak sah (kesalahannya sudah dilaporkan)."""
    if nilai is None:
        return None
    try:
        return KONVERTER.structure(nilai, jenis)
    except _GALAT_BACA:
        return None


def _tahun(unsur: object, jenis: type) -> int | None:
    baca = _baca(unsur, jenis)
    return None if baca is None else int(baca.tahun)


def kesalahan_tahun_sebagian(
    galat: BaseException, data: Mapping[str, object], teks: str | None
) -> tuple[tuple[str, str, str], ...]:
    """Kesalahan syarat tahun dari bagian berkas yang sah, bila ``galat`` belum memuatnya:
    (jalur untuk program, tempat untuk orang, pesan), seperti ``galat_struktur_rinci``."""
    if _ada_galat_tahun(galat):
        return ()
    try:
        periode = KONVERTER.structure(data.get("periode"), Periode)
    except _GALAT_BACA:
        return ()
    pasangan: list[tuple[Jalur, str]] = []
    for nama, jenis_tahun, jenis_renstra in (
        ("indikator", TahunIndikator, RenstraIndikator),
        ("anggaran", TahunAnggaran, RenstraAnggaran),
    ):
        daftar = data.get(nama)
        if not isinstance(daftar, Sequence):
            continue
        for i, mentah in enumerate(daftar):
            if not isinstance(mentah, Mapping):
                continue
            riwayat = mentah.get("riwayat")
            tahun_riwayat = (
                [_tahun(u, jenis_tahun) for u in riwayat] if isinstance(riwayat, list) else []
            )
            pasangan.extend(
                ((nama, i, *j), p)
                for j, p in kesalahan_baris(
                    periode,
                    realisasi_tahunan=mentah.get("realisasi_tahunan") is not None,
                    tahun_riwayat=tahun_riwayat,
                    renstra=_baca(mentah.get("renstra"), jenis_renstra),
                )
            )
    if not pasangan:
        return ()
    return galat_struktur_rinci(TahunTidakSah("", tuple(pasangan)), data, teks)
