"""Isu 8, regresi jalur cepat: pemeriksaan batas ``ke_desimal`` tanpa larik sepanjang masukan.

Pemeriksaan "bukan nol yang terlalu kecil (< 10⁻²⁴)" dulu membuat ``abs(x)`` dan dua masker
setiap panggilan, sehingga memori puncak ``capaian`` + ``predikat`` naik dari 1,38 ke 2,63 larik
float64. Yang diuji di sini memori (tracemalloc, tepat dan tidak berderau), bukan waktu; waktunya
diukur ``benchmarks/bench_vektor.py``.
"""

from __future__ import annotations

import tracemalloc
import warnings
from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pytest

import kinerja
from kinerja import vektor
from kinerja.vektor._kolom import di_luar_batas

N = 400_000


def _puncak(fungsi: Callable[[], object]) -> float:
    """Puncak memori satu panggilan, dalam larik float64 sepanjang N."""
    tracemalloc.start()
    try:
        fungsi()
        _, puncak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return puncak / (N * 8)


def _data() -> tuple[np.ndarray[tuple[int], np.dtype[np.float64]], ...]:
    rng = np.random.default_rng(8)
    t = rng.integers(1, 1000, N).astype(np.float64)
    r = np.round(t * rng.uniform(0.0, 1.3, N), 2)
    r[::500] = 0.0  # realisasi 0 sah, dan calon pemeriksaan "terlalu kecil"
    return t, r


def test_larik_sah_tidak_membayar_masker() -> None:
    _, r = _data()
    assert di_luar_batas(r) is None
    assert _puncak(lambda: di_luar_batas(r)) < 0.1


def test_capaian_dan_predikat_tidak_menambah_larik() -> None:
    t, r = _data()

    def jalan() -> None:
        c = vektor.capaian(t, r)
        vektor.predikat(c, kinerja.SKALA_LKJ)

    # hasil capaian (1 larik) + masker dan kode pita 1 bait; dulu 2,63 larik
    assert _puncak(jalan) < 1.5


@pytest.mark.parametrize("posisi", [0, 1, N // 2, N - 1])
@pytest.mark.parametrize("nilai", [1e-25, -1e-25, 5e-324, -5e-324, 1e24, -1e24, np.inf])
def test_satu_nilai_di_luar_batas_di_mana_pun_ditemukan(posisi: int, nilai: float) -> None:
    _, r = _data()
    r = r.copy()
    r[posisi] = nilai
    masker = di_luar_batas(r)
    assert masker is not None
    assert np.flatnonzero(masker).tolist() == [posisi]


def test_larik_dua_dimensi_per_baris() -> None:
    x = np.zeros((5, 4))
    x[3, 2] = -1e-30
    masker = di_luar_batas(x)
    assert masker is not None
    assert masker.tolist() == [False, False, False, True, False]


@pytest.mark.parametrize(
    ("pagu", "realisasi"), [(1e-25, 0.0), (0.0, 0.0), (10.0, 1e-25), (-1e-25, 0.0)]
)
def test_serapan_menolak_seperti_decimal(pagu: float, realisasi: float) -> None:
    with pytest.raises(kinerja.KinerjaError):
        kinerja.serapan(Decimal(repr(pagu)), Decimal(repr(realisasi)))
    with pytest.warns(vektor.BarisTidakSah):
        hasil = vektor.serapan([pagu], [realisasi])
    assert np.isnan(hasil[0])


def test_target_terlalu_kecil_tidak_sah_seperti_decimal() -> None:
    with pytest.raises(kinerja.KinerjaError):
        kinerja.capaian(Decimal("1E-25"), Decimal(0))
    with warnings.catch_warnings(record=True) as peringatan:
        warnings.simplefilter("always")
        hasil = vektor.capaian([1e-25, 1e-24], [0.0, 0.0])
    assert np.isnan(hasil[0])
    assert hasil[1] == 0.0
    assert len(peringatan) == 1
