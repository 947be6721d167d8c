"""Uji ketahanan: masukan sampah ke setiap fungsi publik hanya boleh memunculkan galat kinerja.

Setiap pemanggilan memakai argumen sah, lalu mengganti satu argumen dengan sampah. Hasilnya
boleh sukses (sampah kebetulan sah, mis. int) atau galat turunan ``KinerjaError``; tidak boleh
galat lain.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja
from kinerja import (
    SKALA_LKJ,
    DokumenDesa,
    KinerjaError,
    KodeRekening,
    Kumulasi,
    Target,
)
from tests.strategies import sampah

# (nama, fungsi, argumen posisi sah, argumen kata kunci sah)
PANGGILAN: list[tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = [
    ("capaian", kinerja.capaian, (Target(10), 8), {"maksimum": 120, "minimum": 0}),
    ("capaian_agregat", kinerja.capaian_agregat, (), {"target": [1, 2], "realisasi": [1, 2]}),
    ("rata_rata_capaian", kinerja.rata_rata_capaian, ([100, 90],), {}),
    ("rata_rata_tertimbang", kinerja.rata_rata_tertimbang, ([100, 90], [1, 2]), {}),
    ("sampai_dengan", kinerja.sampai_dengan, ([1, 2, None, 4], Kumulasi.KUMULATIF, 4), {}),
    ("serapan", kinerja.serapan, (100, 50), {}),
    ("efisiensi", kinerja.efisiensi, (100, 95), {}),
    ("predikat", kinerja.predikat, (95, SKALA_LKJ), {}),
    ("batas_waktu", DokumenDesa.APBDES.batas_waktu, (2024,), {}),
    ("tepat_waktu", kinerja.tepat_waktu, (DokumenDesa.APBDES, datetime.date(2023, 1, 1), 2024), {}),
    (
        "persentase_tepat_waktu",
        kinerja.persentase_tepat_waktu,
        (12, {DokumenDesa.RKPDES: 1, DokumenDesa.APBDES: 2, DokumenDesa.LPPDES: 3}),
        {},
    ),
    ("RekapFasilitasi", kinerja.RekapFasilitasi, (), {"desa": ["A"], "centang": {"x": [True]}}),
    ("batas_waktu_laporan", kinerja.batas_waktu_laporan, (2024, 4, 5), {}),
    ("tambah_hari_kerja", kinerja.tambah_hari_kerja, (datetime.date(2024, 1, 1), 3), {}),
    ("baca_angka", kinerja.baca_angka, ("1.500",), {}),
    ("bulatkan", kinerja.bulatkan, (Decimal("1.005"), 2), {}),
    ("format_angka", kinerja.format_angka, (Decimal(1), 2), {}),
    ("format_persen", kinerja.format_persen, (Decimal(1), 2), {}),
    ("format_rupiah", kinerja.format_rupiah, (Decimal(1),), {}),
    ("ke_desimal", kinerja.ke_desimal, ("1",), {}),
    ("Target", kinerja.Target, (10, "Dokumen"), {}),
    ("Target.rentang", kinerja.Target.rentang, (10, 20), {}),
    ("Realisasi", kinerja.Realisasi, (3, "Desa"), {"dari": 12}),
    ("Anggaran", kinerja.Anggaran, (100, 50), {}),
    ("KodeRekening.parse", KodeRekening.parse, ("7.01.01",), {}),
    ("KodeRekening", KodeRekening, (("7", "01"),), {}),
    ("Triwulan.dari", kinerja.Triwulan.dari, (1,), {}),
    ("Periode", kinerja.Periode, (2024, 1), {}),
    (
        "Indikator",
        kinerja.Indikator,
        ("x", "Dokumen"),
        {"target_tahunan": 4, "target_triwulan": [1, 1, 1, 1], "kumulasi": "akhir"},
    ),
    ("Pita", kinerja.Pita, ("A", 0, 10), {}),
    ("Unit", kinerja.Unit, ("Seksi", "Kecamatan X"), {}),
    ("NilaiTriwulan", kinerja.NilaiTriwulan, (1, None, "2,5", 4), {}),
    (
        "BarisIndikator",
        kinerja.BarisIndikator,
        (),
        {"nama": "x", "satuan": "%", "target_tahunan": 100, "penyebut": 12, "anggaran": "a"},
    ),
    ("BarisAnggaran", kinerja.BarisAnggaran, ("x", 100), {"kode": "7.01.01"}),
    (
        "TercetakIndikator",
        kinerja.TercetakIndikator,
        (),
        {"capaian": 100, "teks": {"target.tw1": "1,5"}},
    ),
    ("TercetakAnggaran", kinerja.TercetakAnggaran, (), {"serapan": 100, "teks": {"pagu": "1,5"}}),
    ("TercetakRingkasan", kinerja.TercetakRingkasan, (), {"capaian_kinerja_agregat": 100}),
    (
        "KetepatanDokumenDesa",
        kinerja.KetepatanDokumenDesa,
        (2024,),
        {"jumlah_desa": 12, "tepat": {"RKPDes": 1, "APBDes": 2, "LPPDes": 3}},
    ),
    ("Laporan", kinerja.Laporan, (kinerja.Unit("a", "b"), kinerja.Periode(2024, 1)), {}),
    (
        "hitung",
        kinerja.hitung,
        (kinerja.Laporan(kinerja.Unit("a", "b"), kinerja.Periode(2024)),),
        {},
    ),
    (
        "periksa",
        kinerja.periksa,
        (kinerja.Laporan(kinerja.Unit("a", "b"), kinerja.Periode(2024)),),
        {},
    ),
    ("SkalaPredikat", kinerja.SkalaPredikat, ("s", [kinerja.Pita("A", None, None)]), {}),
    (
        "SkalaPredikat.dari_ambang",
        kinerja.SkalaPredikat.dari_ambang,
        ("s", [50], ["A", "B"]),
        {"termasuk": "atas"},
    ),
]


def _semua_posisi() -> list[tuple[str, int | str]]:
    posisi: list[tuple[str, int | str]] = []
    for nama, _, args, kwargs in PANGGILAN:
        posisi += [(nama, i) for i in range(len(args))]
        posisi += [(nama, k) for k in kwargs]
    return posisi


def test_panggilan_sah_berhasil() -> None:
    for _nama, fungsi, args, kwargs in PANGGILAN:
        fungsi(*args, **kwargs)


@pytest.mark.parametrize(("nama", "posisi"), _semua_posisi())
@given(nilai=sampah)
def test_sampah_hanya_memunculkan_galat_kinerja(nama: str, posisi: int | str, nilai: Any) -> None:
    _, fungsi, args, kwargs = next(p for p in PANGGILAN if p[0] == nama)
    daftar = list(args)
    kata_kunci = dict(kwargs)
    if isinstance(posisi, int):
        daftar[posisi] = nilai
    else:
        kata_kunci[posisi] = nilai
    with contextlib.suppress(KinerjaError):
        fungsi(*daftar, **kata_kunci)


@given(st.text(max_size=40))
def test_teks_acak_ke_baca_angka_dan_kode(teks: str) -> None:
    for fungsi in (kinerja.baca_angka, KodeRekening.parse, kinerja.Triwulan.dari):
        with contextlib.suppress(KinerjaError):
            fungsi(teks)


def test_semua_galat_turunan_bawaan() -> None:
    for nama in kinerja.__all__:
        obj = getattr(kinerja, nama)
        if isinstance(obj, type) and issubclass(obj, KinerjaError) and obj is not KinerjaError:
            assert issubclass(obj, (ValueError, TypeError, ImportError)), nama
