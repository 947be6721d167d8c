"""Isu 12 (kecepatan): kolom keluaran polars/pyarrow dibuat dari kode fisik, hasilnya tetap sama.

Predikat polars (``Enum`` dari kode ``UInt8``) dan pyarrow (kamus berurutan dari buffer kode) dan
pembacaan kolom float ber-null dibandingkan dengan jalur numpy (yang tidak melewati lapisan
pustaka) dan, untuk angka laporan biasa, dengan jalur Decimal ``kinerja.predikat``. Nilainya
acak, termasuk NaN, null, tak hingga, batas pita (dan satu ulp di sekitarnya), di luar skala,
``≥ 10²⁴`` dan ``0 < |x| < 10⁻²⁴``.
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja
from kinerja import vektor
from kinerja.angka import ke_desimal
from kinerja.skala_terdaftar import SKALA
from kinerja.vektor._kolom import di_luar_batas
from kinerja.vektor._peringatan import KOSONG, _unik, tandai
from kinerja.vektor._pustaka import _peringatan_tidak_stabil, kategori_seperti


def _batas(nama: str) -> list[float]:
    """Setiap batas pita skala ``nama`` dan tetangga float terdekatnya di kedua sisi."""
    hasil: list[float] = []
    for pita in SKALA[nama].pita:
        for b in (pita.bawah, pita.atas):
            if b is not None:
                x = float(b)
                hasil += [x, math.nextafter(x, -math.inf), math.nextafter(x, math.inf)]
    return hasil


_ISTIMEWA = [math.nan, math.inf, -math.inf, 1e24, -1e24, 9.999e23, 1e-25, -1e-25, 0.0, -0.0,
             -5.0, 1e300]  # fmt: skip


def nilai(nama: str) -> st.SearchStrategy[float]:
    return st.one_of(
        st.sampled_from(_batas(nama) + _ISTIMEWA),
        st.floats(min_value=-20, max_value=150),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-2_000, max_value=15_000).map(lambda x: x / 100),
    )


def _sel(nama: str) -> st.SearchStrategy[float | None]:
    return st.one_of(st.none(), nilai(nama))  # None: null di polars/pyarrow, NaN di numpy


def _numpy(sel: list[float | None], nama: str) -> list[str | None]:
    """Harapan: jalur numpy, tanpa lapisan pustaka (null = NaN = kosong)."""
    x = np.array([math.nan if v is None else v for v in sel], dtype=np.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        kategori = vektor.predikat(x, nama)
    assert isinstance(kategori, pd.Categorical)
    return [None if pd.isna(v) else str(v) for v in kategori]


def _label(nama: str) -> list[str]:
    return [p.label for p in SKALA[nama].pita]


def _predikat(kolom: Any, nama: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        return vektor.predikat(kolom, nama)


@pytest.mark.parametrize("nama", sorted(SKALA))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_predikat_polars_sama_dengan_numpy(nama: str, data: st.DataObject) -> None:
    sel = data.draw(st.lists(_sel(nama), max_size=40))
    hasil = _predikat(pl.Series("nilai", sel, dtype=pl.Float64), nama)
    assert isinstance(hasil, pl.Series)
    assert hasil.dtype == pl.Enum(_label(nama))
    assert hasil.name == "predikat"
    assert hasil.to_list() == _numpy(sel, nama)


@pytest.mark.parametrize("nama", sorted(SKALA))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_predikat_pyarrow_sama_dengan_numpy(nama: str, data: st.DataObject) -> None:
    sel = data.draw(st.lists(_sel(nama), max_size=40))
    potong = data.draw(st.integers(min_value=0, max_value=len(sel)))
    masukan = pa.chunked_array([sel[:potong], sel[potong:]], type=pa.float64())  # dua potongan
    hasil = _predikat(masukan, nama)
    assert isinstance(hasil, pa.ChunkedArray)
    assert hasil.type == pa.dictionary(pa.int8(), pa.string(), ordered=True)
    harapan = _numpy(sel, nama)
    assert hasil.to_pylist() == harapan
    assert hasil.null_count == harapan.count(None)
    for potongan in hasil.chunks:
        potongan.validate(full=True)  # kamus sah menurut Arrow (indeks dalam jangkauan)
        assert potongan.dictionary.to_pylist() == _label(nama)


angka_laporan = st.integers(min_value=-1_000, max_value=13_000).map(lambda x: x / 100)


# angka laporan (≤ 2 desimal) dan nilai istimewa yang jalur Decimal tolak atau terima apa adanya
sel_tepat = st.one_of(
    st.none(),
    angka_laporan,
    st.sampled_from([math.nan, math.inf, -math.inf, 1e24, -1e24, 1e-25, -1e-25, 9.999e23, 0.0]),
)


@pytest.mark.parametrize("nama", sorted(SKALA))
@settings(max_examples=40, deadline=None)
@given(sel=st.lists(sel_tepat, max_size=30))
def test_predikat_setiap_pustaka_sama_dengan_jalur_tepat(
    nama: str, sel: list[float | None]
) -> None:
    harapan: list[str | None] = []
    for v in sel:  # oracle: kinerja.predikat atas Decimal; kosong/ditolak → tanpa predikat
        try:
            ada = v is not None and not math.isnan(v)
            harapan.append(kinerja.predikat(Decimal(repr(v)), nama).label if ada else None)
        except kinerja.KinerjaError:
            harapan.append(None)
    assert _numpy(sel, nama) == harapan
    assert _predikat(pl.Series(sel, dtype=pl.Float64), nama).to_list() == harapan
    assert _predikat(pa.chunked_array([sel], type=pa.float64()), nama).to_pylist() == harapan


def test_predikat_polars_tanpa_cat_to_sama(monkeypatch: pytest.MonkeyPatch) -> None:
    # polars lama tanpa Series.cat.to: jalur cadangan replace_strict memberi kolom yang sama
    sel = [95.0, None, 50.0, math.nan, 76.0, 75.99, -1.0, 1e24, 91.0]
    cepat = _predikat(pl.Series(sel, dtype=pl.Float64), "lkj")
    monkeypatch.delattr(pl.series.categorical.CatNameSpace, "to")
    cadangan = _predikat(pl.Series(sel, dtype=pl.Float64), "lkj")
    assert cadangan.dtype == cepat.dtype == pl.Enum(_label("lkj"))
    assert cadangan.to_list() == cepat.to_list() == _numpy(sel, "lkj")
    assert cadangan.to_list()[:3] == ["Sangat Baik", None, "Sangat Kurang"]  # DOMAIN: < 51


def test_predikat_semua_kosong_dan_tanpa_baris() -> None:
    for sel in ([], [None, None], [math.nan]):
        p_pl = _predikat(pl.Series(sel, dtype=pl.Float64), "lkj")
        p_pa = _predikat(pa.chunked_array([sel], type=pa.float64()), "lkj")
        assert p_pl.dtype == pl.Enum(_label("lkj"))
        assert p_pl.to_list() == p_pa.to_pylist() == [None] * len(sel)
        assert p_pa.type == pa.dictionary(pa.int8(), pa.string(), ordered=True)


@settings(max_examples=60, deadline=None)
@given(
    t=st.lists(st.one_of(st.none(), angka_laporan, st.just(math.nan)), min_size=1, max_size=25),
    data=st.data(),
)
def test_capaian_kolom_ber_null_sama_dengan_numpy(
    t: list[float | None], data: st.DataObject
) -> None:
    # null polars/pyarrow dibaca sebagai NaN (kosong), seperti sel NaN di numpy
    r = data.draw(st.lists(st.one_of(st.none(), angka_laporan), min_size=len(t), max_size=len(t)))
    kosong = [math.nan if v is None else v for v in t], [math.nan if v is None else v for v in r]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        harapan = vektor.capaian(np.array(kosong[0]), np.array(kosong[1]))
        hasil = {
            "polars": vektor.capaian(pl.Series(t, dtype=pl.Float64), pl.Series(r)),
            "polars Float32": vektor.capaian(pl.Series(t, dtype=pl.Float32),
                                             pl.Series(r, dtype=pl.Float32)),
            "pyarrow": vektor.capaian(pa.chunked_array([t], type=pa.float64()),
                                      pa.chunked_array([r], type=pa.float64())),
        }  # fmt: skip
        harapan32 = vektor.capaian(np.array(kosong[0], dtype=np.float32),
                                   np.array(kosong[1], dtype=np.float32))  # fmt: skip
    for nama, kolom in hasil.items():
        ke = harapan32 if nama.endswith("Float32") else harapan
        daftar = kolom.to_list() if isinstance(kolom, pl.Series) else kolom.to_pylist()
        assert daftar == [None if np.isnan(x) else float(x) for x in ke], nama


def test_bilangan_bulat_ber_null_polars() -> None:
    # Int64 dengan null: dibaca sebagai float dengan NaN (bukan fill_null ke bilangan bulat)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        hasil = vektor.capaian(pl.Series([100, None, 50]), pl.Series([80, 10, None]))
    assert hasil.to_list() == [80.0, None, None]


def _ditolak_decimal(x: float) -> bool:
    """Oracle batas: apakah ``ke_desimal`` menolak nilai ini (NaN berarti kosong, bukan ditolak)."""
    if math.isnan(x):
        return False
    try:
        ke_desimal(Decimal(repr(x)), "x")
    except kinerja.KinerjaError:
        return True
    return False


_DEKAT_BATAS = [1e24, -1e24, 1e-24, -1e-24, 5e-324, -5e-324, math.inf, -math.inf, 0.0, -0.0]
dekat_batas = st.sampled_from(
    _DEKAT_BATAS
    + [math.nextafter(b, arah) for b in _DEKAT_BATAS[:4] for arah in (-math.inf, math.inf)]
)
sel_batas = st.one_of(dekat_batas, st.floats(allow_nan=True, allow_infinity=True))


@settings(max_examples=200, deadline=None)
@given(x=st.lists(sel_batas, max_size=40), dua_sisi=st.booleans())
def test_di_luar_batas_sama_dengan_ke_desimal(x: list[float], dua_sisi: bool) -> None:
    larik = np.array(x, dtype=np.float64)
    masker = di_luar_batas(larik, dua_sisi=dua_sisi)
    ditolak = [_ditolak_decimal(v) for v in x]
    didapat = [False] * len(x) if masker is None else masker.tolist()
    if not dua_sisi:
        # hanya sisi atas: pemanggil sudah menolak setiap x < 10⁻²⁴ sendiri, jadi yang
        # dijanjikan hanya baris x ≥ 10⁻²⁴ (dan NaN)
        sisa = [i for i, v in enumerate(x) if not v < 1e-24]
        didapat = [didapat[i] for i in sisa]
        ditolak = [ditolak[i] for i in sisa]
    assert didapat == ditolak


@pytest.mark.parametrize("posisi", [0, 5, (1 << 18) - 1, 1 << 18, (1 << 18) + 7])
@pytest.mark.parametrize("nilai", [-1e24, -math.inf, -1e300, 1e-300, -1e-300])
def test_sisi_bawah_ditemukan_di_potongan_mana_pun(posisi: int, nilai: float) -> None:
    # -10²⁴ dan -∞ kini diperiksa di antara calon x < 10⁻²⁴, bukan dengan reduksi minimum
    x = np.full((1 << 18) + 10, 5.0)
    x[::1000] = 0.0  # calon sah di setiap potongan
    x[posisi] = nilai
    masker = di_luar_batas(x)
    assert masker is not None
    assert np.flatnonzero(masker).tolist() == [posisi]


@settings(max_examples=150, deadline=None)
@given(
    hasil=st.lists(st.sampled_from([1.0, math.nan, math.inf, -math.inf, 0.0]), max_size=30),
    data=st.data(),
)
def test_tandai_kosong_hanya_baris_nan_tanpa_alasan(
    hasil: list[float], data: st.DataObject
) -> None:
    # oracle: himpunan Python; baris tak hingga atau NaN tanpa alasan → KOSONG
    n = len(hasil)
    alasan = data.draw(st.lists(st.sets(st.integers(0, max(n - 1, 0))), max_size=3)) if n else []
    sebab: dict[str, Any] = {}
    for i, posisi in enumerate(alasan):
        if data.draw(st.booleans()):
            sebab[f"alasan {i}"] = np.array(sorted(posisi), dtype=np.intp)
        else:
            masker = np.zeros(n, dtype=np.bool_)
            masker[sorted(posisi)] = True
            sebab[f"alasan {i}"] = masker
    larik = np.array(hasil, dtype=np.float64)
    posisi_hasil = tandai(larik, sebab)
    beralasan = set().union(*alasan) if alasan else set()
    buruk = {i for i, v in enumerate(hasil) if not math.isfinite(v)}
    harapan = {f"alasan {i}": sorted(p) for i, p in enumerate(alasan) if p}
    if buruk - beralasan:
        harapan[KOSONG] = sorted(buruk - beralasan)
    assert {k: v.tolist() for k, v in posisi_hasil.items()} == harapan
    assert [math.isnan(v) for v in larik] == [
        i in beralasan or i in buruk for i in range(n)
    ]  # semua yang tidak sah menjadi NaN, sisanya utuh


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(0, 50), max_size=20), min_size=1, max_size=4))
def test_posisi_unik_seperti_himpunan(bagian: list[list[int]]) -> None:
    hasil = _unik(np.array(b, dtype=np.intp) for b in bagian)
    assert hasil.tolist() == sorted(set().union(*bagian))
    assert hasil.dtype == np.intp


@pytest.mark.parametrize("banyak", [3, 127, 128, 300])
def test_kategori_seperti_kode_lebar(banyak: int) -> None:
    # kode pandas int8 (≤ 127 kategori) atau int16: oracle = label Categorical itu sendiri
    label = [f"pita {i}" for i in range(banyak)]
    kode = np.array([0, -1, banyak - 1, banyak // 2, -1, 1 % banyak], dtype=np.int64)
    kategori = pd.Categorical.from_codes(kode, categories=pd.Index(label), ordered=True)
    harapan = [None if pd.isna(v) else str(v) for v in kategori]
    p_pl = kategori_seperti(pl.Series([1.0]), "predikat", kategori)
    p_pa = kategori_seperti(pa.chunked_array([[1.0]]), "predikat", kategori)
    assert p_pl.dtype == pl.Enum(label)
    assert p_pl.to_list() == p_pa.to_pylist() == harapan
    assert p_pa.type.ordered
    assert p_pa.type.index_type == pa.from_numpy_dtype(kategori.codes.dtype)
    p_pa.validate(full=True)


def test_predikat_polars_tanpa_peringatan_tidak_stabil() -> None:
    # pengguna yang menyalakan pl.Config.warn_unstable tidak mendapat UnstableWarning dari dalam
    # kinerja (pyproject: -W error), dan kolomnya tetap sama
    sel = [95.0, None, 50.0, 76.0]
    with pl.Config():  # dipulihkan sesudah blok
        pl.Config.warn_unstable(True)
        hasil = _predikat(pl.Series(sel, dtype=pl.Float64), "lkj")
    assert not _peringatan_tidak_stabil(pl)
    assert hasil.dtype == pl.Enum(_label("lkj"))
    assert hasil.to_list() == _numpy(sel, "lkj") == ["Sangat Baik", None, "Sangat Kurang", "Baik"]
