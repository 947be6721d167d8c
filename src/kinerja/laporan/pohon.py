"""Pohon anggaran: baris anggaran disusun menurut kode rekening, dengan jumlah dihitung ulang.

Pagu dan realisasi sebuah program/kegiatan adalah jumlah anak-anaknya. Pohon menyusun baris
bertanda kode menurut :class:`~kinerja.kode_rekening.KodeRekening` (induk = kode satu tingkat
di atasnya yang ada di laporan) dan menghitung ulang jumlah di setiap tingkat, sehingga
selisih antara angka tercetak induk dan jumlah anaknya terlihat (Klakah tabel 3.2.2).

Baris tanpa kode, berkode cacat, atau berkode kembar tidak masuk pohon;
:func:`kinerja.laporan.periksa.periksa` melaporkan kode yang cacat dan yang kembar. Kode dibaca
tanpa memandang huruf besar/kecil dan spasi (``x.xx.01`` = ``X.XX.01``, ``7. 01.01`` =
``7.01.01``), sehingga tabel keuangan, yang memakai pohon ini untuk baris JUMLAH-nya, dan pohon
selalu sepakat tentang siapa anak siapa.

>>> from kinerja.laporan.model import BarisAnggaran
>>> pohon = PohonAnggaran.dari_baris([
...     BarisAnggaran("Program", "100", kode="7.01.01", realisasi_kumulatif="90"),
...     BarisAnggaran("Kegiatan A", "60", kode="7.01.01.2.01", realisasi_kumulatif="60"),
...     BarisAnggaran("Kegiatan B", "40", kode="7.01.01.2.02", realisasi_kumulatif="30"),
... ], Triwulan.IV)
>>> akar = pohon.akar[0]
>>> str(akar.kode), akar.jumlah_pagu_anak, akar.jumlah_realisasi_anak
('7.01.01', Decimal('100'), Decimal('90'))
"""

from __future__ import annotations

import operator
from collections.abc import Container, Iterator, Mapping, Sequence
from decimal import Decimal
from itertools import repeat
from types import MappingProxyType

import attrs

from kinerja._isian import daftar_jenis, urutan
from kinerja.angka import jumlah
from kinerja.galat import InputTidakSah, KodeRekeningSalah, TipeTidakSah, tampil_aman
from kinerja.kode_rekening import KodeRekening
from kinerja.laporan.baris import baku_kode
from kinerja.laporan.model import BarisAnggaran
from kinerja.periode import Triwulan

__all__ = [
    "PohonAnggaran",
    "SimpulAnggaran",
    "indeks_akar",
    "realisasi_per_baris",
]


# nilai anak-anak sebuah simpul tanpa generator Python (simpul induk berkas besar: ribuan anak)
_PAGU_BARIS = operator.attrgetter("baris.pagu")
_REALISASI = operator.attrgetter("realisasi")


@attrs.frozen
class SimpulAnggaran:
    """Satu simpul pohon: baris anggarannya, nilainya s.d. periode, dan anak-anaknya."""

    kode: KodeRekening
    baris: BarisAnggaran
    realisasi: Decimal
    anak: tuple[SimpulAnggaran, ...] = ()

    @property
    def pagu(self) -> Decimal:
        """Pagu sebagaimana tertulis di baris ini."""
        return self.baris.pagu

    @property
    def jumlah_pagu_anak(self) -> Decimal | None:
        """Jumlah pagu anak-anaknya (``None`` bila tidak punya anak)."""
        return jumlah(map(_PAGU_BARIS, self.anak)) if self.anak else None

    @property
    def jumlah_realisasi_anak(self) -> Decimal | None:
        """Jumlah realisasi anak-anaknya (``None`` bila tidak punya anak)."""
        return jumlah(map(_REALISASI, self.anak)) if self.anak else None

    def telusuri(self, kedalaman: int = 0) -> Iterator[tuple[int, SimpulAnggaran]]:
        """Simpul ini lalu keturunannya, urut kode, dengan kedalamannya."""
        yield kedalaman, self
        for a in self.anak:
            yield from a.telusuri(kedalaman + 1)


