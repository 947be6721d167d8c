"""Dari nilai per triwulan ke nilai "s.d. TW n".

Setiap indikator punya jenis kumulasi (:class:`~kinerja.indikator.Kumulasi`):

- ``KUMULATIF`` (hitungan, uang): v₁ + … + vₙ dari nilai yang dilaporkan.
  Klakah 2024: 37,84 + 17 + 10,7 + 29,63 = 95,17.
- ``AKHIR`` (posisi di akhir periode: persentase desa, indeks): vᵢ terakhir yang dilaporkan
  dengan i ≤ n — yang *terakhir*, bukan yang terbesar.
- ``RATA_RATA``: rerata vᵢ yang dilaporkan, i ≤ n.

Triwulan tanpa laporan ditulis ``None`` (bukan 0). Bila sampai TW n tidak ada satu nilai pun:
:class:`~kinerja.galat.DataTidakAda`. Target per triwulan dikumulasikan dengan cara yang sama.

>>> sampai_dengan(["37,84", 17, "10,7", "29,63"], Kumulasi.KUMULATIF, Triwulan.IV)
Decimal('95.17')
>>> sampai_dengan([80, 75, None, None], Kumulasi.AKHIR, 4)
Decimal('75')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from kinerja._isian import urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import bagi, tambah
from kinerja.galat import DataTidakAda, InputTidakSah
from kinerja.indikator import Kumulasi
from kinerja.periode import Triwulan

__all__ = ["gabung", "gabung_triwulan", "nilai_triwulan", "sampai_dengan"]

_NOL = Decimal(0)
_tambah = tambah


def nilai_triwulan(
    nilai_per_triwulan: Sequence[AngkaMasukan | None],
) -> tuple[Decimal | None, ...]:
    """Periksa dan ubah nilai TW I–IV (paling banyak 4, ``None`` = tidak dilaporkan).

    Daftar yang lebih pendek dari 4 dianggap belum melaporkan triwulan sisanya.
    """
    nilai_per_triwulan = urutan(nilai_per_triwulan, "nilai_per_triwulan", "nilai TW I–IV")
    if len(nilai_per_triwulan) > 4:
        raise InputTidakSah(
            f"'nilai_per_triwulan' paling banyak 4 nilai TW I–IV (diberikan "
            f"{len(nilai_per_triwulan)})"
        )
    hasil = tuple(
        None if v is None else ke_desimal(v, f"nilai_per_triwulan[{i}] ({Triwulan(i + 1)})")
        for i, v in enumerate(nilai_per_triwulan)
    )
    return hasil + (None,) * (4 - len(hasil))


def sampai_dengan(
    nilai_per_triwulan: Sequence[AngkaMasukan | None],
    kumulasi: Kumulasi | str,
    triwulan: Triwulan | int | str,
) -> Decimal:
    """Nilai "s.d. TW n" menurut jenis kumulasi.

    >>> sampai_dengan([3, None, 3, None], Kumulasi.RATA_RATA, 3)
    Decimal('3')
    """
    kumulasi = Kumulasi.dari(kumulasi)
    tw = Triwulan.dari(triwulan)
    hasil = gabung_triwulan(nilai_triwulan(nilai_per_triwulan), kumulasi, tw)
    if hasil is None:
        raise DataTidakAda(f"tidak ada nilai yang dilaporkan sampai {tw}")
    return hasil


def gabung_triwulan(
    nilai: tuple[Decimal | None, ...], kumulasi: Kumulasi, triwulan: Triwulan
) -> Decimal | None:
    """Inti :func:`sampai_dengan` untuk nilai yang *sudah* diperiksa; ``None`` bila kosong.

    ``nilai`` adalah hasil :func:`nilai_triwulan` (atau nilai kelas yang isiannya sudah diubah
    oleh :func:`~kinerja.angka.ke_desimal`), ``kumulasi`` dan ``triwulan`` sudah bertipe enum:
    tidak diperiksa ulang, agar tabel ribuan baris tidak memeriksa angka yang sama berkali-kali.

    >>> gabung_triwulan((Decimal(80), Decimal(75), None, None), Kumulasi.AKHIR, Triwulan.IV)
    Decimal('75')
    >>> gabung_triwulan((None, None, Decimal(3), None), Kumulasi.KUMULATIF, Triwulan.II) is None
    True
    """
    return gabung(nilai[:triwulan], kumulasi)  # Triwulan adalah IntEnum: TW I–n


def gabung(nilai: Iterable[Decimal | None], kumulasi: Kumulasi) -> Decimal | None:
    """Gabungan nilai berurutan menurut kumulasi (``None`` = tidak dilaporkan), tanpa memeriksa.

    Satu-satunya rumus kumulasi: dipakai antartriwulan (:func:`gabung_triwulan`) dan antartahun
    (:mod:`kinerja.renstra`). ``None`` bila tidak ada nilai yang dilaporkan.

    >>> gabung([Decimal(25), None, Decimal(34)], Kumulasi.RATA_RATA)
    Decimal('29.5')
    """
    # satu lintasan untuk ketiga kumulasi; Σ dimulai dari 0 dalam KONTEKS, sama dengan jumlah()
    banyak = 0
    total = _NOL
    terakhir: Decimal | None = None
    for v in nilai:
        if v is not None:
            banyak += 1
            total = _tambah(total, v)
            terakhir = v
    if terakhir is None:
        return None
    if kumulasi is Kumulasi.KUMULATIF:
        return total
    if kumulasi is Kumulasi.AKHIR:
        return terakhir
    return bagi(total, Decimal(banyak))
