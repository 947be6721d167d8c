"""Predikat: penilaian kualitatif sebuah capaian menurut skala pita.

Skala adalah deretan pita setengah terbuka yang berurutan, tanpa celah dan tanpa tumpang
tindih, masing-masing dengan label. Tabel cetak menulis batas bulat ("76–90"); pita setengah
terbuka menghapus celah di 90,5.

Skala bawaan (pengguna boleh membuat sendiri dengan :meth:`SkalaPredikat.dari_ambang`, lalu
memakainya langsung atau mendaftarkannya dengan
:func:`~kinerja.skala_terdaftar.daftarkan_skala`):

- :data:`SKALA_PERMENDAGRI_86_2017` (evaluasi RKPD/Renja, Permendagri 86/2017):
  ≥ 91 Sangat Tinggi; [76, 91) Tinggi; [66, 76) Sedang; [51, 66) Rendah; < 51 Sangat Rendah.
- :data:`SKALA_LKJ` (batas sama, label LKj kualitatif): Sangat Baik, Baik, Cukup, Kurang,
  Sangat Kurang.
- :data:`SKALA_AKIP` (nilai evaluasi AKIP 0–100, PermenPANRB 88/2021, batas bawah tidak
  termasuk): > 90 AA; (80, 90] A; (70, 80] BB; (60, 70] B; (50, 60] CC; (30, 50] C; [0, 30] D.

>>> predikat(100, SKALA_LKJ).label
'Sangat Baik'
>>> predikat("90,5", SKALA_PERMENDAGRI_86_2017).label
'Tinggi'
>>> predikat(90, SKALA_AKIP).label
'A'
>>> p = predikat("88,305", SKALA_IKM)  # dibulatkan dulu ke 88,31, seperti dicetak
>>> p.label, p.keterangan
('A', 'Sangat Baik')
"""

from __future__ import annotations

from decimal import Decimal

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.galat import NilaiDiLuarSkala, TipeTidakSah, tampil_aman
from kinerja.skala_predikat import (
    SKALA_AKIP,
    SKALA_IKM,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    Pita,
    SkalaPredikat,
)
from kinerja.skala_terdaftar import skala as skala_terdaftar
from kinerja.teks_angka import bulatkan

# Pita, SkalaPredikat dan skala bawaan tinggal di kinerja.skala_predikat; diekspor ulang di sini
# karena predikat adalah tempat orang mencarinya (docs/predikat.md).
__all__ = [
    "SKALA_AKIP",
    "SKALA_IKM",
    "SKALA_LKJ",
    "SKALA_PERMENDAGRI_86_2017",
    "Pita",
    "SkalaPredikat",
    "predikat",
]


def _dalam_cakupan(skala: SkalaPredikat, x: Decimal) -> bool:
    awal, akhir = skala.pita[0], skala.pita[-1]
    return Pita(
        "cakupan",
        awal.bawah,
        akhir.atas,
        termasuk_bawah=awal.termasuk_bawah,
        termasuk_atas=akhir.termasuk_atas,
    ).memuat(x)


def predikat(nilai: AngkaMasukan, skala: SkalaPredikat | str) -> Pita:
    """Pita skala tempat ``nilai`` jatuh; nilai di luar skala → galat.

    ``skala`` adalah nilai :class:`SkalaPredikat` atau nama skala terdaftar (``"lkj"``,
    ``"akip"``, ``"ikm"``, ``"Permendagri 86 2017"``, atau yang didaftarkan dengan
    ``daftarkan_skala``). Skala ber-``tempat_desimal`` membulatkan nilai setengah ke atas dulu.

    >>> predikat(80, "lkj").label, predikat(80, "AKIP").label
    ('Baik', 'BB')
    """
    if isinstance(skala, str):
        skala = skala_terdaftar(skala)
    if not isinstance(skala, SkalaPredikat):
        raise TipeTidakSah(
            f"'skala' harus SkalaPredikat atau nama skala (diberikan {tampil_aman(skala)})"
        )
    x = ke_desimal(nilai, "nilai")
    if skala.tempat_desimal is not None and _dalam_cakupan(skala, x):
        # skala yang diputuskan atas angka tercetak; batasnya setepat tempat_desimal, jadi
        # pembulatan tidak pernah membawa nilai di dalam skala ke luarnya (atau sebaliknya)
        x = bulatkan(x, skala.tempat_desimal)
    for pita in skala.pita:
        if pita.memuat(x):
            return pita
    cakupan = f"{skala.pita[0]._kiri()}, {skala.pita[-1]._kanan()}"
    raise NilaiDiLuarSkala(
        f"nilai {x} di luar skala {tampil_aman(skala.nama)}, yang mencakup {cakupan}"
    )