def _induk_kode_cacat(teks: str, ada: Container[tuple[str, ...]]) -> KodeRekening | None:
    """Leluhur terdekat (segmennya ada di ``ada``) dari kode cacat, lewat awalan segmennya.

    "7.01.02.2.01.02" (sub kegiatan 2 digit) tidak terurai, tetapi awalannya "7.01.02.2.01"
    terurai: bila kode itu ada di laporan, baris cacat itu anaknya (tidak dijumlah dua kali).
    """
    bagian = baku_kode(teks).split(".")
    for n in range(len(bagian) - 1, 0, -1):
        try:
            kode = KodeRekening.parse(".".join(bagian[:n]))
        except KodeRekeningSalah:
            continue
        if kode.segmen in ada:
            return kode
    return None


def _pemetaan_beku(nilai: Mapping[int, int]) -> Mapping[int, int]:
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            f"'indeks_kembar' harus pemetaan nomor baris (diberikan {tampil_aman(nilai)})"
        )
    return MappingProxyType(dict(nilai))


def realisasi_per_baris(
    baris: Sequence[BarisAnggaran], triwulan: Triwulan, realisasi: object = None
) -> Sequence[Decimal]:
    """Realisasi s.d. ``triwulan`` tiap baris: dihitung, atau yang sudah dihitung (diperiksa).

    Pohon dan tabel keuangan memakai nilai yang sama; yang diberikan harus satu ``Decimal`` per
    baris, urut ``baris``.
    """
    if realisasi is None:
        return [b.realisasi_sd(triwulan) for b in baris]
    daftar = urutan(realisasi, "realisasi")
    if len(daftar) != len(baris):
        raise InputTidakSah(
            f"'realisasi' harus satu nilai per baris anggaran ({len(baris)} baris, "
            f"diberikan {len(daftar)})"
        )
    if not all(map(operator.is_, map(type, daftar), repeat(Decimal))):  # satu lintasan di C
        for nilai in daftar:
            if type(nilai) is not Decimal:
                raise TipeTidakSah(
                    f"'realisasi' harus berisi Decimal (diberikan {tampil_aman(nilai)})"
                )
    return daftar


@attrs.frozen
class _Susunan:
    """Siapa anak siapa (nomor baris), tanpa simpul: dasar pohon dan baris JUMLAH tabel.

    Tabel keuangan hanya butuh ``indeks_akar``; pohon membangun simpulnya dari susunan yang
    sama, jadi keduanya selalu sepakat.
    """

    terurai: list[KodeRekening | None]
    anak_dari: dict[int | None, list[int]]
    urut_kode: list[int]  # nomor baris di pohon, urut kode (induk sebelum anaknya)
    indeks_akar: frozenset[int]
    kembar: dict[int, int]

    @classmethod
    def dari(cls, baris: Sequence[BarisAnggaran]) -> _Susunan:
        # kunci: segmen kode (sama dengan kesamaan KodeRekening), nilai: nomor baris pertama
        per_segmen: dict[tuple[str, ...], int] = {}
        kembar: dict[int, int] = {}
        terurai = [b.kode_rekening for b in baris]
        for i, kode in enumerate(terurai):
            if kode is None:
                continue
            pertama = per_segmen.setdefault(kode.segmen, i)
            if pertama != i:
                kembar[i] = pertama
        anak_dari: dict[int | None, list[int]] = {}
        urut_kode: list[int] = []
        cari = per_segmen.get
        # kunci unik: urutan pasangan (segmen, nomor) = urutan segmen
        for segmen, nomor in sorted(per_segmen.items()):
            urut_kode.append(nomor)
            # induk = leluhur terdekat yang ada di laporan (dicari lewat awalan segmen)
            induk: int | None = None
            for n in range(len(segmen) - 1, 0, -1):
                induk = cari(segmen[:n])
                if induk is not None:
                    break
            anak_dari.setdefault(induk, []).append(nomor)
        indeks_akar = set(anak_dari.get(None, []))
        # hanya baris tanpa kode terurai yang mungkin akar di luar pohon
        for i in [i for i, kode in enumerate(terurai) if kode is None]:
            teks = baris[i].kode
            if teks is None or _induk_kode_cacat(teks, per_segmen) is None:
                indeks_akar.add(i)
        return cls(terurai, anak_dari, urut_kode, frozenset(indeks_akar), kembar)


