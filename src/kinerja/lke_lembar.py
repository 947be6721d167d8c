"""Lembar kerja LKE AKIP: komponen → sub-komponen → kriteria, skor, predikat, kerangka logis.

Aturan skornya di :mod:`kinerja.lke`. Setiap komponen, sub-komponen dan kriteria punya kode
(bawaan: nomor komponen ``"1"``, sub-komponen ``"1.a"``, kriteria ``"1.a.2"``; boleh diganti),
yang dipakai aturan kerangka logis untuk menunjuk jawaban.

- :attr:`MetodeLKE.PERMENPANRB_88_2021` (bawaan): satu nilai AA–E per sub-komponen
  (``nilai``; bila kosong dipakai saran dari bagian kriteria terpenuhi), skor = nilai/100 × bobot.
- :attr:`MetodeLKE.RERATA_KRITERIA` (metode lama 12/2015 dengan :data:`JAWABAN_YT_AE`, atau
  varian AA–E per kriteria): skor = rerata jawaban kriteria × bobot.

**Kerangka logis** (wp-eval-sakip ``public/class-wp-eval-sakip-public.php``, tabel
``esakip_kontrol_kerangka_logis``: jenis 1 = rata-rata sub-komponen, jenis 2 = kriteria lain):
nilai sebuah kriteria atau sub-komponen tidak boleh melebihi nilai kriteria lain atau rerata
sub-komponen lain (apa yang tidak ada tidak mungkin bermutu). Pelanggaran adalah temuan
(:meth:`LembarKerja.pelanggaran`), tidak pernah dikoreksi diam-diam. Nilai yang dibandingkan
adalah pecahan 0–1 (nilai jawaban / nilai tertinggi skalanya).

>>> lk = LembarKerja([Komponen("Pengukuran kinerja", [
...     Subkomponen("Keberadaan", 6, nilai="A"),
...     Subkomponen("Kualitas", 9, nilai="BB"),
...     Subkomponen("Pemanfaatan", 15, nilai="B")])])
>>> lk.skor_komponen(lk.komponen[0]), lk.predikat.label
(Decimal('23.1'), 'D')
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs

from kinerja._isian import (
    EnumKinerja,
    daftar_jenis,
    pilihan_enum,
    teks_opsional,
    teks_tak_kosong,
)
from kinerja.angka import jumlah
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.lke import (
    KerangkaLogis,
    PelanggaranKerangkaLogis,
    bobot_positif,
    desimal_pecahan,
    pecahan_rerata,
    saran_dari_bagian,
)
from kinerja.lke_jawaban import JAWABAN_AA_E, JAWABAN_YT_AE, SkalaJawaban, skala_jawaban
from kinerja.predikat import predikat
from kinerja.skala_predikat import SKALA_AKIP, Pita

__all__ = ["Komponen", "Kriteria", "LembarKerja", "MetodeLKE", "Subkomponen"]


class MetodeLKE(enum.Enum, metaclass=EnumKinerja):
    """Cara menghitung skor sub-komponen."""

    PERMENPANRB_88_2021 = "88/2021"
    RERATA_KRITERIA = "rerata"

    @classmethod
    def dari(cls, nilai: object) -> MetodeLKE:
        """Dari anggota atau label (``"88/2021"``, ``"rerata"``)."""
        return pilihan_enum(cls, nilai, "metode")


def _nama(x: object) -> str:
    return teks_tak_kosong(x, "nama")


def _jawaban(x: object) -> str | None:
    return None if x is None else teks_tak_kosong(x, "jawaban").upper()


def _uraian(x: object) -> str:
    return teks_tak_kosong(x, "uraian")


@attrs.frozen
class Kriteria:
    """Satu kriteria: uraian, jawaban (teks skala jawaban; ``None`` = belum dijawab), kode."""

    uraian: str = attrs.field(converter=_uraian)
    jawaban: str | None = attrs.field(default=None, converter=_jawaban)
    kode: str | None = attrs.field(default=None, kw_only=True, converter=teks_opsional)


def _kriteria(x: object) -> tuple[Kriteria, ...]:
    return daftar_jenis(x, "kriteria", Kriteria)


@attrs.frozen
class Subkomponen:
    """Sub-komponen: nama, bobot, kriteria, dan nilai AA–E evaluator (metode 88/2021)."""

    nama: str = attrs.field(converter=_nama)
    bobot: Decimal = attrs.field(converter=bobot_positif)
    kriteria: tuple[Kriteria, ...] = attrs.field(default=(), converter=_kriteria)
    nilai: str | None = attrs.field(default=None, converter=_jawaban)
    kode: str | None = attrs.field(default=None, kw_only=True, converter=teks_opsional)


def _subkomponen(x: object) -> tuple[Subkomponen, ...]:
    daftar = daftar_jenis(x, "subkomponen", Subkomponen)
    if not daftar:
        raise InputTidakSah("'subkomponen' kosong: komponen butuh sedikitnya satu sub-komponen")
    return daftar


@attrs.frozen
class Komponen:
    """Komponen: nama dan sub-komponennya; bobotnya jumlah bobot sub-komponen."""

    nama: str = attrs.field(converter=_nama)
    subkomponen: tuple[Subkomponen, ...] = attrs.field(converter=_subkomponen)
    kode: str | None = attrs.field(default=None, kw_only=True, converter=teks_opsional)

    @property
    def bobot(self) -> Decimal:
        """Jumlah bobot sub-komponen."""
        return jumlah(s.bobot for s in self.subkomponen)


def _komponen(x: object) -> tuple[Komponen, ...]:
    daftar = daftar_jenis(x, "komponen", Komponen)
    if not daftar:
        raise InputTidakSah("'komponen' kosong: lembar kerja butuh sedikitnya satu komponen")
    return daftar


def _aturan(x: object) -> tuple[KerangkaLogis, ...]:
    return daftar_jenis(x, "kerangka_logis", KerangkaLogis)


_T = TypeVar("_T")


def _jenis(nilai: object, jenis: type[_T], nama: str) -> _T:
    if not isinstance(nilai, jenis):
        raise TipeTidakSah(f"'{nama}' harus {jenis.__name__} (diberikan {tampil_aman(nilai)})")
    return nilai


def _huruf(j: int) -> str:
    return chr(ord("a") + j) if j < 26 else f"{j + 1}"


@attrs.frozen
class LembarKerja:
    """Lembar kerja evaluasi AKIP satu OPD: komponen, metode, skala jawaban kriteria, aturan."""

    komponen: tuple[Komponen, ...] = attrs.field(converter=_komponen)
    metode: MetodeLKE = attrs.field(default=MetodeLKE.PERMENPANRB_88_2021, converter=MetodeLKE)
    skala: SkalaJawaban = attrs.field(default=JAWABAN_YT_AE, converter=skala_jawaban)
    kerangka_logis: tuple[KerangkaLogis, ...] = attrs.field(default=(), converter=_aturan)
    _kode: dict[str, Kriteria | Subkomponen] = attrs.field(init=False, eq=False, repr=False)

    @_kode.default
    def _isi_kode(self) -> dict[str, Kriteria | Subkomponen]:
        kode: dict[str, Kriteria | Subkomponen] = {}
        for kk, s, kr in self._telusuri():
            hal: Kriteria | Subkomponen = s if kr is None else kr
            if kk in kode:
                raise InputTidakSah(f"kode {tampil_aman(kk)} ganda di lembar kerja")
            kode[kk] = hal
        return kode

    def __attrs_post_init__(self) -> None:
        for s in (s for k in self.komponen for s in k.subkomponen):
            self._periksa_sub(s)
        for i, a in enumerate(self.kerangka_logis):
            for nama in (a.kode, a.tidak_melebihi):
                if nama not in self._kode:
                    raise InputTidakSah(
                        f"'kerangka_logis[{i}]' menunjuk kode {tampil_aman(nama)} yang tidak ada"
                    )

    def _periksa_sub(self, s: Subkomponen) -> None:
        for k in s.kriteria:
            if k.jawaban is not None:
                self.skala.nilai(k.jawaban)  # jawaban tak dikenal: galat sekarang, bukan nanti
        if self.metode is MetodeLKE.PERMENPANRB_88_2021:
            if s.nilai is not None:
                JAWABAN_AA_E.nilai(s.nilai)
            elif not s.kriteria:
                raise InputTidakSah(
                    f"sub-komponen {tampil_aman(s.nama)}: tanpa 'nilai' AA–E dan kriteria"
                )
        elif not s.kriteria:
            raise InputTidakSah(f"sub-komponen {tampil_aman(s.nama)}: metode rerata butuh kriteria")

    def _telusuri(self) -> Iterator[tuple[str, Subkomponen, Kriteria | None]]:
        for i, k in enumerate(self.komponen, 1):
            for j, s in enumerate(k.subkomponen):
                ks = s.kode or f"{k.kode or i}.{_huruf(j)}"
                yield ks, s, None
                for n, kr in enumerate(s.kriteria, 1):
                    yield kr.kode or f"{ks}.{n}", s, kr

    def kode(self, hal: Kriteria | Subkomponen) -> str:
        """Kode sebuah kriteria atau sub-komponen lembar kerja ini."""
        for kk, nilai in self._kode.items():
            if nilai is hal:
                return kk
        raise InputTidakSah(f"{tampil_aman(hal)} bukan bagian lembar kerja ini")

    def saran(self, s: Subkomponen) -> str | None:
        """Nilai AA–E yang disarankan bagian kriteria terpenuhi (``None`` bila tanpa kriteria).

        Dengan jawaban Y/T bagian itu banyak Y / banyak kriteria; dengan jawaban bertingkat
        (A–E) rerata nilai jawaban / nilai tertinggi skala. Yang belum dijawab = tidak terpenuhi.
        """
        if not _jenis(s, Subkomponen, "subkomponen").kriteria:
            return None
        return saran_dari_bagian(pecahan_rerata([k.jawaban for k in s.kriteria], self.skala))

    def nilai(self, s: Subkomponen) -> str | None:
        """Nilai AA–E sub-komponen yang dipakai (evaluator, atau saran); metode rerata: None."""
        _jenis(s, Subkomponen, "subkomponen")
        if self.metode is not MetodeLKE.PERMENPANRB_88_2021:
            return None
        return s.nilai if s.nilai is not None else self.saran(s)

    def _pecahan(self, s: Subkomponen) -> Fraction:
        nilai = self.nilai(s)
        if nilai is not None:
            return Fraction(JAWABAN_AA_E.pecahan(nilai))
        return pecahan_rerata([k.jawaban for k in s.kriteria], self.skala)

    def skor(self, s: Subkomponen) -> Decimal:
        """Skor sub-komponen, 0–bobot (tidak dibulatkan)."""
        return desimal_pecahan(self._pecahan(s) * Fraction(s.bobot))

    def skor_komponen(self, k: Komponen) -> Decimal:
        """Skor komponen: jumlah skor sub-komponennya."""
        return jumlah(self.skor(s) for s in _jenis(k, Komponen, "komponen").subkomponen)

    @property
    def total(self) -> Decimal:
        """Nilai evaluasi: jumlah skor komponen (0–100 dengan bobot regulasi)."""
        return jumlah(self.skor_komponen(k) for k in self.komponen)

    @property
    def bobot(self) -> Decimal:
        """Jumlah bobot semua komponen (100 dengan bobot regulasi)."""
        return jumlah(k.bobot for k in self.komponen)

    @property
    def predikat(self) -> Pita:
        """Predikat nilai evaluasi pada :data:`~kinerja.skala_predikat.SKALA_AKIP` (AA–D)."""
        return predikat(self.total, SKALA_AKIP)

    def _nilai_kode(self, kode: str) -> Fraction:
        hal = self._kode[kode]
        if isinstance(hal, Subkomponen):
            return self._pecahan(hal)
        if hal.jawaban is None:
            return Fraction(0)
        return Fraction(self.skala.pecahan(hal.jawaban))

    def pelanggaran(self) -> tuple[PelanggaranKerangkaLogis, ...]:
        """Setiap aturan kerangka logis yang dilanggar, urut seperti aturannya."""
        hasil = []
        for a in self.kerangka_logis:
            x, y = self._nilai_kode(a.kode), self._nilai_kode(a.tidak_melebihi)
            if x > y:
                hasil.append(
                    PelanggaranKerangkaLogis(
                        a,
                        self._uraian_kode(a.kode),
                        self._uraian_kode(a.tidak_melebihi),
                        desimal_pecahan(x),
                        desimal_pecahan(y),
                    )
                )
        return tuple(hasil)

    def _uraian_kode(self, kode: str) -> str:
        hal = self._kode[kode]
        return hal.nama if isinstance(hal, Subkomponen) else hal.uraian
