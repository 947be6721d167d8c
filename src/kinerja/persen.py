"""Persen: satu-satunya tempat ``bagian × 100 / keseluruhan`` dihitung.

Capaian positif (R / T × 100), serapan (realisasi / pagu × 100), capaian agregat
(Σ R / Σ T × 100), realisasi berpenyebut (3 dari 12 Desa), persentase dokumen desa dan
persentase fasilitasi semuanya persen dari sesuatu. Aturan-aturan itu memeriksa syarat
masing-masing (target 0 → :class:`~kinerja.galat.TargetNol`, pagu 0 →
:class:`~kinerja.galat.PaguNol`, realisasi di atas pagu, …) lalu memanggil :func:`persen`, yang
sendiri pun menolak keseluruhan yang tidak positif: tidak ada pembagian yang lolos tanpa
diperiksa.

>>> persen(3, 12)
Decimal('25')
>>> from kinerja.angka import bulatkan
>>> bulatkan(persen("4.453.500", "4.483.500"))
Decimal('99.33')
"""

from __future__ import annotations

from decimal import Decimal

from kinerja.angka import KONTEKS, AngkaMasukan, ke_desimal
from kinerja.galat import InputTidakSah

__all__ = ["bagi", "persen"]

_SERATUS = Decimal(100)
_NOL = Decimal(0)


def bagi(pembilang: Decimal, penyebut: Decimal) -> Decimal:
    """Pembagian dalam konteks pustaka; nol berpangkat positif menjadi ``Decimal(0)``.

    ``0 / (1/3)`` dalam Decimal adalah ``0E+34``: nilainya nol, tetapi pangkatnya di luar
    batas masukan, sehingga hasil pustaka tidak bisa dipakai lagi sebagai masukannya.

    >>> bagi(Decimal(0), Decimal(1) / Decimal(3))
    Decimal('0')
    """
    hasil = KONTEKS.divide(pembilang, penyebut)
    return _NOL if not hasil and hasil.adjusted() > 0 else hasil


def persen(
    bagian: AngkaMasukan,
    keseluruhan: AngkaMasukan,
    *,
    nama_bagian: str = "bagian",
    nama_keseluruhan: str = "keseluruhan",
) -> Decimal:
    """``bagian × 100 / keseluruhan``, tepat dalam presisi 34 digit, tidak dibulatkan.

    ``keseluruhan`` harus > 0 (0 tidak punya persen; negatif tidak bermakna). ``bagian`` boleh
    negatif atau melebihi keseluruhan: batasannya milik aturan pemanggil (mis. serapan).
    ``nama_bagian`` dan ``nama_keseluruhan`` dipakai di pesan galat.

    >>> persen(0, 0)
    Traceback (most recent call last):
    ...
    kinerja.galat.InputTidakSah: 'keseluruhan' harus > 0 untuk menghitung persen (diberikan 0)
    """
    b = ke_desimal(bagian, nama_bagian)
    k = ke_desimal(keseluruhan, nama_keseluruhan)
    if not k > 0:
        raise InputTidakSah(
            f"'{nama_keseluruhan}' harus > 0 untuk menghitung persen (diberikan {k})"
        )
    return bagi(KONTEKS.multiply(b, _SERATUS), k)
