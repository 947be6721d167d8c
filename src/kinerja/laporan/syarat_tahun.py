"""Syarat laporan tahunan yang bergantung pada tahun laporan, semuanya dikumpulkan sekaligus.

- tahun ``riwayat`` sebuah baris harus sebelum tahun laporan, dan tidak ganda;
- periode ``renstra`` harus memuat tahun laporan (dan di tahun pertamanya belum ada
  ``realisasi_sebelumnya``);
- ``realisasi_tahunan`` hanya di laporan tahunan (``[periode]`` tanpa ``triwulan``).

:func:`galat_tahun` mengumpulkan semuanya menjadi satu :class:`~kinerja.galat.TahunTidakSah`
yang memuat jalur setiap kesalahan, agar pembaca berkas bisa menunjukkan tempatnya.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kinerja.galat import TahunTidakSah
from kinerja.periode import Periode

__all__ = ["galat_tahun", "kesalahan_baris", "kesalahan_tahun"]

Jalur = tuple[str | int, ...]


def kesalahan_baris(
    periode: Periode,
    *,
    realisasi_tahunan: bool,
    tahun_riwayat: Sequence[int | None],
    renstra: Any,
) -> list[tuple[Jalur, str]]:
    """Kesalahan satu baris, berjalur dari baris itu: ada ``realisasi_tahunan`` atau tidak, tahun
    setiap unsur ``riwayat`` (``None``: unsur yang tidak terbaca, dilewati) dan ``renstra``."""
    hasil: list[tuple[Jalur, str]] = []
    tahun = periode.tahun
    if realisasi_tahunan and periode.triwulan is not None:
        hasil.append(
            (
                ("realisasi_tahunan",),
                f"hanya untuk laporan tahunan (laporan ini {periode}); hapus 'triwulan' di "
                "[periode] atau tulis realisasi per triwulan",
            )
        )
    dilihat: set[int] = set()
    for j, tahun_unsur in enumerate(tahun_riwayat):
        if tahun_unsur is not None and tahun_unsur in dilihat:
            hasil.append((("riwayat", j, "tahun"), f"tahun {tahun_unsur} ditulis dua kali"))
        if tahun_unsur is not None:
            dilihat.add(tahun_unsur)
        if tahun_unsur is not None and tahun_unsur >= tahun:
            hasil.append(
                (
                    ("riwayat", j, "tahun"),
                    f"tahun {tahun_unsur} tidak sebelum tahun laporan {tahun}: riwayat hanya "
                    "memuat tahun-tahun sebelumnya",
                )
            )
    if renstra is not None:
        if not renstra.tahun_awal <= tahun <= renstra.tahun_akhir:
            hasil.append(
                (
                    ("renstra",),
                    f"periode Renstra {renstra.tahun_awal}–{renstra.tahun_akhir} tidak memuat "
                    f"tahun laporan {tahun}",
                )
            )
        elif renstra.realisasi_sebelumnya is not None and tahun == renstra.tahun_awal:
            hasil.append(
                (
                    ("renstra", "realisasi_sebelumnya"),
                    f"tahun laporan {tahun} adalah tahun pertama Renstra: belum ada realisasi "
                    "sebelumnya (hapus isian ini)",
                )
            )
    return hasil


def kesalahan_tahun(
    periode: Periode, indikator: Sequence[Any], anggaran: Sequence[Any]
) -> tuple[tuple[Jalur, str], ...]:
    """Kesalahan yang bergantung pada tahun laporan, masing-masing dengan jalurnya di laporan."""
    hasil: list[tuple[Jalur, str]] = []
    for nama, daftar in (("indikator", indikator), ("anggaran", anggaran)):
        berindikator = nama == "indikator"  # baris anggaran tidak punya realisasi_tahunan
        for i, baris in enumerate(daftar):
            tahunan = baris.realisasi_tahunan if berindikator else None
            if tahunan is None and not baris.riwayat and baris.renstra is None:
                continue
            pasangan = kesalahan_baris(
                periode,
                realisasi_tahunan=tahunan is not None,
                tahun_riwayat=[u.tahun for u in baris.riwayat],
                renstra=baris.renstra,
            )
            hasil.extend(((nama, i, *j), p) for j, p in pasangan)
    return tuple(hasil)


def galat_tahun(
    periode: Periode, indikator: Sequence[Any], anggaran: Sequence[Any]
) -> TahunTidakSah | None:
    """:class:`~kinerja.galat.TahunTidakSah` berisi semua :func:`kesalahan_tahun`, bila ada."""
    kesalahan = kesalahan_tahun(periode, indikator, anggaran)
    if not kesalahan:
        return None
    baris = {"indikator": indikator, "anggaran": anggaran}
    teks = []
    for jalur, pesan in kesalahan:
        jenis, nomor, *sisa = jalur
        nama = getattr(baris[str(jenis)][int(nomor)], "nama", None) or getattr(
            baris[str(jenis)][int(nomor)], "uraian", ""
        )
        tempat = f"{jenis} ke-{int(nomor) + 1} ({nama!r})"
        for seg in sisa:
            tempat += f" ke-{seg + 1}" if isinstance(seg, int) else f".{seg}"
        teks.append(f"{tempat}: {pesan}")
    return TahunTidakSah("; ".join(teks), kesalahan)
