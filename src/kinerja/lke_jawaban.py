"""Skala jawaban Lembar Kerja Evaluasi (LKE) AKIP: teks jawaban → nilai, dan daftarnya.

Sistem yang dipakai menilai jawaban yang sama dengan skala berbeda (DOMAIN.md §14):

- :data:`JAWABAN_YT_AE` (metode lama, LKE PermenPANRB 12/2015, dipakai banyak pemda dan sistem
  e-SAKIP terbuka): Y = 1, T = 0; A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0. Sumber:
  wp-eval-sakip ``public/class-wp-eval-sakip-public-lke.php`` (pilihan jawaban tipe 1 dan 2).
- :data:`JAWABAN_AA_E` (PermenPANRB 88/2021, persen): AA = 100, A = 90, BB = 80, B = 70, CC = 60,
  C = 50, D = 30, E = 0. Sumber: tabel evaluasi yang terbit (t-SEMAR ``references/``).

Nilai sebuah jawaban dibagi nilai tertinggi skalanya (``maksimum``): jawaban terbaik = bobot
penuh. Pengguna boleh membuat skala sendiri (mis. A/B/C/D = 1/0,66/0,33/0 kke-sakip-trenggalek)
dan mendaftarkannya dengan :func:`daftarkan_skala_jawaban`, seperti skala predikat.

>>> JAWABAN_AA_E.nilai("bb"), JAWABAN_YT_AE.nilai("Y")
(Decimal('80'), Decimal('1'))
>>> sorted(SKALA_JAWABAN)
['aa-e', 'yt-ae']
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from kinerja._isian import saran, seragam, teks_tak_kosong
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import bagi
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "JAWABAN_AA_E",
    "JAWABAN_YT_AE",
    "SKALA_JAWABAN",
    "SkalaJawaban",
    "daftarkan_skala_jawaban",
    "skala_jawaban",
]


def _pilihan(nilai: object) -> Mapping[str, Decimal]:
    if not isinstance(nilai, Mapping) or not nilai:
        raise TipeTidakSah(
            f"'pilihan' harus pemetaan jawaban → nilai yang tidak kosong "
            f"(diberikan {tampil_aman(nilai)})"
        )
    hasil: dict[str, Decimal] = {}
    for kunci, angka in nilai.items():
        teks = teks_tak_kosong(kunci, "pilihan (jawaban)").upper()
        if teks in hasil:
            raise InputTidakSah(
                f"jawaban {tampil_aman(teks)} ganda di 'pilihan' (tanpa beda huruf)"
            )
        x = ke_desimal(angka, f"pilihan[{tampil_aman(teks)}]")
        if x < 0:
            raise InputTidakSah(f"'pilihan[{tampil_aman(teks)}]' harus ≥ 0 (diberikan {x})")
        hasil[teks] = x
    if max(hasil.values()) <= 0:
        raise InputTidakSah("'pilihan' butuh sedikitnya satu jawaban bernilai > 0")
    return MappingProxyType(hasil)


def _nama(x: object) -> str:
    return teks_tak_kosong(x, "nama")


@attrs.frozen
class SkalaJawaban:
    """Skala jawaban kriteria: nama dan pilihan jawaban → nilai (≥ 0).

    Jawaban dibaca tanpa beda huruf dan spasi di tepinya. :meth:`pecahan` adalah nilai dibagi
    nilai tertinggi skala (0–1), dipakai skor sub-komponen dan kerangka logis.
    """

    nama: str = attrs.field(converter=_nama)
    pilihan: Mapping[str, Decimal] = attrs.field(converter=_pilihan, eq=False, hash=False)
    _kunci: tuple[tuple[str, Decimal], ...] = attrs.field(init=False, repr=False)

    @_kunci.default
    def _isi_kunci(self) -> tuple[tuple[str, Decimal], ...]:
        return tuple(self.pilihan.items())

    @property
    def maksimum(self) -> Decimal:
        """Nilai jawaban terbaik (bobot penuh)."""
        return max(self.pilihan.values())

    def nilai(self, jawaban: str) -> Decimal:
        """Nilai sebuah jawaban; jawaban tak dikenal → galat yang menyebut pilihannya."""
        if not isinstance(jawaban, str):
            raise TipeTidakSah(
                f"jawaban harus teks seperti {', '.join(self.pilihan)} "
                f"(diberikan {tampil_aman(jawaban)})"
            )
        kunci = jawaban.strip().upper()
        if kunci not in self.pilihan:
            raise InputTidakSah(
                f"jawaban {tampil_aman(jawaban)} tidak ada di skala {tampil_aman(self.nama)}; "
                "pilihan: "
                f"{', '.join(self.pilihan)}{saran(kunci, self.pilihan)}"
            )
        return self.pilihan[kunci]

    def pecahan(self, jawaban: str) -> Decimal:
        """Nilai jawaban dibagi nilai tertinggi skala: 0–1."""
        return bagi(self.nilai(jawaban), self.maksimum)


def _skala(nama: str, pilihan: Mapping[str, AngkaMasukan]) -> SkalaJawaban:
    return SkalaJawaban(nama, pilihan)


JAWABAN_YT_AE = _skala(
    "Y/T dan A–E (LKE PermenPANRB 12/2015)",
    {"Y": 1, "T": 0, "A": 1, "B": "0,75", "C": "0,5", "D": "0,25", "E": 0},
)
"""Y = 1, T = 0; A = 1, B = 0,75, C = 0,5, D = 0,25, E = 0 (metode lama)."""

JAWABAN_AA_E = _skala(
    "AA–E persen (PermenPANRB 88/2021)",
    {"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0},
)
"""AA = 100, A = 90, BB = 80, B = 70, CC = 60, C = 50, D = 30, E = 0 (persen)."""

_TERDAFTAR: dict[str, SkalaJawaban] = {"yt-ae": JAWABAN_YT_AE, "aa-e": JAWABAN_AA_E}

SKALA_JAWABAN: Mapping[str, SkalaJawaban] = MappingProxyType(_TERDAFTAR)
"""Skala jawaban terdaftar menurut nama pendek (baca-saja; tambah: daftarkan_skala_jawaban)."""


def daftarkan_skala_jawaban(nama: str, skala_baru: SkalaJawaban) -> None:
    """Daftarkan skala jawaban sendiri; nama yang sudah ada (tanpa beda huruf) ditolak."""
    kunci = teks_tak_kosong(nama, "nama")
    if not isinstance(skala_baru, SkalaJawaban):
        raise TipeTidakSah(f"'skala' harus SkalaJawaban (diberikan {tampil_aman(skala_baru)})")
    for ada in _TERDAFTAR:
        if seragam(ada) == seragam(kunci):
            raise InputTidakSah(
                f"skala jawaban {tampil_aman(ada)} sudah terdaftar; pakai nama lain"
            )
    _TERDAFTAR[kunci] = skala_baru


def skala_jawaban(nama: str | SkalaJawaban) -> SkalaJawaban:
    """Skala jawaban menurut nama terdaftar (``"yt-ae"``, ``"AA_E"``…), atau skala itu sendiri.

    >>> skala_jawaban("AA_E") is JAWABAN_AA_E
    True
    """
    if isinstance(nama, SkalaJawaban):
        return nama
    kunci = teks_tak_kosong(nama, "skala")
    for ada, nilai in _TERDAFTAR.items():
        if seragam(ada) == seragam(kunci):
            return nilai
    raise InputTidakSah(
        f"skala jawaban {tampil_aman(kunci)} belum terdaftar; pilihan: "
        f"{', '.join(sorted(_TERDAFTAR))}"
        f"{saran(kunci, _TERDAFTAR)} (skala sendiri: daftarkan_skala_jawaban)"
    )
