"""Daftar tabel keluaran: setiap tabel yang bisa dihasilkan pustaka, menurut id tetapnya.

Skema keluaran JSON v1 (:mod:`kinerja.laporan.skema_keluaran`) dibangun dari daftar ini, dan
:func:`kinerja.laporan.keluaran.tabel_data` menolak sajian yang id-nya tidak terdaftar. Tabel
baru: deklarasikan :class:`~kinerja.laporan.deklarasi.DeklarasiTabel` di modul tabelnya, buat
sajiannya dengan ``DEKLARASI.sajian(...)``, lalu tambahkan satu baris di bawah
(``docs/keluaran-json.md``). ``tests/test_json_v1_daftar.py`` gagal bila ada yang terlewat.

>>> print(*DAFTAR_TABEL)
capaian keuangan cost_per_outcome pohon ringkasan riwayat renstra ikm lke
"""

from __future__ import annotations

from types import MappingProxyType

from kinerja.laporan.cost_per_outcome import TABEL_COST_PER_OUTCOME
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.evaluasi.tabel import TABEL_IKM, TABEL_LKE
from kinerja.laporan.ringkasan import TABEL_RINGKASAN
from kinerja.laporan.tabel import TABEL_POHON
from kinerja.laporan.tabel_capaian import TABEL_CAPAIAN
from kinerja.laporan.tabel_keuangan import TABEL_KEUANGAN
from kinerja.laporan.tabel_renstra import TABEL_RENSTRA
from kinerja.laporan.tabel_riwayat import TABEL_RIWAYAT

__all__ = ["DAFTAR_TABEL"]

_DEKLARASI: tuple[DeklarasiTabel, ...] = (
    TABEL_CAPAIAN,
    TABEL_KEUANGAN,
    TABEL_COST_PER_OUTCOME,
    TABEL_POHON,
    TABEL_RINGKASAN,
    TABEL_RIWAYAT,
    TABEL_RENSTRA,
    TABEL_IKM,
    TABEL_LKE,
    # tabel baru: tambahkan deklarasinya di sini (satu baris per tabel)
)

DAFTAR_TABEL = MappingProxyType({d.id: d for d in _DEKLARASI})
"""id tabel → deklarasinya, urut seperti di laporan."""
