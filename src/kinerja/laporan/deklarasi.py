"""Deklarasi tabel keluaran: id tetap dan kolom berkunci, dasar JSON v1 dan skemanya.

Setiap tabel yang bisa dihasilkan pustaka dideklarasikan sekali sebagai
:class:`DeklarasiTabel` (di modul tabelnya) dan didaftarkan di
:data:`kinerja.laporan.daftar_tabel.DAFTAR_TABEL`; sajiannya dibuat lewat
:meth:`DeklarasiTabel.sajian`, sehingga id dan kunci kolomnya selalu sama dengan yang ada di
skema keluaran (``kinerja skema keluaran``). Cara menambah tabel: ``docs/keluaran-json.md``.

>>> from kinerja.laporan.sajian import Kolom
>>> d = DeklarasiTabel("contoh", "Contoh", (Kolom("Uraian", kunci="uraian"),))
>>> d.sajian("Contoh 2024", (("a",),)).id
'contoh'
>>> DeklarasiTabel("Contoh Tabel", "x", ())
Traceback (most recent call last):
...
kinerja.galat.InputTidakSah: id tabel 'Contoh Tabel' harus snake_case (huruf kecil, angka, '_')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.laporan.sajian import CatatanBaris, Kolom, Sajian

__all__ = ["KUNCI_CADANGAN", "DeklarasiTabel", "snake_case"]

_SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")

KUNCI_CADANGAN = frozenset({"id", "catatan", "induk", "tingkat"})
"""Kunci baris JSON v1 yang dipakai keluaran sendiri; tidak boleh menjadi kunci kolom."""


def snake_case(teks: object) -> bool:
    """``teks`` berbentuk ``snake_case`` (huruf kecil ASCII, angka, garis bawah tunggal)."""
    return isinstance(teks, str) and _SNAKE.fullmatch(teks) is not None


def _periksa_id(_: object, __: object, nilai: str) -> None:
    if not snake_case(nilai):
        raise InputTidakSah(
            f"id tabel {tampil_aman(nilai)} harus snake_case (huruf kecil, angka, '_')"
        )


def _periksa_kolom(deklarasi: DeklarasiTabel, _: object, kolom: tuple[Kolom, ...]) -> None:
    kunci = [k.kunci for k in kolom]
    for k in kolom:
        if not snake_case(k.kunci) or k.kunci in KUNCI_CADANGAN:
            raise InputTidakSah(
                f"tabel {deklarasi.id!r}: kunci kolom {k.judul!r} harus snake_case dan bukan "
                f"{', '.join(sorted(KUNCI_CADANGAN))} (diberikan {tampil_aman(k.kunci)})"
            )
    if len(set(kunci)) != len(kunci):
        raise InputTidakSah(f"tabel {deklarasi.id!r}: kunci kolom kembar ({kunci})")
    if sum(k.jenis == "kode" for k in kolom) > 1:  # induk/tingkat hanya untuk satu kolom kode
        raise InputTidakSah(f"tabel {deklarasi.id!r}: lebih dari satu kolom berjenis 'kode'")


@attrs.frozen
class DeklarasiTabel:
    """Satu tabel keluaran: id tetap (``snake_case``), uraian, dan kolom-kolomnya yang berkunci."""

    id: str = attrs.field(validator=_periksa_id)
    uraian: str
    kolom: tuple[Kolom, ...] = attrs.field(validator=_periksa_kolom)

    def sajian(
        self,
        judul: str,
        baris: Iterable[tuple[object, ...]],
        catatan: Iterable[str] = (),
        *,
        catatan_baris: Iterable[CatatanBaris] = (),
        id_baris: Iterable[str] = (),
        judul_kolom: Mapping[str, str] | None = None,
    ) -> Sajian:
        """Sajian tabel ini: id dan kolom dari deklarasi, isi dari pemanggil.

        ``judul_kolom`` (kunci → judul) mengganti judul kolom yang bergantung pada laporan (mis.
        "Realisasi s.d. 2023"); kunci dan jenisnya tetap dari deklarasi.
        """
        kolom = self.kolom
        if judul_kolom:
            asing = set(judul_kolom) - {k.kunci for k in kolom}
            if asing:
                raise InputTidakSah(f"tabel {self.id!r}: judul_kolom untuk kunci asing {asing}")
            kolom = tuple(attrs.evolve(k, judul=judul_kolom.get(k.kunci, k.judul)) for k in kolom)
        return Sajian(
            judul,
            kolom,
            tuple(baris),
            tuple(catatan),
            id=self.id,
            catatan_baris=tuple(catatan_baris),
            id_baris=tuple(id_baris),
        )
