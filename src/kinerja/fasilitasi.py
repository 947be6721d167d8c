"""Fasilitasi dan koordinasi yang ditindaklanjuti: matriks kegiatan × desa.

Baris adalah kegiatan (aktivitas), kolom adalah desa, sel dicentang bila tindak lanjut
terjadi. *Nilai* setiap baris = jumlah centang / jumlah desa; persentase = rerata nilai baris
× 100, baris tanpa centang dihitung 0.

Klakah 2024: 44 baris, 41 lengkap, satu 11/12, dua kosong → (41 + 11/12) / 44 → 95,27.

>>> desa = ["Klakah", "Mlawang", "Sumberwringin"]
>>> rekap = RekapFasilitasi(desa=desa, centang={
...     "Rakor Forkopimca": [True, True, True],
...     "Monev Dana Desa": [True, True, False],
...     "Pembinaan BPD": [False, False, False],
... })
>>> rekap.persentase
Decimal('55.55555555555555555555555555555556')
>>> rekap.nilai_baris("Monev Dana Desa")
Decimal('0.6666666666666666666666666666666667')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from kinerja._isian import teks_tak_kosong, urutan
from kinerja.angka import ke_desimal
from kinerja.besaran import bagi
from kinerja.galat import DataTidakAda, InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.persen import persen

__all__ = ["RekapFasilitasi"]


def _desa(nilai: object) -> tuple[str, ...]:
    nama = [
        teks_tak_kosong(d, f"desa[{i}]") for i, d in enumerate(urutan(nilai, "desa", "nama desa"))
    ]
    if not nama:
        raise DataTidakAda("'desa' kosong: persentase fasilitasi butuh paling sedikit satu desa")
    kembar = sorted(d for d, n in Counter(nama).items() if n > 1)
    if kembar:
        raise InputTidakSah(
            f"'desa' memuat nama kembar: {', '.join(map(tampil_aman, kembar[:10]))}"
            f"{', …' if len(kembar) > 10 else ''}"
        )
    return tuple(nama)


def _centang(nilai: object) -> Mapping[str, tuple[bool, ...]]:
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            "'centang' harus pemetaan aktivitas → daftar "
            f"centang per desa (diberikan {tampil_aman(nilai)})"
        )
    hasil: dict[str, tuple[bool, ...]] = {}
    for aktivitas, baris in nilai.items():
        teks_tak_kosong(aktivitas, "aktivitas")
        urutan(baris, f"centang[{tampil_aman(aktivitas)}]", "bool per desa")
        for j, sel in enumerate(baris):
            if not isinstance(sel, bool):
                raise TipeTidakSah(
                    f"'centang[{tampil_aman(aktivitas)}][{j}]' harus True/False (diberikan "
                    f"{tampil_aman(sel)})"
                )
        hasil[aktivitas] = tuple(baris)
    if not hasil:
        raise DataTidakAda("'centang' kosong: tidak ada aktivitas untuk dihitung")
    return MappingProxyType(hasil)


def _nilai_tercetak(nilai: object) -> Mapping[str, Decimal]:
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            f"'nilai_tercetak' harus pemetaan kegiatan → nilai (diberikan {tampil_aman(nilai)})"
        )
    hasil: dict[str, Decimal] = {}
    for aktivitas, n in nilai.items():
        if not isinstance(aktivitas, str):
            raise TipeTidakSah(
                f"'nilai_tercetak': kunci harus teks (diberikan {tampil_aman(aktivitas)})"
            )
        hasil[aktivitas] = ke_desimal(n, f"nilai_tercetak[{tampil_aman(aktivitas)}]")
    return MappingProxyType(hasil)


@attrs.frozen
class RekapFasilitasi:
    """Matriks centang aktivitas × desa dan persentase tindak lanjutnya.

    ``nilai_tercetak`` (opsional): nilai baris sebagaimana tercetak di laporan (mis. "0,92"),
    untuk diperiksa terhadap centangnya.
    """

    desa: tuple[str, ...] = attrs.field(converter=_desa)
    centang: Mapping[str, tuple[bool, ...]] = attrs.field(converter=_centang, eq=False)
    nilai_tercetak: Mapping[str, Decimal] = attrs.field(
        factory=dict, converter=_nilai_tercetak, eq=False
    )

    def __attrs_post_init__(self) -> None:
        for aktivitas, baris in self.centang.items():
            if len(baris) != len(self.desa):
                raise InputTidakSah(
                    f"baris {tampil_aman(aktivitas)} punya {len(baris)} centang, padahal ada "
                    f"{len(self.desa)} desa"
                )
        asing = [a for a in self.nilai_tercetak if a not in self.centang]
        if asing:
            raise InputTidakSah(
                "'nilai_tercetak' menyebut kegiatan yang tidak ada di rekap: "
                f"{tampil_aman(asing[0])}"
            )

    def __eq__(self, lain: object) -> bool:
        if not isinstance(lain, RekapFasilitasi):
            return NotImplemented
        return (
            self.desa == lain.desa
            and dict(self.centang) == dict(lain.centang)
            and dict(self.nilai_tercetak) == dict(lain.nilai_tercetak)
        )

    def __hash__(self) -> int:
        return hash((self.desa, tuple(self.centang.items()), tuple(self.nilai_tercetak.items())))

    def nilai_baris(self, aktivitas: str) -> Decimal:
        """Nilai satu baris: centang / jumlah desa (0–1)."""
        if not isinstance(aktivitas, str):
            raise TipeTidakSah(f"'aktivitas' harus teks (diberikan {tampil_aman(aktivitas)})")
        if aktivitas not in self.centang:
            raise InputTidakSah(f"aktivitas {tampil_aman(aktivitas)} tidak ada di rekap")
        baris = self.centang[aktivitas]
        return bagi(Decimal(sum(baris)), Decimal(len(self.desa)))

    @property
    def persentase(self) -> Decimal:
        """Rerata nilai baris × 100 (baris tanpa centang dihitung 0)."""
        # Semua baris berpenyebut sama (jumlah desa), jadi rerata nilai baris × 100
        # = total centang × 100 / (desa × baris): satu pembagian, setepat mungkin.
        total = sum(sum(baris) for baris in self.centang.values())
        return persen(total, len(self.desa) * len(self.centang), nama_keseluruhan="desa × baris")
