"""Perubahan dari satu tahun ke tahun berikutnya: poin, persen, dan arahnya.

Laporan tahunan (LKjIP, PermenPANRB 53/2014) membandingkan realisasi tahun ini dengan tahun-tahun
sebelumnya:

- **poin**: ``baru − lama`` (:func:`selisih_poin`); antisimetris — tukar tahunnya, tandanya
  berbalik.
- **persen**: ``(baru − lama) / |lama| × 100`` (:func:`perubahan`), tidak dibulatkan, bertanda
  sama dengan poinnya. ``lama = 0`` tidak punya perubahan persen:
  :class:`~kinerja.galat.NilaiLamaNol` (tabel menampilkannya "-").
- **arah** (:func:`arah_perubahan`): mengikuti polaritas indikator — untuk indikator positif
  kenaikan *membaik*, untuk indikator negatif penurunan; nilai yang sama *tetap*.

Contoh terhitung (DOMAIN §11): IKM 80,10 → 82,40 → 85,00.

>>> from kinerja import bulatkan
>>> selisih_poin("82,40", "85,00"), bulatkan(perubahan("82,40", "85,00"))
(Decimal('2.60'), Decimal('3.16'))
>>> str(arah_perubahan("9,8", "9,2", Polaritas.NEGATIF))
'membaik'
"""

from __future__ import annotations

import enum
from decimal import Decimal

from kinerja._isian import EnumKinerja
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import kurang
from kinerja.galat import NilaiLamaNol
from kinerja.indikator import Polaritas
from kinerja.persen import persen_hitungan

__all__ = ["ArahPerubahan", "arah_perubahan", "perubahan", "selisih_poin"]


class ArahPerubahan(enum.Enum, metaclass=EnumKinerja):
    """Arah perubahan sebuah indikator dari satu tahun ke tahun berikutnya."""

    MEMBAIK = "membaik"
    MEMBURUK = "memburuk"
    TETAP = "tetap"

    def __str__(self) -> str:
        return self.value


def selisih_poin(lama: AngkaMasukan, baru: AngkaMasukan) -> Decimal:
    """Perubahan dalam poin: ``baru − lama`` (tepat, tidak dibulatkan).

    >>> selisih_poin("9,8", "9,2")
    Decimal('-0.6')
    """
    return kurang(ke_desimal(baru, "baru"), ke_desimal(lama, "lama"))


def perubahan(lama: AngkaMasukan, baru: AngkaMasukan) -> Decimal:
    """Perubahan dalam persen: ``(baru − lama) / |lama| × 100``, tidak dibulatkan.

    ``lama = 0`` tidak punya perubahan persen (bukan 0, bukan tak hingga).

    >>> from kinerja import bulatkan
    >>> bulatkan(perubahan("9,8", "9,2"))
    Decimal('-6.12')
    >>> perubahan(0, 5)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kinerja.galat.NilaiLamaNol: 'lama' bernilai 0: perubahan persen dari 0 tidak terdefinisi ...
    """
    l_ = ke_desimal(lama, "lama")
    b = ke_desimal(baru, "baru")
    if l_ == 0:
        raise NilaiLamaNol(
            f"'lama' bernilai 0: perubahan persen dari 0 tidak terdefinisi "
            f"(diberikan lama {l_}, baru {b})"
        )
    return persen_hitungan(kurang(b, l_), abs(l_), nama_keseluruhan="lama")


def arah_perubahan(
    lama: AngkaMasukan, baru: AngkaMasukan, polaritas: Polaritas | str = Polaritas.POSITIF
) -> ArahPerubahan:
    """*Membaik*, *memburuk* atau *tetap*, menurut polaritas indikator.

    >>> str(arah_perubahan("80,10", "82,40")), str(arah_perubahan(5, 5, "negatif"))
    ('membaik', 'tetap')
    """
    arah = Polaritas.dari(polaritas)
    l_ = ke_desimal(lama, "lama")
    b = ke_desimal(baru, "baru")
    if b == l_:
        return ArahPerubahan.TETAP
    naik = b > l_
    if naik == (arah is Polaritas.POSITIF):
        return ArahPerubahan.MEMBAIK
    return ArahPerubahan.MEMBURUK
