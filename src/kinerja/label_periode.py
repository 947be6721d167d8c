"""Label periode yang tercetak: judul tabel dan keterangan seperti "Triwulan III" atau "TW IV 2024".

Judul tabel laporan menyebut periodenya ("Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III");
judul yang menyebut periode lain adalah salah cetak (Klakah: "Triwulan III" di laporan TW IV).
:func:`baca_label_periode` membaca tahun dan triwulan yang disebut sebuah label; bila label
menyebut beberapa triwulan ("Triwulan I s.d. Triwulan IV"), yang terakhir yang menentukan.

>>> baca_label_periode("Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III")
LabelPeriode(tahun=2024, triwulan=<Triwulan.III: 3>)
>>> baca_label_periode("Realisasi s.d. TW. 4")
LabelPeriode(tahun=None, triwulan=<Triwulan.IV: 4>)
>>> baca_label_periode("Tribulan IV (Januari s.d Desember) Tahun 2024")
LabelPeriode(tahun=2024, triwulan=<Triwulan.IV: 4>)
"""

from __future__ import annotations

import re

import attrs

from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.periode import TAHUN_MAKSIMUM, TAHUN_MINIMUM, Periode, Triwulan

__all__ = ["LabelPeriode", "baca_label_periode", "label_sesuai"]

_TRIWULAN = re.compile(
    r"\b(?:triwulan(?:an)?|tribulan|tw)\s*\.?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE
)
_TAHUN = re.compile(r"\b(\d{4})\b")
_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@attrs.frozen
class LabelPeriode:
    """Tahun dan triwulan yang disebut sebuah label (``None`` bila tidak disebut)."""

    tahun: int | None
    triwulan: Triwulan | None


def baca_label_periode(teks: str) -> LabelPeriode:
    """Tahun dan triwulan yang disebut ``teks``; galat bila tidak menyebut keduanya."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'label' harus teks (diberikan {tampil_aman(teks)})")
    triwulan = _TRIWULAN.findall(teks)
    tahun = [int(t) for t in _TAHUN.findall(teks) if TAHUN_MINIMUM <= int(t) <= TAHUN_MAKSIMUM]
    if not triwulan and not tahun:
        raise InputTidakSah(
            f"label {tampil_aman(teks)} tidak menyebut triwulan (mis. 'Triwulan III', 'TW IV') "
            "maupun tahun"
        )
    tw = None
    if triwulan:
        kode = triwulan[-1].lower()
        tw = Triwulan(_ROMAWI[kode] if kode in _ROMAWI else int(kode))
    return LabelPeriode(tahun[-1] if tahun else None, tw)


def label_sesuai(label: LabelPeriode, periode: Periode) -> bool:
    """Apakah label cocok dengan periode laporan (yang tidak disebut label tidak dibandingkan).

    Laporan tahunan (tanpa triwulan) cocok dengan label "TW IV" (akhir tahunnya).
    """
    if label.tahun is not None and label.tahun != periode.tahun:
        return False
    if label.triwulan is None:
        return True
    return label.triwulan is periode.triwulan_laporan
