"""Judul baris yang tercetak: angka yang berdiri di bawah judul baris lain.

Kalaena (l. 134) mencetak angka sub kegiatan Fasilitasi Penyusunan Peraturan Desa (7, 7, 100)
di bawah judul "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan" — judul baris lain.
Ejaan judul berbeda-beda antartabel ("Laporam", "yng"), maka yang dilaporkan hanya judul yang
*sama persis* (tanpa membedakan huruf besar, spasi dan tanda baca) dengan nama atau judul
tercetak baris lain, dan tidak sama dengan nama atau judul lain baris itu sendiri.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator

__all__ = ["periksa_judul"]

_BUKAN_HURUF = re.compile(r"[\W_]+")


def _baku(teks: str) -> str:
    return _BUKAN_HURUF.sub(" ", teks.casefold()).strip()


def _periksa(
    tabel: str,
    baris: Sequence[tuple[str, tuple[str, ...], tuple[TercetakIndikator | TercetakAnggaran, ...]]],
) -> Iterator[Temuan]:
    """``baris``: (label, nama-nama baris itu, tempat-tempat cetaknya) untuk setiap baris."""
    milik: list[set[str]] = [
        {_baku(n) for n in nama} | {_baku(t.uraian) for t in tempat if t.uraian}
        for _, nama, tempat in baris
    ]
    for i, (label, _, tempat) in enumerate(baris):
        for t in tempat:
            if t.uraian is None:
                continue
            judul = _baku(t.uraian)
            lain = [
                baris[j][0] for j, m in enumerate(milik)
                if j != i and judul in m and judul not in _milik_sendiri(baris[i], t)
            ]  # fmt: skip
            if lain:
                yield Temuan(
                    tabel, label, "uraian", t.uraian, None, None,
                    f"judul baris yang tercetak adalah judul baris lain ({lain[0]!r}): angka di "
                    "baris ini berdiri di bawah judul yang salah", "tidak konsisten",
                    tempat=(t.tempat,) if t.tempat else (),
                )  # fmt: skip


def _milik_sendiri(
    baris: tuple[str, tuple[str, ...], tuple[TercetakIndikator | TercetakAnggaran, ...]],
    kecuali: TercetakIndikator | TercetakAnggaran,
) -> set[str]:
    _, nama, tempat = baris
    return {_baku(n) for n in nama} | {
        _baku(t.uraian) for t in tempat if t.uraian and t is not kecuali
    }


def periksa_judul(laporan: Laporan) -> Iterator[Temuan]:
    """Judul baris tercetak (``uraian`` di angka tercetak) yang milik baris lain."""
    yield from _periksa(
        "capaian kinerja",
        [(i.nama, (i.nama,), (i.tercetak, *i.tercetak_lain)) for i in laporan.indikator],
    )
    yield from _periksa(
        "realisasi keuangan",
        [
            (f"{a.kode} {a.uraian}" if a.kode else a.uraian, (a.uraian,),
             (a.tercetak, *a.tercetak_lain))
            for a in laporan.anggaran
        ],
    )  # fmt: skip
