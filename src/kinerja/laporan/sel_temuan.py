"""Sel tabel yang dimaksud sebuah temuan ``periksa``: tabel (id), nomor baris, kunci kolom.

Temuan menyebut tabel, baris dan kolom dengan kata-kata laporan ("realisasi keuangan",
"7.01.01 PROGRAM …", "capaian keuangan"); halaman dan program butuh selnya di JSON v1 untuk
menyorot angka yang dimaksud. Baris dicari menurut labelnya (nama indikator; kode dan uraian
anggaran); yang tidak punya sel di tabel (mis. rencana aksi) mendapat ``None``. Bila dua baris
berlabel sama, baris pertama yang dipakai.

>>> from kinerja.laporan.contoh import muat_contoh
>>> from kinerja.laporan.periksa import periksa
>>> from kinerja.laporan.tabel import hitung
>>> lap = muat_contoh("kalaena-2024-tw1")
>>> sajian = hitung(lap).sajian()
>>> [cari_sel(t, sajian) for t in periksa(lap)][-1]
{'tabel': 'keuangan', 'baris': 0, 'kunci': 'capaian'}
"""

from __future__ import annotations

from collections.abc import Sequence

from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.sajian import KodePohon, Sajian

__all__ = ["cari_sel"]

_TABEL = {
    "capaian kinerja": "capaian",
    "realisasi keuangan": "keuangan",
    "cost per outcome": "cost_per_outcome",
    "pohon anggaran": "pohon",
    "ringkasan": "ringkasan",
}
# kolom temuan yang kuncinya bukan sekadar kata-katanya dengan '_'
_KUNCI = {
    ("capaian", "realisasi per triwulan"): "realisasi",
    ("keuangan", "capaian keuangan"): "capaian",
    ("keuangan", "realisasi kumulatif"): "realisasi",
}
# angka ringkasan yang ada di baris JUMLAH tabel keuangan
_JUMLAH = {
    "jumlah pagu": "pagu",
    "jumlah target keuangan": "target",
    "jumlah realisasi": "realisasi",
    "jumlah sisa": "sisa",
}


def _kunci(kolom: str) -> str:
    return kolom.replace("-", "_").replace(" ", "_")


def _label(s: Sajian, isi: tuple[object, ...]) -> str | None:
    nilai = {k.kunci: v for k, v in zip(s.kolom, isi, strict=True)}
    if "indikator" in nilai:
        return str(nilai["indikator"])
    kode = nilai.get("kode")
    if isinstance(kode, KodePohon):
        kode = kode.kode
    uraian = nilai.get("uraian")
    if not isinstance(uraian, str):
        return None
    return f"{kode} {uraian}" if kode else uraian


def _cari(s: Sajian, baris: int, kunci: str) -> dict[str, object] | None:
    if kunci not in {k.kunci for k in s.kolom}:
        return None
    return {"tabel": s.id, "baris": baris, "kunci": kunci}


def cari_sel(t: Temuan, sajian: Sequence[Sajian]) -> dict[str, object] | None:
    """Sel ``{"tabel": id, "baris": nomor (dari 0), "kunci": kunci kolom}`` temuan ``t``."""
    per_id = {s.id: s for s in sajian}
    id_ = _TABEL.get(t.tabel)
    if id_ == "ringkasan" and t.kolom in _JUMLAH:
        keuangan = per_id.get("keuangan")
        if keuangan is None or not keuangan.baris:
            return None
        return _cari(keuangan, len(keuangan.baris) - 1, _JUMLAH[t.kolom])
    s = per_id.get(id_) if id_ else None
    if s is None:
        return None
    kunci = _KUNCI.get((s.id, t.kolom), _kunci(t.kolom))
    if s.id_baris:
        if kunci not in s.id_baris:
            return None
        return _cari(s, s.id_baris.index(kunci), s.kolom[-1].kunci)
    for i, isi in enumerate(s.baris):
        if _label(s, isi) == t.baris:
            return _cari(s, i, kunci)
    return None
