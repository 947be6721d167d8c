"""Judul baris yang tercetak: angka yang berdiri di bawah judul baris lain.

Kalaena (l. 134) mencetak angka sub kegiatan Fasilitasi Penyusunan Peraturan Desa (7, 7, 100)
di bawah judul "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan" — judul baris lain.
Judul sebuah baris adalah namanya dan, untuk indikator, uraian baris anggaran yang dikaitkan
dengannya (sub kegiatannya). Ejaan dan urutan kata judul berbeda-beda antartabel ("Laporam",
"Koordinasi Pimpinan di" / "Koordinasi di Pimpinan"), maka judul dibandingkan sebagai himpunan
kata (indeks Jaccard): judul tercetak dilaporkan bila hampir sama (≥ 0,8) dengan judul baris
lain dan lebih mirip judul itu daripada judul barisnya sendiri.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator

__all__ = ["periksa_judul"]

_KATA = re.compile(r"\w+")
AMBANG = Fraction(4, 5)
"""Kemiripan kata (Jaccard) minimum agar judul tercetak dianggap judul baris lain."""

Tempat = TercetakIndikator | TercetakAnggaran


def _kata(teks: str) -> frozenset[str]:
    return frozenset(_KATA.findall(teks.casefold()))


def _mirip(a: frozenset[str], judul: Sequence[frozenset[str]]) -> Fraction:
    return max((Fraction(len(a & b), len(a | b)) for b in judul if a | b), default=Fraction(0))


def _periksa(
    tabel: str, baris: Sequence[tuple[str, tuple[str, ...], tuple[Tempat, ...]]]
) -> Iterator[Temuan]:
    """``baris``: (label, judul-judul baris itu, tempat-tempat cetaknya) untuk setiap baris."""
    if not any(t.uraian is not None for _, _, tempat in baris for t in tempat):
        return  # tidak ada judul tercetak (berkas anggaran besar): tidak ada yang dibandingkan
    judul = [[_kata(j) for j in js] for _, js, _ in baris]
    for i, (label, _, tempat) in enumerate(baris):
        for t in tempat:
            if t.uraian is None:
                continue
            kata = _kata(t.uraian)
            sendiri = _mirip(kata, judul[i])
            lain = [(_mirip(kata, js), j) for j, js in enumerate(judul) if j != i]
            skor, j = max(lain, default=(Fraction(0), -1))
            if skor >= AMBANG and skor > sendiri:
                yield Temuan(
                    tabel, label, "uraian", t.uraian, baris[i][1][-1], None,
                    f"judul baris yang tercetak adalah judul baris lain ({baris[j][0]!r}): angka "
                    "di baris ini berdiri di bawah judul yang salah", "judul baris",
                    tempat=(t.tempat,) if t.tempat else (),
                )  # fmt: skip


def periksa_judul(laporan: Laporan) -> Iterator[Temuan]:
    """Judul baris tercetak (``uraian`` di angka tercetak) yang milik baris lain."""
    anggaran = {a.uraian: a for a in laporan.anggaran} | {
        a.kode: a for a in laporan.anggaran if a.kode
    }
    yield from _periksa(
        "capaian kinerja",
        [
            (i.nama, (i.nama, *(anggaran[r].uraian for r in i.anggaran if r in anggaran)),
             (i.tercetak, *i.tercetak_lain))
            for i in laporan.indikator
        ],
    )  # fmt: skip
    yield from _periksa(
        "realisasi keuangan",
        [
            (f"{a.kode} {a.uraian}" if a.kode else a.uraian, (a.uraian,),
             (a.tercetak, *a.tercetak_lain))
            for a in laporan.anggaran
        ],
    )  # fmt: skip
