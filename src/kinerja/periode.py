"""Waktu pelaporan: triwulan tahun anggaran dan periode laporan.

Tahun anggaran sama dengan tahun kalender (UU 17/2003 tentang Keuangan Negara, pasal 4).
Triwulan (TW) I–IV adalah Januari–Maret, April–Juni, Juli–September, Oktober–Desember;
"s.d. TW n" berarti dari 1 Januari sampai akhir triwulan n.

>>> Triwulan(4)
<Triwulan.IV: 4>
>>> str(Triwulan.dari("TW II"))
'TW II'
>>> Triwulan.I.akhir(2025)
datetime.date(2025, 3, 31)
>>> str(Periode(2024, Triwulan.I))
'TW I 2024'
"""

from __future__ import annotations

import datetime
import enum

import attrs

from kinerja._isian import EnumKinerja
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = ["TAHUN_MAKSIMUM", "TAHUN_MINIMUM", "Periode", "Triwulan", "ke_tahun"]

TAHUN_MINIMUM = 1945
TAHUN_MAKSIMUM = 2200

_ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


class Triwulan(enum.IntEnum, metaclass=EnumKinerja):
    """Triwulan I–IV; ``Triwulan(1)`` sampai ``Triwulan(4)`` juga bisa."""

    I = 1  # noqa: E741 - angka Romawi adalah nama resmi triwulan
    II = 2
    III = 3
    IV = 4

    def __str__(self) -> str:
        return f"TW {self.name}"

    @classmethod
    def dari(cls, nilai: object) -> Triwulan:
        """Triwulan dari 1–4, "I"–"IV", "TW I" atau "Triwulan IV".

        >>> Triwulan.dari("triwulan iv")
        <Triwulan.IV: 4>
        """
        if isinstance(nilai, Triwulan):
            return nilai
        if isinstance(nilai, int) and not isinstance(nilai, bool):
            if 1 <= nilai <= 4:
                return cls(nilai)
            raise InputTidakSah(f"'triwulan' harus 1–4 (diberikan {tampil_aman(nilai)})")
        if isinstance(nilai, str):
            teks = nilai.strip().upper()
            for awalan in ("TRIWULAN", "TW"):
                if teks.startswith(awalan):
                    teks = teks[len(awalan) :].strip(" .")
                    break
            if teks in _ROMAWI:
                return cls(_ROMAWI[teks])
            if teks in ("1", "2", "3", "4"):
                return cls(int(teks))
            raise InputTidakSah(
                f"'triwulan' harus I–IV atau 1–4, mis. 'TW I' (diberikan {tampil_aman(nilai)})"
            )
        raise TipeTidakSah(
            "'triwulan' harus Triwulan, int 1–4 atau teks "
            f"'I'–'IV' (diberikan {tampil_aman(nilai)})"
        )

    def awal(self, tahun: int) -> datetime.date:
        """Tanggal pertama triwulan ini pada ``tahun``."""
        return datetime.date(ke_tahun(tahun), 3 * self.value - 2, 1)

    def akhir(self, tahun: int) -> datetime.date:
        """Tanggal terakhir triwulan ini pada ``tahun``."""
        th = ke_tahun(tahun)
        if self is Triwulan.IV:
            return datetime.date(th, 12, 31)
        return datetime.date(th, 3 * self.value + 1, 1) - datetime.timedelta(days=1)


def ke_tahun(nilai: object, nama: str = "tahun") -> int:
    """Periksa bahwa ``nilai`` adalah tahun (int) dalam rentang yang masuk akal."""
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(f"'{nama}' harus bilangan bulat (diberikan {tampil_aman(nilai)})")
    if not TAHUN_MINIMUM <= nilai <= TAHUN_MAKSIMUM:
        raise InputTidakSah(
            f"'{nama}' harus antara {TAHUN_MINIMUM} dan "
            f"{TAHUN_MAKSIMUM} (diberikan {tampil_aman(nilai)})"
        )
    return nilai


def _triwulan_opsional(nilai: object) -> Triwulan | None:
    return None if nilai is None else Triwulan.dari(nilai)


@attrs.frozen
class Periode:
    """Periode laporan: satu tahun anggaran, dan triwulan (``None`` = laporan tahunan)."""

    tahun: int = attrs.field(converter=ke_tahun)
    triwulan: Triwulan | None = attrs.field(default=None, converter=_triwulan_opsional)

    def __str__(self) -> str:
        if self.triwulan is None:
            return f"Tahun {self.tahun}"
        return f"{self.triwulan} {self.tahun}"

    @property
    def sebutan(self) -> str:
        """Sebutan periode di judul tabel: "s.d. TW I 2024", atau "Tahun 2024" (laporan tahunan).

        >>> Periode(2024).sebutan, Periode(2024, 4).sebutan
        ('Tahun 2024', 's.d. TW IV 2024')
        """
        return str(self) if self.triwulan is None else f"s.d. {self}"

    @property
    def triwulan_laporan(self) -> Triwulan:
        """Triwulan yang dilaporkan; laporan tahunan dihitung s.d. TW IV."""
        return self.triwulan or Triwulan.IV

    @property
    def awal(self) -> datetime.date:
        """Tanggal awal periode (selalu 1 Januari: laporan bersifat s.d. triwulan)."""
        return datetime.date(self.tahun, 1, 1)

    @property
    def akhir(self) -> datetime.date:
        """Tanggal akhir periode."""
        return self.triwulan_laporan.akhir(self.tahun)
