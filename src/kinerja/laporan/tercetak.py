"""Angka sebagaimana tercetak di laporan, per jenis baris, untuk diperiksa ``periksa``.

- :class:`TercetakIndikator` — baris indikator (capaian kinerja, cost per outcome);
- :class:`TercetakAnggaran` — baris anggaran (realisasi keuangan);
- :class:`TercetakRingkasan` — ringkasan laporan (rata-rata, agregat, jumlah).

``uraian`` (opsional) adalah judul baris sebagaimana tercetak di tempat itu: judul yang sebenarnya
milik baris lain dilaporkan. ``tempat`` (opsional) menyebut di mana angka itu tercetak (tabel
dan baris, mis. ``"Bab III, tabel capaian (l. 95)"``). Angka yang tercetak di beberapa tempat
ditulis sekali per tempat (``tercetak_lain`` di baris dan laporan, lihat :func:`daftar_tempat`);
``periksa`` memeriksa setiap tempat dan membandingkan tempat-tempat itu satu sama lain.

Setiap kunci diperiksa terhadap satu angka yang dinamainya; kunci lain ditolak
(:func:`kunci_tertutup`) dengan daftar kunci yang diizinkan — angka tercetak tidak pernah
diterima lalu diabaikan diam-diam.

>>> TercetakAnggaran(capaian=100)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kinerja.galat.InputTidakSah: kunci tidak dikenal di TercetakAnggaran: capaian; yang diizinkan: ...
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from kinerja._isian import angka_opsional, teks_opsional
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = [
    "KUNCI_TEKS_ANGGARAN",
    "KUNCI_TEKS_INDIKATOR",
    "TercetakAnggaran",
    "TercetakIndikator",
    "TercetakRingkasan",
    "daftar_tempat",
    "kunci_tertutup",
    "tolak_kunci_asing",
]


KUNCI_TEKS_INDIKATOR = tuple(
    f"{isian}.tw{i}" for isian in ("target", "realisasi") for i in (1, 2, 3, 4)
)
"""Isian yang boleh diberi teks tercetak di baris indikator (nilai per triwulan)."""

KUNCI_TEKS_ANGGARAN = ("pagu", "target", "realisasi", "sisa")
"""Isian yang boleh diberi teks tercetak di baris anggaran."""


def _teks_tercetak(nilai: object, diizinkan: tuple[str, ...], jenis: str) -> Mapping[str, str]:
    if nilai is None:
        return MappingProxyType({})
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            f"'teks' harus pemetaan isian → teks tercetak (diberikan {tampil_aman(nilai)})"
        )
    for k, v in nilai.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise TipeTidakSah(
                f"'teks' harus berisi teks → teks (diberikan {tampil_aman(k)}: {tampil_aman(v)})"
            )
    asing = sorted(set(nilai) - set(diizinkan))
    if asing:
        raise InputTidakSah(
            f"kunci tidak dikenal di {jenis}.teks: {', '.join(asing)}; yang diizinkan: "
            f"{', '.join(diizinkan)}"
        )
    return MappingProxyType(dict(nilai))


def _teks_indikator(nilai: object) -> Mapping[str, str]:
    return _teks_tercetak(nilai, KUNCI_TEKS_INDIKATOR, "TercetakIndikator")


def _teks_anggaran(nilai: object) -> Mapping[str, str]:
    return _teks_tercetak(nilai, KUNCI_TEKS_ANGGARAN, "TercetakAnggaran")


def tolak_kunci_asing(jenis: type, isian: Mapping[str, object]) -> None:
    """Tolak kunci yang bukan isian ``jenis`` (kelas attrs), dengan daftar kunci yang diizinkan.

    Angka tercetak yang tidak diperiksa tidak boleh diterima diam-diam: kuncinya ditolak.
    """
    diizinkan = [f.name for f in attrs.fields(jenis)]
    asing = sorted(set(isian) - set(diizinkan))
    if asing:
        raise InputTidakSah(
            f"kunci tidak dikenal di {jenis.__name__}: {', '.join(asing)}; yang diizinkan: "
            f"{', '.join(diizinkan)}"
        )


_T = TypeVar("_T")


def kunci_tertutup(jenis: type[_T]) -> type[_T]:
    """Dekorator kelas attrs: kunci asing → :class:`~kinerja.galat.InputTidakSah` yang menyebut
    kunci yang diizinkan (bukan ``TypeError`` Python tanpa daftar itu)."""
    asli = jenis.__init__

    @functools.wraps(asli)
    def __init__(self: _T, *args: Any, **isian: Any) -> None:
        tolak_kunci_asing(jenis, isian)
        asli(self, *args, **isian)

    jenis.__init__ = __init__  # type: ignore[assignment]
    return jenis


@kunci_tertutup
@attrs.frozen
class TercetakIndikator:
    """Angka baris indikator sebagaimana tercetak di laporan, untuk diperiksa; semua opsional.

    ``target``, ``realisasi``, ``capaian``, ``predikat``, ``target_tahunan`` (tabel capaian
    kinerja, Perjanjian Kinerja) dan ``pagu``,
    ``realisasi_anggaran``, ``serapan``, ``efisiensi`` (tabel cost per outcome / efisiensi,
    dari baris anggaran yang dikaitkan lewat ``anggaran`` indikator). Kunci lain ditolak.

    ``teks`` memetakan nilai per triwulan (``"realisasi.tw4"``, ``"target.tw1"``, …) ke teks
    tercetak yang menyimpang dari notasi Indonesia (mis. ``{"realisasi.tw4": "29.63"}``): nilai
    isian itu sendiri ditulis benar, teksnya disimpan agar salah tulisnya terlaporkan.
    """

    target: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    realisasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    predikat: str | None = attrs.field(default=None, converter=teks_opsional)
    pagu: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    realisasi_anggaran: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    serapan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    efisiensi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    teks: Mapping[str, str] = attrs.field(factory=dict, converter=_teks_indikator, hash=False)
    tempat: str | None = attrs.field(default=None, converter=teks_opsional)
    target_tahunan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    uraian: str | None = attrs.field(default=None, converter=teks_opsional)


@kunci_tertutup
@attrs.frozen
class TercetakAnggaran:
    """Angka baris anggaran sebagaimana tercetak di laporan, untuk diperiksa; semua opsional.

    ``target`` (target keuangan s.d. TW), ``realisasi``, ``capaian_keuangan``, ``serapan``,
    ``sisa``, ``pagu``. Kunci lain (mis. ``capaian``, ``predikat``, ``efisiensi``, milik baris
    indikator) ditolak. ``teks`` memetakan ``pagu``, ``target``, ``realisasi`` atau ``sisa`` ke teks
    tercetak yang menyimpang dari notasi Indonesia (mis. ``{"realisasi": "1,361,248,977"}``).
    """

    target: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    realisasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian_keuangan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    serapan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    sisa: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    teks: Mapping[str, str] = attrs.field(factory=dict, converter=_teks_anggaran, hash=False)
    tempat: str | None = attrs.field(default=None, converter=teks_opsional)
    pagu: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    uraian: str | None = attrs.field(default=None, converter=teks_opsional)


@kunci_tertutup
@attrs.frozen
class TercetakRingkasan:
    """Angka ringkasan sebagaimana tercetak (rata-rata, agregat, jumlah), untuk diperiksa.

    Setiap kunci dibandingkan dengan *satu* angka yang dinamainya (DOMAIN.md §3): laporan menyebut
    rerata baris dan agregat sama-sama "rata-rata", maka berkas laporan menyatakan yang mana.
    ``rata_rata_capaian_kinerja``/``rata_rata_capaian_keuangan`` adalah rerata capaian baris
    (Σ cᵢ / n); ``capaian_kinerja_agregat``/``capaian_keuangan_agregat`` adalah Σ R / Σ T × 100
    (Kalaena "Rata-rata Capaian Kinerja 46%" di tabel keuangan adalah agregat 46,14). Kunci lain
    ditolak.
    """

    rata_rata_capaian_kinerja: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian_kinerja_agregat: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    rata_rata_capaian_keuangan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    capaian_keuangan_agregat: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_pagu: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_target_keuangan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_realisasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    jumlah_sisa: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    serapan_total: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    persentase_fasilitasi: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    persentase_dokumen_desa: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tempat: str | None = attrs.field(default=None, converter=teks_opsional)


_T2 = TypeVar("_T2", TercetakIndikator, TercetakAnggaran, TercetakRingkasan)


def daftar_tempat(nilai: object, jenis: type[_T2], nama: str = "tercetak_lain") -> tuple[_T2, ...]:
    """Pengubah ``tercetak_lain``: angka yang tercetak di tempat lain, masing-masing ber-``tempat``.

    Setiap tempat wajib menyebut ``tempat`` dan tempat tidak boleh tertulis dua kali — tanpa itu
    temuan tidak dapat menunjuk angka mana yang dimaksud.
    """
    if nilai is None or nilai == ():  # jalur terbanyak: tanpa tempat lain
        return ()
    if isinstance(nilai, (str, bytes, Mapping)) or not isinstance(nilai, (list, tuple)):
        raise TipeTidakSah(
            f"{nama!r} harus daftar tabel angka tercetak (diberikan {tampil_aman(nilai)})"
        )
    hasil: list[_T2] = []
    dilihat: set[str] = set()
    for i, isi in enumerate(nilai):
        if isinstance(isi, Mapping):
            isi = jenis(**isi)
        if not isinstance(isi, jenis):
            raise TipeTidakSah(
                f"'{nama}[{i}]' harus {jenis.__name__} (diberikan {tampil_aman(isi)})"
            )
        if isi.tempat is None:
            raise InputTidakSah(
                f"'{nama}[{i}]' harus menyebut 'tempat' (tabel dan baris tempat angka itu "
                'tercetak, mis. "Bab III, tabel capaian (l. 95)")'
            )
        if isi.tempat in dilihat:
            raise InputTidakSah(f"'{nama}[{i}]': tempat {isi.tempat!r} tertulis dua kali")
        dilihat.add(isi.tempat)
        hasil.append(isi)
    return tuple(hasil)
