"""Isu 8, sisa tinjauan: pesan galat memotong kutipan masukan panjang di satu tempat.

Setiap masukan pengguna di pesan galat lewat :func:`kinerja.galat.tampil_aman` (reprlib:
teks > 120 huruf dan daftar > 6 butir dipotong), jadi teks sepanjang 100.000 huruf tidak pernah
ikut utuh ke pesan.
"""

from __future__ import annotations

import ast
import json
import pathlib
from collections.abc import Callable

import pandas as pd
import pytest

import kinerja
from kinerja import vektor
from kinerja.laporan.berkas import baca_laporan_teks

PANJANG = "x" * 100_000
BATAS_PESAN = 2_000

KASUS: dict[str, Callable[[], object]] = {
    "fasilitasi: sel bukan bool": lambda: kinerja.RekapFasilitasi(
        desa=["A"], centang={"rapat": [PANJANG]}
    ),
    "fasilitasi: nama aktivitas panjang, sel salah": lambda: kinerja.RekapFasilitasi(
        desa=["A"], centang={PANJANG: ["ya"]}
    ),
    "fasilitasi: jumlah centang": lambda: kinerja.RekapFasilitasi(
        desa=["A"], centang={PANJANG: [True, False]}
    ),
    "fasilitasi: desa kembar": lambda: kinerja.RekapFasilitasi(
        desa=[f"{PANJANG}{i % 51}" for i in range(102)],
        centang={"rapat": [True] * 102},
    ),
    "satuan berbeda": lambda: kinerja.capaian(
        kinerja.Target(10, PANJANG), kinerja.Realisasi(5, PANJANG + "y")
    ),
    "kode rekening": lambda: kinerja.KodeRekening(".".join(["1"] * 50_000)),
    "triwulan": lambda: kinerja.Triwulan.dari(PANJANG),
    "polaritas": lambda: kinerja.Polaritas.dari(PANJANG),
    "skala terdaftar": lambda: kinerja.predikat(50, PANJANG),
    "vektor: kolom tidak ada": lambda: vektor.tambah_kolom_kinerja(
        pd.DataFrame({f"k{i}_{PANJANG[:200]}": [1.0] for i in range(300)}), target=PANJANG
    ),
    "berkas: centang bukan daftar bool": lambda: baca_laporan_teks(
        json.dumps(
            {
                "tahun": 2024,
                "fasilitasi": {
                    "desa": ["A"],
                    "kegiatan": [{"nama": PANJANG, "centang": [PANJANG] * 1000}],
                },
            }
        ),
        "json",
    ),
}


@pytest.mark.parametrize("nama", list(KASUS))
def test_pesan_galat_tidak_mengutip_masukan_panjang_utuh(nama: str) -> None:
    with pytest.raises(Exception) as galat:  # noqa: PT011 - jenisnya diuji di bawah
        KASUS[nama]()
    assert isinstance(galat.value, kinerja.KinerjaError), repr(galat.value)[:300]
    teks = str(galat.value)
    assert len(teks) < BATAS_PESAN, (nama, len(teks), teks[:300])


def test_tidak_ada_repr_mentah_di_pesan_pustaka() -> None:
    """``{x!r}`` di f-string sumber melewati pemotongan; yang tersisa hanya di galat.py."""
    akar = pathlib.Path(kinerja.__file__).parent
    bebas = {"galat.py", "urai_angka.py", "angka.py"}  # teks angka dibatasi 100 huruf dulu
    pelanggar = []
    for berkas in akar.rglob("*.py"):
        if berkas.name in bebas or "laporan" in berkas.parts[-3:-1]:
            continue
        for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
            if isinstance(simpul, ast.FormattedValue) and simpul.conversion == ord("r"):
                pelanggar.append(f"{berkas.relative_to(akar)}:{simpul.lineno}")
    assert not pelanggar, pelanggar
