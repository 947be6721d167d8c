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
>>> from kinerja import bulatkan
>>> bulatkan(persen("4.453.500", "4.483.500"))
Decimal('99.33')
"""

from __future__ import annotations

from decimal import Decimal

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import bagi, kali
from kinerja.galat import InputTidakSah

__all__ = ["persen", "persen_hitungan"]

_SERATUS = Decimal(100)


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
    return persen_hitungan(b, k, nama_keseluruhan=nama_keseluruhan)


def persen_hitungan(
    bagian: Decimal, keseluruhan: Decimal, *, nama_keseluruhan: str = "keseluruhan"
) -> Decimal:
    """:func:`persen` untuk ``bagian`` yang merupakan hasil hitungan atas masukan yang sudah sah.

    Batas besaran milik masukan (``ke_desimal``), bukan hasil antara: ``2T − R`` dari T dan R
    yang sah boleh melewati 10²⁴ (T = 9,99·10²³, R = 0 → capaian negatif 200). Syarat
    ``keseluruhan > 0`` tetap diperiksa.

    >>> persen_hitungan(Decimal("1.998E+24"), Decimal("9.99E+23"))
    Decimal('200')
    """
    if not keseluruhan > 0:
        raise InputTidakSah(
            f"'{nama_keseluruhan}' harus > 0 untuk menghitung persen (diberikan {keseluruhan})"
        )
    return bagi(kali(bagian, _SERATUS), keseluruhan)
