"""Badan permintaan HTTP dibaca bertahap dengan batas; yang terlalu besar tidak ditahan di memori.

Badan yang melampaui batas ukuran berkas (:class:`~kinerja.laporan.batas_berkas.BatasBerkas`)
tidak disimpan: sisanya dibaca dan dibuang (sampai :data:`BUANG_MAKSIMUM` bait) agar klien yang
masih mengirim — mis. 40 MB — menerima jawaban 413, bukan sambungan yang diputus.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from kinerja.laporan.evaluasi.berkas import JenisMasukan

__all__ = ["BUANG_MAKSIMUM", "BadanTerlaluBesar", "baca_badan", "jenis_dari_tipe"]

BUANG_MAKSIMUM = 256 * 2**20
"""Paling banyak sekian bait badan yang terlalu besar dibaca-dan-dibuang sebelum sambungan
ditutup (klien yang mengirim lebih dari ini bisa melihat sambungan diputus)."""

_TIPE: dict[str, JenisMasukan] = {
    "application/json": "json",
    "text/json": "json",
    "application/toml": "toml",
    "text/toml": "toml",
    "application/x-toml": "toml",
    "text/csv": "csv",  # survei IKM, jawaban mentah
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}


class BadanTerlaluBesar(Exception):
    """Badan permintaan melampaui batas; ``ukuran`` adalah bait yang terbaca (dan dibuang)."""

    def __init__(self, batas: int, ukuran: int) -> None:
        super().__init__(f"badan permintaan lebih dari batas {batas} bait")
        self.batas = batas
        self.ukuran = ukuran


def jenis_dari_tipe(tipe_isi: str | None) -> JenisMasukan | None:
    """Format laporan dari ``Content-Type`` (``application/json``, ``application/toml`` …).

    >>> jenis_dari_tipe("application/json; charset=utf-8"), jenis_dari_tipe("text/html")
    ('json', None)
    """
    if not tipe_isi:
        return None
    return _TIPE.get(tipe_isi.split(";", 1)[0].strip().lower())


async def baca_badan(
    potongan: AsyncIterator[bytes], batas: int, panjang: str | None = None
) -> bytes:
    """Seluruh badan bila ≤ ``batas`` bait; bila lebih, sisanya dibuang lalu
    :class:`BadanTerlaluBesar`.

    ``panjang`` (kepala ``Content-Length``) yang sudah melebihi batas berarti tidak satu bait pun
    disimpan.
    """
    simpan: list[bytes] = []
    ukuran = 0
    terlalu_besar = panjang is not None and panjang.strip().isdigit() and int(panjang) > batas
    async for bagian in potongan:
        ukuran += len(bagian)
        if terlalu_besar or ukuran > batas:
            simpan.clear()  # tidak ditahan: yang sudah terbaca dilepas
            async for sisa in potongan:
                ukuran += len(sisa)
                if ukuran > BUANG_MAKSIMUM:
                    break
            raise BadanTerlaluBesar(batas, ukuran)
        simpan.append(bagian)
    if terlalu_besar:  # Content-Length lebih besar dari badan yang datang
        raise BadanTerlaluBesar(batas, ukuran)
    return b"".join(simpan)
