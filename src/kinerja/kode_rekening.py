"""Kode rekening program/kegiatan/sub kegiatan (Kepmendagri 050-5889/2021).

``7.01.01.2.01.0001`` = urusan ``7``, bidang ``01``, program ``01``, kegiatan ``2.01``, sub
kegiatan ``0001``. Urusan dan bidang boleh ``X``/``XX`` (program penunjang yang berlaku untuk
semua urusan). Kode yang cacat dilaporkan, tidak ditebak: ``7.01.02.2.01.02`` (sub kegiatan
2 digit, tercetak di LKj Klakah 2024) ditolak.

>>> kode = KodeRekening.parse("7.01.01.2.01.0001")
>>> kode.tingkat
<TingkatKode.SUB_KEGIATAN: 5>
>>> str(kode.induk)
'7.01.01.2.01'
>>> [str(k) for k in kode.leluhur()]
['7', '7.01', '7.01.01', '7.01.01.2.01']
"""

from __future__ import annotations

import enum
import re

import attrs

from kinerja._isian import EnumKinerja, urutan
from kinerja.galat import KodeRekeningSalah, TipeTidakSah, tampil_aman

__all__ = ["KodeRekening", "TingkatKode", "urai_baku"]


class TingkatKode(enum.IntEnum, metaclass=EnumKinerja):
    """Tingkat dalam nomenklatur, dari urusan (paling atas) sampai sub kegiatan."""

    URUSAN = 1
    BIDANG = 2
    PROGRAM = 3
    KEGIATAN = 4
    SUB_KEGIATAN = 5

    def __str__(self) -> str:
        return self.name.replace("_", " ").lower()


# Pola tiap segmen menurut tingkat: urusan 1 karakter, bidang 2, program 2,
# kegiatan "d.dd" (dua segmen bertitik), sub kegiatan 4 digit.
_POLA_SEGMEN: tuple[tuple[str, str, str], ...] = (
    ("urusan", r"[0-9X]", "1 digit atau X"),
    ("bidang", r"[0-9]{2}|XX", "2 digit atau XX"),
    ("program", r"[0-9]{2}", "2 digit"),
    ("kegiatan", r"[0-9]\.[0-9]{2}", "1 digit, titik, 2 digit (mis. 2.01)"),
    ("sub kegiatan", r"[0-9]{4}", "4 digit"),
)
_POLA_TERKOMPILASI = tuple(re.compile(pola) for _, pola, _ in _POLA_SEGMEN)
# Kode sah lengkap, tingkat 1–5: pola segmen di atas, disambung titik, dari urusan ke bawah;
# satu grup per segmen (grup yang cocok terakhir = tingkat kode), jadi segmennya langsung terbaca.
_KODE_SAH = re.compile(
    r"({})(?:\.({})(?:\.({})(?:\.({})(?:\.({}))?)?)?)?".format(
        *(pola for _, pola, _ in _POLA_SEGMEN)
    )
)
_PANJANG_MAKSIMUM = 40


def _pisah(teks: str) -> tuple[str, ...]:
    """Pisahkan kode menjadi segmen per tingkat (kegiatan tetap satu segmen 'd.dd')."""
    bagian = teks.split(".")
    if len(bagian) <= 3:
        return tuple(bagian)
    return (*bagian[:3], ".".join(bagian[3:5]), *bagian[5:])


def _tuple_segmen(nilai: object) -> tuple[str, ...]:
    if isinstance(nilai, str):  # teks kode utuh: arahkan ke pengurainya
        raise TipeTidakSah(
            f"'segmen' harus tuple teks; untuk teks kode pakai KodeRekening.parse "
            f"(diberikan {tampil_aman(nilai)})"
        )
    return tuple(urutan(nilai, "segmen", "teks segmen"))


