"""Temuan: satu salah hitung atau ketidakkonsistenan yang dilaporkan ``periksa``."""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja.teks_angka import tulis_angka_tepat

__all__ = ["Temuan", "bernomor", "tampil"]


@attrs.frozen
class Temuan:
    """Satu temuan: di mana, apa yang tercetak, apa kata aturan, selisihnya, dan mengapa.

    ``tempat``: tempat-tempat (tabel dan baris laporan) yang mencetak angka ``tercetak`` itu,
    bila berkas menyebutnya; ``sebaran``: pasangan (tempat, angka) untuk tempat lain yang
    mencetak angka yang sama dengan nilai *berbeda* — satu temuan menyebut setiap tempat dan
    nilainya. ``akibat``: temuan yang mengikuti dari angka yang diperselisihkan ini (mis.
    capaian yang benar bila target tercetak yang dipakai) — satu salah cetak, satu temuan.
    """

    tabel: str
    baris: str
    kolom: str
    tercetak: Decimal | str | None
    dihitung: Decimal | str | None
    selisih: Decimal | None
    alasan: str
    jenis: str = "salah hitung"
    tempat: tuple[str, ...] = ()
    sebaran: tuple[tuple[str, Decimal | str], ...] = ()
    akibat: tuple[Temuan, ...] = ()

    def __str__(self) -> str:
        teks = f"[{self.tabel}] {self.baris} — {self.kolom}: "
        kata = "di laporan" if self.jenis == "tidak konsisten" else "tercetak"
        if self.tercetak is not None:
            teks += f"{kata} {tampil(self.tercetak)}"
            if self.tempat:
                teks += f" di {'; '.join(self.tempat)}"
            # laporan yang mencetak nilai aturan itu sendiri di tempat lain tidak salah hitung
            # melainkan tidak konsisten: kedua angka disebut, tanpa memilih "seharusnya"
            dicetak_lain = any(nilai == self.dihitung for _, nilai in self.sebaran)
            if self.dihitung is not None and not dicetak_lain:
                teks += f", seharusnya {tampil(self.dihitung)}"
                if self.selisih is not None:
                    teks += f" (selisih {tampil(self.selisih)})"
            teks += "; "
        if self.sebaran:
            teks += (
                "tempat lain mencetak "
                + "; ".join(f"{tampil(nilai)} di {tempat}" for tempat, nilai in self.sebaran)
                + "; "
            )
        return teks + self.alasan

    @property
    def jumlah(self) -> int:
        """Jumlah temuan termasuk akibat-akibatnya."""
        return 1 + sum(a.jumlah for a in self.akibat)


def tampil(nilai: Decimal | str | None) -> str:
    """Nilai untuk pesan temuan: angka dalam notasi Indonesia tanpa pembulatan, teks dikutip."""
    if nilai is None:
        return "-"
    if isinstance(nilai, Decimal):
        return tulis_angka_tepat(nilai)
    return repr(nilai)


def bernomor(temuan: list[Temuan]) -> list[tuple[str, Temuan]]:
    """Temuan dan akibatnya dalam satu daftar bernomor: 1, 1a, 1b, 2, … (teks, CSV, Excel)."""
    hasil: list[tuple[str, Temuan]] = []
    for i, t in enumerate(temuan, 1):
        hasil.append((str(i), t))
        hasil += [(f"{i}{chr(ord('a') + j)}", a) for j, a in enumerate(t.akibat)]
    return hasil
