"""Capaian terhadap Renstra (formulir E.81 Permendagri 86/2017): kumulasi antartahun.

Renstra (rencana strategis lima tahunan, mis. 2021–2026) menetapkan target akhir tiap indikator
dan pendanaan seluruh periode. Setiap tahun unit melaporkan sejauh mana ia sudah sampai:

- **realisasi s.d. tahun n** = realisasi tahun-tahun sejak tahun pertama Renstra sampai n,
  dikumulasikan antartahun menurut kumulasi indikator *persis* seperti antartriwulan
  (:func:`kinerja.kumulasi.gabung`, satu rumus): KUMULATIF menjumlahkan, AKHIR mengambil tahun
  terakhir yang dilaporkan, RATA_RATA merata-rata tahun yang dilaporkan. Uang selalu dijumlah.
- **tingkat capaian terhadap target akhir** = capaian(target akhir, realisasi s.d. n) dengan
  polaritas indikator (:func:`kinerja.capaian.capaian`); untuk uang, realisasi s.d. n / pagu
  seluruh periode × 100 (:func:`kinerja.persen.persen`).

Contoh terhitung (DOMAIN §12): target akhir 500 dokumen, realisasi 2021–2023 280, 2024 95 →
s.d. 2024 375 → 75%.

>>> realisasi_sampai_tahun([280, 95], "kumulatif")
Decimal('375')
>>> tingkat_capaian_renstra(500, 375)
Decimal('75')
>>> realisasi_sampai_tahun([25, 30, 34], "akhir")
Decimal('34')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kinerja._isian import urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.capaian import capaian
from kinerja.galat import DataTidakAda, InputTidakSah
from kinerja.indikator import Kumulasi, Polaritas, Target
from kinerja.kumulasi import gabung
from kinerja.persen import persen

__all__ = [
    "deret_sebelumnya",
    "realisasi_sampai_tahun",
    "serapan_renstra",
    "tingkat_capaian_renstra",
]


def realisasi_sampai_tahun(
    nilai_per_tahun: Sequence[AngkaMasukan | None], kumulasi: Kumulasi | str
) -> Decimal:
    """Realisasi s.d. tahun terakhir deret, menurut kumulasi (``None`` = tahun tak dilaporkan).

    >>> realisasi_sampai_tahun([80, None, 90], "rata-rata")
    Decimal('85')
    """
    jenis = Kumulasi.dari(kumulasi)
    deret = urutan(nilai_per_tahun, "nilai_per_tahun", "realisasi per tahun")
    nilai = [
        None if v is None else ke_desimal(v, f"nilai_per_tahun[{i}]") for i, v in enumerate(deret)
    ]
    hasil = gabung(nilai, jenis)
    if hasil is None:
        raise DataTidakAda("tidak ada realisasi tahunan yang dilaporkan dalam periode Renstra")
    return hasil


def deret_sebelumnya(
    realisasi_sebelumnya: Decimal, kumulasi: Kumulasi, banyak_tahun: int
) -> tuple[Decimal, ...]:
    """Deret tahun sebelumnya yang kumulasinya sama dengan ``realisasi_sebelumnya``.

    ``realisasi_sebelumnya`` adalah realisasi s.d. tahun lalu (sudah dikumulasikan) atas
    ``banyak_tahun`` tahun yang semuanya dilaporkan. Untuk RATA_RATA ia rerata ``banyak_tahun``
    tahun, jadi berbobot sebanyak itu ketika tahun ini ditambahkan; KUMULATIF dan AKHIR cukup satu
    nilai. Dengan deret ini realisasi s.d. tahun ini tetap dihitung oleh satu rumus kumulasi.

    >>> deret_sebelumnya(Decimal(80), Kumulasi.RATA_RATA, 3)
    (Decimal('80'), Decimal('80'), Decimal('80'))
    """
    if banyak_tahun < 1:
        raise InputTidakSah(f"'banyak_tahun' harus >= 1 (diberikan {banyak_tahun})")
    if kumulasi is Kumulasi.RATA_RATA:
        return (realisasi_sebelumnya,) * banyak_tahun
    return (realisasi_sebelumnya,)


def tingkat_capaian_renstra(
    target_akhir: AngkaMasukan,
    realisasi_sd: AngkaMasukan,
    polaritas: Polaritas | str = Polaritas.POSITIF,
) -> Decimal:
    """Tingkat capaian kinerja terhadap target akhir Renstra, dengan polaritas indikator.

    >>> tingkat_capaian_renstra(40, 34)
    Decimal('85')
    """
    return capaian(
        Target(ke_desimal(target_akhir, "target_akhir")),
        ke_desimal(realisasi_sd, "realisasi_sd"),
        polaritas=polaritas,
    )


def serapan_renstra(pagu_periode: AngkaMasukan, realisasi_sd: AngkaMasukan) -> Decimal:
    """Tingkat capaian anggaran terhadap pendanaan seluruh periode Renstra, dalam persen.

    >>> serapan_renstra("2.500.000.000", "1.800.000.000")
    Decimal('72')
    """
    return persen(
        realisasi_sd, pagu_periode, nama_bagian="realisasi_sd", nama_keseluruhan="pagu_periode"
    )
