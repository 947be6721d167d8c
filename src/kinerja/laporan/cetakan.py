"""Yang dicetak laporan selain angka baris: label periode judul tabel dan rumus tertulis.

- :class:`LabelTercetak` — judul tabel atau keterangan periode sebagaimana tercetak (Klakah
  l. 272–273: "Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III" di laporan TW IV);
- :class:`RumusTercetak` — hitungan yang dicetak laporan: suku-sukunya sebagai ungkapan dan
  hasil yang tercetak (Klakah l. 258–262: "((0 × 12) + (1 × 12) + (1 × 12)) / 3" = "100%").

``periksa`` membandingkan label dengan periode laporan, dan hasil rumus dengan nilai ungkapannya
(:func:`kinerja.ungkapan.hitung_ungkapan`) pada ketelitian cetaknya.

>>> RumusTercetak(tempat="l. 258", ungkapan="(12 + 12 + 12) / (12 × 3) × 100", hasil="100")
RumusTercetak(tempat='l. 258', ungkapan='(12 + 12 + 12) / (12 × 3) × 100', hasil=Decimal('100'))
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja._isian import daftar_jenis, teks
from kinerja.angka import ke_desimal
from kinerja.laporan.tercetak import kunci_tertutup

__all__ = ["LabelTercetak", "RumusTercetak", "daftar_label", "daftar_rumus"]


def _hasil(nilai: object) -> Decimal:
    return ke_desimal(nilai, "hasil")


@kunci_tertutup
@attrs.frozen
class LabelTercetak:
    """Label periode (judul tabel, keterangan) sebagaimana tercetak, dan tempatnya."""

    tempat: str = attrs.field(converter=teks)
    teks: str = attrs.field(converter=teks)


@kunci_tertutup
@attrs.frozen
class RumusTercetak:
    """Rumus yang dicetak laporan: ungkapan suku-sukunya dan hasil yang tercetak."""

    tempat: str = attrs.field(converter=teks)
    ungkapan: str = attrs.field(converter=teks)
    hasil: Decimal = attrs.field(converter=_hasil)


def daftar_label(nilai: object) -> tuple[LabelTercetak, ...]:
    """Pengubah isian ``label_periode`` laporan."""
    return () if nilai is None else daftar_jenis(nilai, "label_periode", LabelTercetak)


def daftar_rumus(nilai: object) -> tuple[RumusTercetak, ...]:
    """Pengubah isian ``rumus`` laporan."""
    return () if nilai is None else daftar_jenis(nilai, "rumus", RumusTercetak)
