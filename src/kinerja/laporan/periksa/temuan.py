"""Temuan: satu salah hitung atau ketidakkonsistenan yang dilaporkan ``periksa``."""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja.teks_angka import tulis_angka_tepat

__all__ = ["Temuan", "tampil"]


@attrs.frozen
class Temuan:
    """Satu temuan: di mana, apa yang tercetak, apa kata aturan, selisihnya, dan mengapa."""

    tabel: str
    baris: str
    kolom: str
    tercetak: Decimal | str | None
    dihitung: Decimal | str | None
    selisih: Decimal | None
    alasan: str
    jenis: str = "salah hitung"

    def __str__(self) -> str:
        teks = f"[{self.tabel}] {self.baris} — {self.kolom}: "
        kata = "di laporan" if self.jenis == "tidak konsisten" else "tercetak"
        if self.tercetak is not None:
            teks += f"{kata} {tampil(self.tercetak)}"
            if self.dihitung is not None:
                teks += f", seharusnya {tampil(self.dihitung)}"
            if self.selisih is not None:
                teks += f" (selisih {tampil(self.selisih)})"
            teks += "; "
        return teks + self.alasan


def tampil(nilai: Decimal | str | None) -> str:
    """Nilai untuk pesan temuan: angka dalam notasi Indonesia tanpa pembulatan, teks dikutip."""
    if nilai is None:
        return "-"
    if isinstance(nilai, Decimal):
        return tulis_angka_tepat(nilai)
    return repr(nilai)