def indeks_akar(baris: Sequence[BarisAnggaran]) -> frozenset[int]:
    """:attr:`PohonAnggaran.indeks_akar` tanpa membangun simpul pohon (untuk tabel keuangan).

    Aturannya sama dengan :meth:`_Susunan.dari` (kesamaannya diuji sebagai properti), tetapi
    tanpa mengurutkan kode dan tanpa menyusun anak tiap simpul: akar adalah baris pertama
    sebuah kode yang tidak satu pun awalan segmennya ada di laporan, baris tanpa kode, dan baris
    berkode cacat tanpa leluhur.
    """
    baris = daftar_jenis(baris, "baris", BarisAnggaran)
    per_segmen: dict[tuple[str, ...], int] = {}
    terurai = [b.kode_rekening for b in baris]
    for i, kode in enumerate(terurai):
        if kode is not None:
            per_segmen.setdefault(kode.segmen, i)
    akar: set[int] = set()
    for segmen, i in per_segmen.items():
        for n in range(len(segmen) - 1, 0, -1):
            if segmen[:n] in per_segmen:
                break
        else:
            akar.add(i)
    for i in [i for i, kode in enumerate(terurai) if kode is None]:
        teks = baris[i].kode
        if teks is None or _induk_kode_cacat(teks, per_segmen) is None:
            akar.add(i)
    return frozenset(akar)


@attrs.frozen
class PohonAnggaran:
    """Hutan simpul anggaran: akar adalah baris yang induknya tidak ada di laporan.

    Satu pohon melayani pohon anggaran *dan* tabel keuangan: ``indeks_akar`` adalah nomor baris
    (dari 0, urut laporan) yang dijumlah di baris JUMLAH tabel — baris tanpa kode, akar pohon,
    dan baris berkode cacat yang tidak punya leluhur di laporan. ``indeks_kembar`` memetakan
    nomor baris berkode kembar ke nomor baris pertama berkode sama: baris kembar tidak masuk
    pohon maupun JUMLAH (``periksa`` melaporkannya).
    """

    akar: tuple[SimpulAnggaran, ...]
    indeks_akar: frozenset[int] = frozenset()
    indeks_kembar: Mapping[int, int] = attrs.field(
        factory=dict, converter=_pemetaan_beku, hash=False
    )

    @classmethod
    def dari_baris(
        cls,
        baris: Sequence[BarisAnggaran],
        triwulan: Triwulan,
        *,
        realisasi: Sequence[Decimal] | None = None,
    ) -> PohonAnggaran:
        """Susun pohon dari baris anggaran (kode kembar: baris pertama yang dipakai).

        ``realisasi`` (realisasi s.d. ``triwulan`` tiap baris, urut ``baris``) boleh diberikan
        bila sudah dihitung, agar tidak dihitung ulang (tabel keuangan memakai nilai yang sama).
        """
        baris = daftar_jenis(baris, "baris", BarisAnggaran)
        nyata = realisasi_per_baris(baris, triwulan, realisasi)
        susunan = _Susunan.dari(baris)
        terurai, anak_dari = susunan.terurai, susunan.anak_dari
        # Dari bawah ke atas, tanpa rekursi: urutan kode terbalik menempatkan setiap anak
        # (kodenya diawali kode induknya) sebelum induknya.
        simpul: dict[int, SimpulAnggaran] = {}
        ambil = simpul.__getitem__
        for i in reversed(susunan.urut_kode):
            kode = terurai[i]
            assert kode is not None  # hanya baris berkode terurai yang masuk per_segmen
            anak = anak_dari.get(i)
            simpul[i] = SimpulAnggaran(
                kode, baris[i], nyata[i], tuple(map(ambil, anak)) if anak else ()
            )
        return cls(
            tuple([simpul[i] for i in anak_dari.get(None, ())]),
            susunan.indeks_akar,
            susunan.kembar,
        )

    def telusuri(self) -> Iterator[tuple[int, SimpulAnggaran]]:
        """Semua simpul, urut kode, dengan kedalamannya."""
        # tumpukan, bukan rekursi generator: berkas besar punya puluhan ribu simpul bertingkat
        tumpukan = [(0, a) for a in reversed(self.akar)]
        while tumpukan:
            kedalaman, simpul = tumpukan.pop()
            yield kedalaman, simpul
            if simpul.anak:
                tumpukan.extend([(kedalaman + 1, a) for a in reversed(simpul.anak)])

    @property
    def jumlah_pagu(self) -> Decimal:
        """Jumlah pagu semua akar (tanpa menghitung dua kali anak-anaknya)."""
        return jumlah(a.pagu for a in self.akar)

    @property
    def jumlah_realisasi(self) -> Decimal:
        """Jumlah realisasi semua akar."""
        return jumlah(a.realisasi for a in self.akar)