@attrs.frozen(order=True)
class KodeRekening:
    """Kode rekening sebagai segmen per tingkat; ``str()`` mengembalikan kodenya."""

    segmen: tuple[str, ...] = attrs.field(converter=_tuple_segmen)
    _teks: str | None = attrs.field(
        default=None, kw_only=True, eq=False, order=False, repr=False, alias="teks"
    )

    def __attrs_post_init__(self) -> None:
        if not 1 <= len(self.segmen) <= len(_POLA_SEGMEN):
            raise KodeRekeningSalah(
                f"kode rekening {tampil_aman(self._teks_galat())}: jumlah tingkat harus 1–5"
            )
        for nilai, (nama, _, uraian), pola in zip(
            self.segmen, _POLA_SEGMEN, _POLA_TERKOMPILASI, strict=False
        ):
            if not isinstance(nilai, str) or not pola.fullmatch(nilai):
                raise KodeRekeningSalah(
                    f"kode rekening {tampil_aman(self._teks_galat())}: segmen "
                    f"{nama} {tampil_aman(nilai)} harus {uraian}"
                )

    def _teks_galat(self) -> str:
        """Kode sebagaimana diberikan, untuk pesan galat (disusun hanya bila ada galat)."""
        return self._teks if self._teks is not None else ".".join(map(str, self.segmen))

    @classmethod
    def parse(cls, teks: str) -> KodeRekening:
        """Baca kode seperti ``"7.01.01.2.01.0001"``; kode cacat → galat yang menyebut segmennya.

        >>> KodeRekening.parse("7.01.02.2.01.02")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kinerja.galat.KodeRekeningSalah: kode rekening '7.01.02.2.01.02': segmen sub ... '02' ...
        """
        if type(teks) is str:
            cocok = _KODE_SAH.fullmatch(teks.strip().upper())
            if cocok is not None:
                # Jalur cepat (tabel ribuan baris): teks yang cocok dengan pola lengkap — pola
                # segmen yang sama, disambung titik — pasti lolos setiap pemeriksaan di bawah
                # (panjang, jumlah segmen, pola tiap segmen); segmennya adalah grup yang cocok.
                # Teks lain (termasuk semua yang ditolak) lewat jalur umum dengan pesannya.
                return cls._sudah_sah(cocok.groups()[: cocok.lastindex], teks)
        elif not isinstance(teks, str):
            raise TipeTidakSah(f"kode rekening harus teks (diberikan {tampil_aman(teks)})")
        bersih = teks.strip().upper()
        if not bersih or len(bersih) > _PANJANG_MAKSIMUM:
            raise KodeRekeningSalah(
                f"kode rekening {tampil_aman(teks)} kosong atau terlalu panjang"
            )
        bagian = bersih.split(".")
        if len(bagian) == 4 or len(bagian) > 6:
            raise KodeRekeningSalah(
                f"kode rekening {tampil_aman(teks)}: jumlah segmen {len(bagian)} tidak sesuai "
                "nomenklatur "
                "(urusan.bidang.program.kegiatan(2 segmen).sub kegiatan: 1, 2, 3, 5 atau 6 segmen)"
            )
        return cls(_pisah(bersih), teks=teks)

    @classmethod
    def _sudah_sah(cls, segmen: tuple[str, ...], teks: str) -> KodeRekening:
        """Kode dari segmen yang sudah dicocokkan dengan :data:`_KODE_SAH` (tanpa periksa ulang)."""
        kode = object.__new__(cls)
        _SETEL_SEGMEN(kode, segmen)  # deskriptor slot: tanpa object.__setattr__ (baris berkas)
        _SETEL_TEKS(kode, teks)
        return kode

    @property
    def tingkat(self) -> TingkatKode:
        """Tingkat kode: urusan, bidang, program, kegiatan, atau sub kegiatan."""
        return TingkatKode(len(self.segmen))

    @property
    def induk(self) -> KodeRekening | None:
        """Kode satu tingkat di atasnya (``None`` untuk urusan)."""
        return KodeRekening(self.segmen[:-1]) if len(self.segmen) > 1 else None

    def leluhur(self) -> tuple[KodeRekening, ...]:
        """Semua kode di atasnya, dari urusan ke induk langsung."""
        return tuple(KodeRekening(self.segmen[:i]) for i in range(1, len(self.segmen)))

    def adalah_turunan_dari(self, lain: KodeRekening) -> bool:
        """Apakah kode ini berada di bawah ``lain`` (bukan dirinya sendiri)."""
        if not isinstance(lain, KodeRekening):
            raise TipeTidakSah(f"'lain' harus KodeRekening (diberikan {tampil_aman(lain)})")
        n = len(lain.segmen)
        return n < len(self.segmen) and self.segmen[:n] == lain.segmen

    def __str__(self) -> str:
        return ".".join(self.segmen)


_SETEL_SEGMEN = KodeRekening.__dict__["segmen"].__set__
_SETEL_TEKS = KodeRekening.__dict__["_teks"].__set__


def urai_baku(teks: str) -> KodeRekening | None:
    """Kode dari teks baku (tanpa spasi, huruf besar), atau ``None`` bila cacat.

    Untuk baris berkas (puluhan ribu kode): sama dengan ``KodeRekening.parse(teks)`` dengan
    ``KodeRekeningSalah`` menjadi ``None``, tanpa merapikan teks yang sudah baku.

    >>> urai_baku("7.01.01.2.01.0001").tingkat, urai_baku("7.01.02.2.01.02")
    (<TingkatKode.SUB_KEGIATAN: 5>, None)
    """
    cocok = _KODE_SAH.fullmatch(teks)
    if cocok is None:  # jalur umum memutuskan (teks baku yang cacat: galat → None)
        try:
            return KodeRekening.parse(teks)
        except KodeRekeningSalah:
            return None
    kode = object.__new__(KodeRekening)
    _SETEL_SEGMEN(kode, cocok.groups()[: cocok.lastindex])
    _SETEL_TEKS(kode, teks)
    return kode
