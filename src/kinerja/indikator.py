"""Apa yang diukur: indikator kinerja, target dan realisasinya.

Indikator punya satuan (Dokumen, Desa, Laporan, %, bulan, Rupiah, …), polaritas (makin tinggi
makin baik, atau sebaliknya) dan jenis kumulasi triwulan. Target bisa berupa satu nilai atau
rentang (``Target.rentang(80, 90)``). Realisasi bisa membawa penyebut (``dari``) agar
"3 Desa dari 12" dapat dibandingkan dengan target dalam persen.

Angka boleh ``Decimal``, ``int`` atau teks bernotasi Indonesia ("1.500" = 1500,
"95,27" = 95.27); ``float`` ditolak.

>>> Target("95,45", satuan="%")
Target(nilai=Decimal('95.45'), satuan='%', atas=None)
>>> Target.rentang(60, 75).adalah_rentang
True
>>> Realisasi(3, satuan="Desa", dari=12).sebagai_persen()
Decimal('25')
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from kinerja._isian import EnumKinerja, pilihan_enum, teks_tak_kosong, urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.galat import InputTidakSah, SatuanTidakCocok, TipeTidakSah, tampil_aman
from kinerja.persen import persen

__all__ = ["Indikator", "Kumulasi", "Polaritas", "Realisasi", "Target", "sama_satuan"]


class Polaritas(enum.Enum, metaclass=EnumKinerja):
    """Arah baik sebuah indikator."""

    POSITIF = "positif"
    """Makin tinggi makin baik (bawaan)."""
    NEGATIF = "negatif"
    """Makin rendah makin baik: angka kemiskinan, lama penyelesaian, jumlah aduan."""

    def __str__(self) -> str:
        return self.value

    @classmethod
    def dari(cls, nilai: object) -> Polaritas:
        """Polaritas dari enum-nya atau teks "positif"/"negatif" (tanpa beda huruf).

        >>> Polaritas.dari(" Negatif ")
        <Polaritas.NEGATIF: 'negatif'>
        """
        return pilihan_enum(cls, nilai, "polaritas")


class Kumulasi(enum.Enum, metaclass=EnumKinerja):
    """Cara nilai triwulan v₁…v₄ menjadi nilai "s.d. TW n"."""

    KUMULATIF = "kumulatif"
    """Jumlah v₁ + … + vₙ (hitungan, uang)."""
    AKHIR = "akhir"
    """Nilai terakhir yang dilaporkan (posisi: persentase desa, indeks)."""
    RATA_RATA = "rata-rata"
    """Rata-rata nilai yang dilaporkan."""

    def __str__(self) -> str:
        return self.value

    @classmethod
    def dari(cls, nilai: object) -> Kumulasi:
        """Kumulasi dari enum-nya atau teks "kumulatif"/"akhir"/"rata-rata" (tanpa beda huruf;
        "rata_rata" dan "rata rata" juga).

        >>> Kumulasi.dari("RATA_RATA")
        <Kumulasi.RATA_RATA: 'rata-rata'>
        """
        return pilihan_enum(cls, nilai, "kumulasi")


def _satuan(nilai: str | None) -> str | None:
    if nilai is None:
        return None
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"'satuan' harus teks (diberikan {tampil_aman(nilai)})")
    teks = " ".join(nilai.split())
    return teks or None


def sama_satuan(a: str | None, b: str | None) -> bool:
    """Dua satuan sama bila tidak peka huruf besar/kecil dan spasi; ``None`` cocok dengan apa saja.

    >>> sama_satuan("Dokumen", "dokumen"), sama_satuan("%", "Desa"), sama_satuan(None, "Desa")
    (True, False, True)
    """
    if a is None or b is None:
        return True
    return a.casefold() == b.casefold()


def _nilai_target(nilai: AngkaMasukan) -> Decimal:
    return ke_desimal(nilai, "target")


def _nilai_realisasi(nilai: AngkaMasukan) -> Decimal:
    return ke_desimal(nilai, "realisasi")


def _atas_opsional(nilai: AngkaMasukan | None) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, "atas")


@attrs.frozen
class Target:
    """Target sebuah indikator: satu nilai, atau rentang ``[nilai, atas]``.

    >>> Target.rentang("10", "12", satuan="hari")
    Target(nilai=Decimal('10'), satuan='hari', atas=Decimal('12'))
    """

    nilai: Decimal = attrs.field(converter=_nilai_target)
    satuan: str | None = attrs.field(default=None, converter=_satuan)
    atas: Decimal | None = attrs.field(default=None, kw_only=True, converter=_atas_opsional)

    def __attrs_post_init__(self) -> None:
        if self.atas is not None and not self.atas > self.nilai:
            raise InputTidakSah(
                f"rentang target: batas atas harus > batas bawah (diberikan {self.nilai} "
                f"sampai {self.atas})"
            )

    @classmethod
    def rentang(
        cls, bawah: AngkaMasukan, atas: AngkaMasukan, *, satuan: str | None = None
    ) -> Target:
        """Target rentang, mis. 80–90."""
        return cls(bawah, satuan, atas=atas)

    @property
    def adalah_rentang(self) -> bool:
        """``True`` bila target berupa rentang."""
        return self.atas is not None

    @property
    def bawah(self) -> Decimal:
        """Batas bawah (untuk target tunggal: nilainya)."""
        return self.nilai

    @property
    def batas_atas(self) -> Decimal:
        """Batas atas (untuk target tunggal: nilainya)."""
        return self.nilai if self.atas is None else self.atas

    def __str__(self) -> str:
        nilai = f"{self.nilai}–{self.atas}" if self.atas is not None else f"{self.nilai}"
        return f"{nilai} {self.satuan}" if self.satuan else nilai


def _dari_opsional(nilai: AngkaMasukan | None) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, "dari")


@attrs.frozen
class Realisasi:
    """Nilai yang benar-benar dicapai; ``dari`` = penyebut (mis. 3 Desa dari 12 Desa)."""

    nilai: Decimal = attrs.field(converter=_nilai_realisasi)
    satuan: str | None = attrs.field(default=None, converter=_satuan)
    dari: Decimal | None = attrs.field(default=None, kw_only=True, converter=_dari_opsional)

    def __attrs_post_init__(self) -> None:
        if self.dari is not None and self.dari <= 0:
            raise InputTidakSah(f"'dari' (penyebut) harus > 0 (diberikan {tampil_aman(self.dari)})")

    def sebagai_persen(self) -> Decimal:
        """Realisasi sebagai persen dari penyebutnya: ``nilai / dari × 100``."""
        if self.dari is None:
            raise InputTidakSah(
                f"realisasi {self.nilai} {self.satuan or ''} tidak bisa dijadikan persen tanpa "
                "penyebut: isi 'dari' (mis. 3 Desa dari 12)".replace("  ", " ")
            )
        return persen(self.nilai, self.dari, nama_bagian="nilai", nama_keseluruhan="dari")


def _target_opsional(nilai: object) -> Target | None:
    if nilai is None or isinstance(nilai, Target):
        return nilai
    return Target(ke_desimal(nilai, "target"))


def _target_triwulan(nilai: object) -> tuple[Target | None, ...]:
    nilai = urutan(nilai, "target_triwulan", "4 target TW I–IV")
    if len(nilai) != 4:
        raise InputTidakSah(
            f"'target_triwulan' harus berisi tepat 4 nilai TW I–IV (diberikan {len(nilai)})"
        )
    return tuple(_target_opsional(v) for v in nilai)


def _polaritas(nilai: Polaritas | str) -> Polaritas:
    return Polaritas.dari(nilai)  # fungsi bernama: pengubah attrs yang dipahami mypy


def _kumulasi(nilai: Kumulasi | str) -> Kumulasi:
    return Kumulasi.dari(nilai)


def _nama(nilai: object) -> str:
    return teks_tak_kosong(nilai, "nama")


@attrs.frozen
class Indikator:
    """Indikator kinerja dengan target tahunan dan target per triwulan (Rencana Aksi).

    >>> ind = Indikator("Jumlah Dokumen Forum Koordinasi", "Dokumen",
    ...                 target_tahunan=12, target_triwulan=[3, 3, 3, 3])
    >>> ind.kumulasi, ind.polaritas
    (<Kumulasi.KUMULATIF: 'kumulatif'>, <Polaritas.POSITIF: 'positif'>)
    """

    nama: str = attrs.field(converter=_nama)
    satuan: str | None = attrs.field(default=None, converter=_satuan)
    polaritas: Polaritas = attrs.field(
        default=Polaritas.POSITIF, kw_only=True, converter=_polaritas
    )
    kumulasi: Kumulasi = attrs.field(default=Kumulasi.KUMULATIF, kw_only=True, converter=_kumulasi)
    target_tahunan: Target | None = attrs.field(
        default=None, kw_only=True, converter=_target_opsional
    )
    target_triwulan: tuple[Target | None, ...] = attrs.field(
        default=(None, None, None, None), kw_only=True, converter=_target_triwulan
    )

    def __attrs_post_init__(self) -> None:
        semua = [("target_tahunan", self.target_tahunan)] + [
            (f"target_triwulan[{i}]", t) for i, t in enumerate(self.target_triwulan)
        ]
        for nama, target in semua:
            if target is not None and not sama_satuan(target.satuan, self.satuan):
                raise SatuanTidakCocok(
                    f"indikator {tampil_aman(self.nama)}: satuan '{nama}' "
                    f"({tampil_aman(target.satuan)}) berbeda dari "
                    f"satuan indikator ({tampil_aman(self.satuan)})"
                )
