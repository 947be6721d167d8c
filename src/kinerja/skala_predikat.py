"""Skala predikat: deretan pita setengah terbuka berlabel, dan skala bawaan regulasi.

Skala adalah deretan pita setengah terbuka yang berurutan, tanpa celah dan tanpa tumpang
tindih, masing-masing dengan label. Tabel cetak menulis batas bulat ("76–90"); pita setengah
terbuka menghapus celah di 90,5. Aturan memilih pita ada di :mod:`kinerja.predikat`; nama
pendek skala ada di :mod:`kinerja.skala_terdaftar`.

- :data:`SKALA_PERMENDAGRI_86_2017` (evaluasi RKPD/Renja, Permendagri 86/2017):
  ≥ 91 Sangat Tinggi; [76, 91) Tinggi; [66, 76) Sedang; [51, 66) Rendah; < 51 Sangat Rendah.
- :data:`SKALA_LKJ` (batas sama, label LKj kualitatif): Sangat Baik, Baik, Cukup, Kurang,
  Sangat Kurang.
- :data:`SKALA_AKIP` (nilai evaluasi AKIP 0–100, PermenPANRB 88/2021, batas bawah tidak
  termasuk): > 90 AA; (80, 90] A; (70, 80] BB; (60, 70] B; (50, 60] CC; (30, 50] C; [0, 30] D;
  ``keterangan`` pita: Sangat Memuaskan, Memuaskan, … Kurang, Sangat Kurang.
- :data:`SKALA_IKM` (mutu IKM, PermenPANRB 14/2017): A (Sangat Baik) 88,31–100; B (Baik)
  76,61–88,30; C (Kurang Baik) 65,00–76,60; D (Tidak Baik) 25,00–64,99, atas indeks yang
  dibulatkan ke 2 tempat seperti dicetak (``tempat_desimal=2``): 88,305 → 88,31 → A.

>>> [p.label for p in SKALA_LKJ.pita][:2]
['Sangat Kurang', 'Kurang']
>>> SKALA_AKIP.pita[-1].keterangan, SKALA_IKM.pita[-1].keterangan
('Sangat Memuaskan', 'Sangat Baik')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import attrs

from kinerja._isian import teks_tak_kosong, urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.galat import InputTidakSah, SkalaTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "SKALA_AKIP",
    "SKALA_IKM",
    "SKALA_LKJ",
    "SKALA_PERMENDAGRI_86_2017",
    "Pita",
    "SkalaPredikat",
]


def _label(nilai: object) -> str:
    return teks_tak_kosong(nilai, "label", galat=SkalaTidakSah)


def _keterangan(nilai: object) -> str | None:
    return None if nilai is None else teks_tak_kosong(nilai, "keterangan", galat=SkalaTidakSah)


def _tempat_desimal(nilai: object) -> int | None:
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int) or not 0 <= nilai <= 10:
        raise SkalaTidakSah(
            f"'tempat_desimal' harus bilangan bulat 0–10 atau None (diberikan {tampil_aman(nilai)})"
        )
    return nilai


def _batas_bawah(nilai: AngkaMasukan | None) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, "bawah")


def _batas_atas(nilai: AngkaMasukan | None) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, "atas")


@attrs.frozen
class Pita:
    """Satu pita skala: label, batasnya (``None`` = tak terbatas), dan keterangan opsional.

    >>> Pita("Tinggi", 76, 91).memuat(Decimal("90.5"))
    True
    >>> str(Pita("A", 80, 90, termasuk_bawah=False, termasuk_atas=True))
    'A (80, 90]'
    >>> Pita("A", 80, 90, keterangan="Memuaskan").keterangan
    'Memuaskan'
    """

    label: str = attrs.field(converter=_label)
    bawah: Decimal | None = attrs.field(default=None, converter=_batas_bawah)
    atas: Decimal | None = attrs.field(default=None, converter=_batas_atas)
    termasuk_bawah: bool = attrs.field(default=True, kw_only=True)
    termasuk_atas: bool = attrs.field(default=False, kw_only=True)
    keterangan: str | None = attrs.field(default=None, kw_only=True, converter=_keterangan)

    def __attrs_post_init__(self) -> None:
        for nama in ("termasuk_bawah", "termasuk_atas"):
            if not isinstance(getattr(self, nama), bool):
                raise TipeTidakSah(
                    f"'{nama}' harus bool (diberikan {tampil_aman(getattr(self, nama))})"
                )
        if self.bawah is None or self.atas is None:
            return
        kosong = self.bawah > self.atas or (
            self.bawah == self.atas and not (self.termasuk_bawah and self.termasuk_atas)
        )
        if kosong:
            raise SkalaTidakSah(f"pita {tampil_aman(self.label)} kosong: {self._rentang()}")

    def memuat(self, nilai: AngkaMasukan) -> bool:
        """Apakah ``nilai`` jatuh di pita ini."""
        nilai = ke_desimal(nilai, "nilai")
        if self.bawah is not None and (
            nilai < self.bawah or (nilai == self.bawah and not self.termasuk_bawah)
        ):
            return False
        return not (
            self.atas is not None
            and (nilai > self.atas or (nilai == self.atas and not self.termasuk_atas))
        )

    def _kiri(self) -> str:
        if self.bawah is None:
            return "(−∞"
        return ("[" if self.termasuk_bawah else "(") + str(self.bawah)

    def _kanan(self) -> str:
        if self.atas is None:
            return "∞)"
        return str(self.atas) + ("]" if self.termasuk_atas else ")")

    def _rentang(self) -> str:
        return f"{self._kiri()}, {self._kanan()}"

    def __str__(self) -> str:
        return f"{self.label} {self._rentang()}"


def _pita_tuple(nilai: object) -> tuple[Pita, ...]:
    nilai = urutan(nilai, "pita", "Pita")
    for i, p in enumerate(nilai):
        if not isinstance(p, Pita):
            raise TipeTidakSah(f"'pita[{i}]' harus Pita (diberikan {tampil_aman(p)})")
    return tuple(nilai)


@attrs.frozen
class SkalaPredikat:
    """Skala predikat: pita urut naik, bersambung tanpa celah dan tanpa tumpang tindih.

    ``tempat_desimal`` (bawaan ``None``): bila diisi, nilai dibulatkan setengah ke atas ke
    sekian tempat desimal dulu sebelum pitanya dipilih — untuk skala yang diputuskan atas angka
    tercetak, seperti mutu IKM (:data:`SKALA_IKM`).
    """

    nama: str = attrs.field(converter=_label)
    pita: tuple[Pita, ...] = attrs.field(converter=_pita_tuple)
    tempat_desimal: int | None = attrs.field(default=None, kw_only=True, converter=_tempat_desimal)

    def __attrs_post_init__(self) -> None:
        if not self.pita:
            raise SkalaTidakSah(f"skala {tampil_aman(self.nama)} tidak punya pita")
        label = [p.label for p in self.pita]
        if len(set(label)) != len(label):
            raise SkalaTidakSah(
                f"skala {tampil_aman(self.nama)}: label pita harus unik (diberikan {label})"
            )
        for kiri, kanan in zip(self.pita, self.pita[1:], strict=False):
            self._periksa_sambungan(kiri, kanan)
        t = self.tempat_desimal  # batas setepat t tempat: pembulatan tak melewati batas skala
        for b in [x for p in self.pita for x in (p.bawah, p.atas)] if t is not None else ():
            if b is not None and b != round(b, t):
                raise SkalaTidakSah(
                    f"skala {tampil_aman(self.nama)}: batas {b} lebih teliti dari {t} tempat"
                )

    def _periksa_sambungan(self, kiri: Pita, kanan: Pita) -> None:
        awal = (
            f"skala {tampil_aman(self.nama)}, pita {tampil_aman(kiri.label)} "
            f"lalu {tampil_aman(kanan.label)}: "
        )
        if kiri.atas is None or kanan.bawah is None:
            raise SkalaTidakSah(awal + "hanya pita pertama/terakhir yang boleh tak terbatas")
        if kiri.atas < kanan.bawah:
            raise SkalaTidakSah(awal + f"ada celah antara {kiri.atas} dan {kanan.bawah}")
        if kiri.atas > kanan.bawah:
            raise SkalaTidakSah(
                awal + f"tumpang tindih atau tidak urut naik ({kiri.atas} > {kanan.bawah})"
            )
        if kiri.termasuk_atas and kanan.termasuk_bawah:
            raise SkalaTidakSah(awal + f"batas {kiri.atas} termasuk di kedua pita")
        if not kiri.termasuk_atas and not kanan.termasuk_bawah:
            raise SkalaTidakSah(awal + f"batas {kiri.atas} tidak termasuk pita mana pun")

    @property
    def minimum(self) -> Decimal | None:
        """Batas bawah skala (``None`` = tak terbatas)."""
        return self.pita[0].bawah

    @property
    def maksimum(self) -> Decimal | None:
        """Batas atas skala (``None`` = tak terbatas)."""
        return self.pita[-1].atas

    @classmethod
    def dari_ambang(
        cls,
        nama: str,
        ambang: Sequence[AngkaMasukan],
        label: Sequence[str],
        *,
        termasuk: Literal["bawah", "atas"] = "bawah",
        minimum: AngkaMasukan | None = None,
        maksimum: AngkaMasukan | None = None,
        keterangan: Sequence[str] | None = None,
        tempat_desimal: int | None = None,
    ) -> SkalaPredikat:
        """Skala dari ambang urut naik dan label dari pita terendah ke tertinggi.

        ``termasuk="bawah"`` membuat pita ``[a, b)``; ``"atas"`` membuat ``(a, b]``.
        ``minimum``/``maksimum`` (termasuk) membatasi ujung skala. ``keterangan`` (opsional,
        sebanyak label) diberikan ke pita yang sama urutannya; ``tempat_desimal`` lihat
        :class:`SkalaPredikat`.

        >>> s = SkalaPredikat.dari_ambang("Sederhana", [50, 80], ["Kurang", "Cukup", "Baik"])
        >>> [str(p) for p in s.pita]
        ['Kurang (−∞, 50)', 'Cukup [50, 80)', 'Baik [80, ∞)']
        """
        if termasuk not in ("bawah", "atas"):
            raise InputTidakSah(
                f"'termasuk' harus 'bawah' atau 'atas' (diberikan {tampil_aman(termasuk)})"
            )
        urutan(ambang, "ambang", "angka")
        urutan(label, "label", "teks")
        if len(label) != len(ambang) + 1:
            raise SkalaTidakSah(
                f"skala {tampil_aman(nama)}: {len(ambang)} ambang butuh {len(ambang) + 1} label "
                f"(diberikan {len(label)})"
            )
        uraian: Sequence[str | None] = [None] * len(label)
        if keterangan is not None:
            uraian = urutan(keterangan, "keterangan", "teks")
            if len(uraian) != len(label):
                raise SkalaTidakSah(
                    f"skala {tampil_aman(nama)}: {len(label)} label butuh {len(label)} keterangan "
                    f"(diberikan {len(uraian)})"
                )
        batas: list[Decimal | None] = [
            None if minimum is None else ke_desimal(minimum, "minimum"),
            *(ke_desimal(a, f"ambang[{i}]") for i, a in enumerate(ambang)),
            None if maksimum is None else ke_desimal(maksimum, "maksimum"),
        ]
        bawah_termasuk = termasuk == "bawah"
        pita = [
            Pita(
                lb,
                batas[i],
                batas[i + 1],
                termasuk_bawah=bawah_termasuk or i == 0,
                termasuk_atas=not bawah_termasuk or i == len(label) - 1,
                keterangan=uraian[i],
            )
            for i, lb in enumerate(label)
        ]
        return cls(nama, pita, tempat_desimal=tempat_desimal)


# Permendagri 86/2017, lampiran: kriteria penilaian capaian kinerja RKPD/Renja
SKALA_PERMENDAGRI_86_2017 = SkalaPredikat.dari_ambang(
    "Permendagri 86/2017",
    [51, 66, 76, 91],
    ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"],
)
"""Skala evaluasi RKPD/Renja (Permendagri 86/2017)."""

# Batas yang sama dengan Permendagri 86/2017; label kualitatif yang dipakai banyak LKj
SKALA_LKJ = SkalaPredikat.dari_ambang(
    "LKj kualitatif",
    [51, 66, 76, 91],
    ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"],
)
"""Skala LKj kualitatif (mis. Kalaena: 100 → Sangat Baik)."""

_KET_AKIP = "Sangat Kurang|Kurang|Cukup (Memadai)|Baik|Sangat Baik|Memuaskan|Sangat Memuaskan"

# PermenPANRB 88/2021 tentang Evaluasi AKIP: nilai 0–100, batas bawah tidak termasuk
SKALA_AKIP = SkalaPredikat.dari_ambang(
    "AKIP PermenPANRB 88/2021",
    [30, 50, 60, 70, 80, 90],
    ["D", "C", "CC", "B", "BB", "A", "AA"],
    termasuk="atas",
    minimum=0,
    maksimum=100,
    keterangan=_KET_AKIP.split("|"),
)
"""Skala nilai evaluasi AKIP (PermenPANRB 88/2021), 0–100, dengan keterangan tiap predikat."""

# PermenPANRB 14/2017 (Survei Kepuasan Masyarakat): mutu menurut interval konversi IKM 25–100;
# pita [a, b) atas indeks yang dibulatkan ke 2 tempat menutup celah 64,99/65,00, 88,30/88,31 …
SKALA_IKM = SkalaPredikat.dari_ambang(
    "IKM PermenPANRB 14/2017",
    [65, Decimal("76.61"), Decimal("88.31")],
    ["D", "C", "B", "A"],
    minimum=25,
    maksimum=100,
    keterangan=["Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"],
    tempat_desimal=2,
)
"""Mutu pelayanan menurut IKM (PermenPANRB 14/2017), 25–100, diputuskan atas indeks 2 desimal."""
