"""Jalur cepat konverter berkas untuk baris anggaran dan nilai triwulan berbentuk lazim.

Berkas anggaran sebuah kabupaten berisi puluhan ribu baris yang hanya memakai kunci ``kode``,
``uraian``, ``pagu``, ``realisasi``/``target`` (per TW) dan ``realisasi_kumulatif``. Kait cattrs
umum membuat setiap baris dua kali: kait isian mengubah nilai berkas, lalu ``__init__`` attrs
menjalankan pengubah setiap isian lagi (juga untuk isian bawaan). Di sini setiap isian yang
ditulis lewat kait cattrs-nya dan pengubah attrs-nya — fungsi yang sama, sekali —, isian yang
tidak ditulis mendapat nilai bawaannya yang sudah diubah (dihitung sekali), lalu
``__attrs_post_init__`` baris berjalan seperti biasa.

Hanya untuk :data:`~kinerja.laporan.konverter.KONVERTER_CEPAT`: baris berbentuk lain (angka
tercetak, riwayat, Renstra, kunci tak dikenal, bukan tabel) lewat kait umum, dan galat apa pun
membuat konverter rinci mengulang seluruh berkas dengan pesannya. Hasilnya sama (``==`` dan
``kode_rekening``) dengan kait umum untuk setiap masukan yang diterimanya, dan yang ditolak kait
umum juga ditolak di sini (uji properti ``tests/test_skala_baris_cepat.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

import attrs
import cattrs

from kinerja.laporan.baris import BarisAnggaran, NilaiTriwulan

__all__ = ["KUNCI_LAZIM_ANGGARAN", "pasang_kait_baris_cepat"]

KUNCI_LAZIM_ANGGARAN = frozenset(
    {"kode", "uraian", "pagu", "target", "realisasi", "realisasi_kumulatif"}
)
"""Kunci baris anggaran yang dibuat jalur cepat; baris dengan kunci lain lewat kait umum."""

_KUNCI_TRIWULAN = frozenset({"tw1", "tw2", "tw3", "tw4"})

_Kait = Callable[[Any, Any], Any]
_TAK_DITULIS = object()


def _pengubah(cl: type, nama: str) -> Callable[[Any], Any]:
    """Pengubah attrs isian ``nama`` (fungsi biasa di kelas baris laporan)."""
    pengubah = attrs.fields_dict(cl)[nama].converter
    if pengubah is None:  # pragma: no cover - setiap isian yang dibuat di sini berpengubah
        raise TypeError(f"{cl.__name__}.{nama} tanpa pengubah attrs")
    return cast(Callable[[Any], Any], pengubah)


def _penyetel(cl: type, nama: str) -> Callable[[object, object], None]:
    """Penyetel slot isian ``nama`` (deskriptor slot: ±2× lebih cepat dari object.__setattr__)."""
    penyetel: Callable[[object, object], None] = cl.__dict__[nama].__set__
    return penyetel


def _bawaan_terubah(
    cl: type, kecuali: frozenset[str]
) -> tuple[tuple[Callable[[object, object], None], object], ...]:
    """(penyetel, pengubah(bawaan)) untuk setiap isian ``init`` di luar ``kecuali``."""
    hasil = []
    for isian in attrs.fields(cl):
        if not isian.init or isian.name in kecuali:
            continue
        bawaan = isian.default
        if isinstance(bawaan, attrs.Factory):  # type: ignore[arg-type]
            bawaan = bawaan.factory()
        hasil.append((_penyetel(cl, isian.name), _pengubah(cl, isian.name)(bawaan)))
    return tuple(hasil)


def _kait_triwulan(konverter: cattrs.Converter) -> _Kait:
    umum: _Kait = konverter.get_structure_hook(NilaiTriwulan)
    angka: _Kait = konverter.get_structure_hook(Decimal)
    pengubah = _pengubah(NilaiTriwulan, "tw1")  # angka_opsional, sama untuk tw1–tw4
    setel = tuple((n, _penyetel(NilaiTriwulan, n)) for n in ("tw1", "tw2", "tw3", "tw4"))

    def struktur(o: Any, jenis: Any) -> NilaiTriwulan:
        if type(o) is not dict or not o.keys() <= _KUNCI_TRIWULAN:
            return umum(o, jenis)  # type: ignore[no-any-return]
        nilai = object.__new__(NilaiTriwulan)
        for n, setel_n in setel:
            v = o.get(n)
            setel_n(nilai, None if v is None else pengubah(angka(v, Decimal)))
        nilai.__attrs_post_init__()
        return nilai

    return struktur


def _kait_anggaran(konverter: cattrs.Converter, triwulan: _Kait) -> _Kait:
    umum: _Kait = konverter.get_structure_hook(BarisAnggaran)
    kait_teks: _Kait = konverter.get_structure_hook(str)
    angka: _Kait = konverter.get_structure_hook(Decimal)
    ubah_uraian, ubah_pagu, ubah_kode, ubah_target, ubah_realisasi, ubah_kumulatif = (
        _pengubah(BarisAnggaran, nama)
        for nama in ("uraian", "pagu", "kode", "target", "realisasi", "realisasi_kumulatif")
    )
    sisa = _bawaan_terubah(BarisAnggaran, KUNCI_LAZIM_ANGGARAN)
    bawaan_kode, bawaan_tw, bawaan_kumulatif = (
        ubah_kode(None), ubah_target(None), ubah_kumulatif(None)
    )  # fmt: skip
    uraian, pagu, kode, target, realisasi, kumulatif = (
        _penyetel(BarisAnggaran, nama)
        for nama in ("uraian", "pagu", "kode", "target", "realisasi", "realisasi_kumulatif")
    )

    def struktur(o: Any, jenis: Any) -> BarisAnggaran:
        if type(o) is not dict or not o.keys() <= KUNCI_LAZIM_ANGGARAN:
            return umum(o, jenis)  # type: ignore[no-any-return]
        # o["uraian"], o["pagu"]: kunci wajib yang tidak ada → KeyError, seperti kait umum
        baris = object.__new__(BarisAnggaran)
        uraian(baris, ubah_uraian(kait_teks(o["uraian"], str)))
        pagu(baris, ubah_pagu(angka(o["pagu"], Decimal)))
        v = o.get("kode")
        kode(baris, bawaan_kode if v is None else ubah_kode(kait_teks(v, str)))
        # target/realisasi yang ditulis kosong (null) ditolak kait triwulan, seperti kait umum
        v = o.get("target", _TAK_DITULIS)
        target(baris, bawaan_tw if v is _TAK_DITULIS else ubah_target(triwulan(v, None)))
        v = o.get("realisasi", _TAK_DITULIS)
        realisasi(baris, bawaan_tw if v is _TAK_DITULIS else ubah_realisasi(triwulan(v, None)))
        v = o.get("realisasi_kumulatif")
        kumulatif(baris, bawaan_kumulatif if v is None else ubah_kumulatif(angka(v, Decimal)))
        for setel, nilai in sisa:
            setel(baris, nilai)
        baris.__attrs_post_init__()
        return baris

    return struktur


def pasang_kait_baris_cepat(konverter: cattrs.Converter) -> None:
    """Pasang kait jalur cepat baris anggaran dan nilai triwulan (konverter tanpa validasi rinci,
    sesudah semua kait lain)."""
    triwulan = _kait_triwulan(konverter)
    anggaran = _kait_anggaran(konverter, triwulan)
    konverter.register_structure_hook(NilaiTriwulan, triwulan)
    konverter.register_structure_hook(BarisAnggaran, anggaran)
