"""Anggaran: pagu, realisasi, sisa, serapan, dan efisiensi.

- ``sisa = pagu − realisasi``; ``serapan = realisasi / pagu × 100``.
  Klakah 2024 program 7.01.01: 1.692.625.798 / 1.780.578.508 → 95,06; sisa 87.952.710.
  Kalaena TW I 2024: 4.453.500 / 4.483.500 → 99,33 (tercetak 99,22: salah hitung).
- Realisasi di atas pagu bukan keadaan APBD yang sah:
  :class:`~kinerja.galat.AnggaranMelebihiPagu`.
- Pagu 0 tidak punya serapan (0/0 bukan 0%): :class:`~kinerja.galat.PaguNol`; tabel
  menampilkannya sebagai "-".
- Serapan total beberapa baris: Σ realisasi / Σ pagu × 100, hanya bila setiap baris sah
  (:func:`serapan_total`): baris di atas pagu atau negatif tidak diam-diam ikut dijumlah.
- Efisiensi = capaian kinerja − serapan anggaran, dalam poin persen. Positif berarti hasil
  dicapai dengan uang lebih sedikit dari rencana.

>>> from kinerja import bulatkan
>>> a = Anggaran(pagu="1.780.578.508", realisasi="1.692.625.798")
>>> a.sisa
Decimal('87952710')
>>> bulatkan(a.serapan)
Decimal('95.06')
>>> bulatkan(efisiensi(100, a.serapan))
Decimal('4.94')
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, DecimalException

import attrs

from kinerja._isian import urutan
from kinerja.angka import AngkaMasukan, jumlah, ke_desimal
from kinerja.besaran import kurang, persen_teruji
from kinerja.galat import AnggaranMelebihiPagu, InputTidakSah, PaguNol, TipeTidakSah, tampil_aman
from kinerja.persen import persen_hitungan

__all__ = ["Anggaran", "efisiensi", "serapan", "serapan_total"]

_NOL = Decimal(0)


def _uang(nilai: object, nama: str) -> Decimal:
    x = ke_desimal(nilai, nama)
    if x < 0:
        raise InputTidakSah(f"'{nama}' harus >= 0 (diberikan {tampil_aman(x)})")
    return x


def _pagu(nilai: AngkaMasukan) -> Decimal:
    return _uang(nilai, "pagu")


def _realisasi(nilai: AngkaMasukan) -> Decimal:
    return _uang(nilai, "realisasi")


def _periksa_pagu(pagu: Decimal, realisasi: Decimal) -> None:
    if realisasi > pagu:
        raise AnggaranMelebihiPagu(
            f"'realisasi' ({realisasi}) melebihi 'pagu' ({pagu}): bukan keadaan APBD yang sah"
        )


def serapan(pagu: AngkaMasukan, realisasi: AngkaMasukan) -> Decimal:
    """Serapan anggaran dalam persen: ``realisasi / pagu × 100`` (tidak dibulatkan).

    >>> from kinerja import bulatkan
    >>> bulatkan(serapan("4.483.500", "4.453.500"))
    Decimal('99.33')
    """
    if type(pagu) is Decimal and type(realisasi) is Decimal:
        # Jalur singkat untuk dua Decimal biasa (tabel keuangan: satu per baris): pemeriksaan
        # yang sama dengan jalur umum (uji_besaran lolos → periksa_besaran lolos, objek yang
        # sama), lalu rumus yang sama (persen_hitungan). Apa pun yang tidak lolos (NaN, tak
        # hingga, di luar besaran, negatif, di atas pagu, pagu 0) jatuh ke jalur umum, yang
        # melempar galatnya.
        try:
            if pagu.is_finite() and realisasi.is_finite() and _NOL <= realisasi <= pagu and pagu:
                # rumus persen_hitungan (pagu > 0 sudah diperiksa), satu panggilan
                return persen_teruji(realisasi, pagu)
        except DecimalException:
            pass
    return _serapan_umum(pagu, realisasi)


def _serapan_umum(pagu: AngkaMasukan, realisasi: AngkaMasukan) -> Decimal:
    """Jalur umum :func:`serapan`: setiap masukan lewat ``ke_desimal`` dan syaratnya."""
    p = _uang(pagu, "pagu")
    r = _uang(realisasi, "realisasi")
    _periksa_pagu(p, r)
    if p == 0:
        raise PaguNol("'pagu' 0: serapan tidak terdefinisi (0/0 bukan 0%)")
    # p dan r sudah lewat ke_desimal: persen() hanya akan memeriksanya ulang
    return persen_hitungan(r, p, nama_keseluruhan="pagu")


def serapan_total(anggaran: Iterable[Anggaran]) -> Decimal:
    """Serapan beberapa baris anggaran: Σ realisasi / Σ pagu × 100 (tidak dibulatkan).

    Setiap baris adalah :class:`Anggaran` yang sudah diperiksa (realisasi >= 0, tidak melebihi
    pagu); baris berpagu 0 dan realisasi 0 sah dan tidak menambah apa pun. Σ pagu 0 →
    :class:`~kinerja.galat.PaguNol`.

    >>> from kinerja import bulatkan
    >>> bulatkan(serapan_total([Anggaran("4.483.500", "4.453.500"), Anggaran(0, 0)]))
    Decimal('99.33')
    """
    daftar = urutan(anggaran, "anggaran", "Anggaran", sekali_jalan=True)
    for i, a in enumerate(daftar):
        if not isinstance(a, Anggaran):
            raise TipeTidakSah(f"'anggaran[{i}]' harus Anggaran (diberikan {tampil_aman(a)})")
    sah = [a for a in daftar if isinstance(a, Anggaran)]
    return serapan(jumlah(a.pagu for a in sah), jumlah(a.realisasi for a in sah))


def efisiensi(capaian_kinerja: AngkaMasukan, serapan_anggaran: AngkaMasukan) -> Decimal:
    """Efisiensi dalam poin persen: capaian kinerja − serapan anggaran.

    >>> efisiensi(6, 9)
    Decimal('-3')
    """
    c = ke_desimal(capaian_kinerja, "capaian_kinerja")
    s = ke_desimal(serapan_anggaran, "serapan_anggaran")
    return kurang(c, s)


@attrs.frozen
class Anggaran:
    """Anggaran sebuah kegiatan: pagu (setelah perubahan, bila ada) dan realisasinya."""

    pagu: Decimal = attrs.field(converter=_pagu)
    realisasi: Decimal = attrs.field(default=Decimal(0), converter=_realisasi)

    def __attrs_post_init__(self) -> None:
        _periksa_pagu(self.pagu, self.realisasi)

    @property
    def sisa(self) -> Decimal:
        """Sisa anggaran: pagu − realisasi."""
        return kurang(self.pagu, self.realisasi)

    @property
    def serapan(self) -> Decimal:
        """Serapan dalam persen; pagu 0 → :class:`~kinerja.galat.PaguNol`."""
        return serapan(self.pagu, self.realisasi)
