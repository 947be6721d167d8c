"""Isu 12: ``agregat_kelompok`` dan ``sampai_dengan_panjang`` atas DataFrame dask.

Oracle: contoh terhitung DOMAIN.md (§3 Kalaena keuangan TW I 2024: Σ R / Σ T = 46,14 padahal
rata-rata dua persennya 52,76; §4 Klakah 37,84 + 17 + 10,7 + 29,63 = 95,17; Desa 3/12 dan 12/12
terhadap target 100% → 62,5), jalur tepat Decimal (``kinerja.capaian_agregat``,
``rata_rata_capaian``, ``serapan_total``, ``sampai_dengan``), dan kesepakatan dengan pandas
untuk data yang sama. Kelompok sengaja terbelah antarpartisi.
"""

from __future__ import annotations

import warnings
from decimal import Decimal
from typing import Any

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja
from kinerja import Anggaran, InputTidakSah, Kumulasi, vektor


def _dask(pdf: pd.DataFrame, n: int) -> Any:
    return dd.from_pandas(pdf, npartitions=n, sort=False)  # type: ignore[no-untyped-call]


def _hitung(lazy: Any) -> tuple[pd.DataFrame, list[vektor.BarisTidakSah]]:
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        hasil = lazy.compute(scheduler="synchronous")
    w = [c.message for c in catatan if isinstance(c.message, vektor.BarisTidakSah)]
    assert len(w) == len(catatan)
    return hasil, w


def _pandas(fungsi: Any, *args: Any, **kwargs: Any) -> tuple[Any, list[vektor.BarisTidakSah]]:
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        hasil = fungsi(*args, **kwargs)
    return hasil, [c.message for c in catatan]  # type: ignore[misc]


def test_kalaena_keuangan_terbelah_bukan_rata_rata_dari_rata_rata() -> None:
    # DOMAIN §3: (4.453.500 + 369.500) / (4.483.500 + 5.969.000) = 46,14; rata-rata 52,76.
    # Satu baris per partisi: rata-rata dari agregat per partisi akan memberi 52,76.
    pdf = pd.DataFrame({
        "opd": ["Kalaena", "Lain", "Kalaena"],
        "target": [1.0, 1.0, 1.0], "realisasi": [1.0, 1.0, 1.0],
        "pagu": [4_483_500.0, 100.0, 5_969_000.0],
        "ra": [4_453_500.0, 50.0, 369_500.0],
    })  # fmt: skip
    lazy = vektor.agregat_kelompok(_dask(pdf, 3), "opd", pagu="pagu", realisasi_anggaran="ra")
    assert isinstance(lazy, dd.DataFrame)
    hasil, w = _hitung(lazy)
    assert w == []
    baris = hasil.set_index("opd").loc["Kalaena"]
    assert float(vektor.bulatkan([baris["serapan_agregat"]])[0]) == 46.14
    assert float(vektor.bulatkan([baris["rata_rata_serapan"]])[0]) == 52.76
    assert baris["jumlah_baris"] == 2


def test_desa_berpenyebut_terbelah() -> None:
    # DOMAIN: target 100% dengan 3/12 dan 12/12 Desa → rata-rata 62,5 dan agregat 62,5
    pdf = pd.DataFrame({"opd": ["X", "Y", "X"], "target": [100.0, 10.0, 100.0],
                        "realisasi": [3.0, 8.0, 12.0],
                        "penyebut": [12.0, np.nan, 12.0]})  # fmt: skip
    hasil, _ = _hitung(vektor.agregat_kelompok(_dask(pdf, 2), "opd"))
    assert hasil.values.tolist() == [["X", 2, 62.5, 62.5], ["Y", 1, 80.0, 80.0]]


def test_urutan_kelompok_seperti_pandas_dan_jenis_kolom() -> None:
    # kelompok "C" baru muncul di partisi terakhir; "A" di partisi pertama dan terakhir
    pdf = pd.DataFrame({"opd": ["B", "A", "B", "B", "C", "A"], "target": [10.0] * 6,
                        "realisasi": [5.0, 6.0, 7.0, 8.0, 9.0, 10.0]})  # fmt: skip
    harapan = vektor.agregat_kelompok(pdf, "opd")
    hasil, _ = _hitung(vektor.agregat_kelompok(_dask(pdf, 3), "opd"))
    assert hasil["opd"].tolist() == ["B", "A", "C"]
    pd.testing.assert_frame_equal(hasil.reset_index(drop=True), harapan)


angka = st.integers(min_value=0, max_value=100_000).map(lambda x: x / 100)
baris = st.tuples(st.sampled_from(["A", "B", "C"]), angka, angka, angka, angka)


def _tepat(isi: list[tuple[str, float, float, float, float]]) -> dict[str, float | None]:
    """Jalur Decimal atas baris satu kelompok; None bila jalur tepat menolak."""
    t = [Decimal(repr(b[1])) for b in isi]
    r = [Decimal(repr(b[2])) for b in isi]
    sah = [(a, b) for a, b in zip(t, r, strict=True) if a > 0]
    anggaran = [Anggaran(Decimal(repr(max(b[3], b[4]))), Decimal(repr(min(b[3], b[4]))))
                for b in isi]  # fmt: skip
    serapan = [kinerja.serapan(a.pagu, a.realisasi) for a in anggaran if a.pagu > 0]

    def bulat(f: Any) -> float | None:
        try:
            return float(kinerja.bulatkan(f()))
        except kinerja.KinerjaError:
            return None

    return {
        "jumlah_baris": len(isi),
        "rata_rata_capaian": bulat(
            lambda: kinerja.rata_rata_capaian([kinerja.capaian(a, b) for a, b in sah])
        ),
        "capaian_agregat": bulat(lambda: kinerja.capaian_agregat(target=t, realisasi=r)),
        "rata_rata_serapan": bulat(lambda: kinerja.rata_rata_capaian(serapan)),
        "serapan_agregat": bulat(lambda: kinerja.serapan_total(anggaran)),
    }


@settings(max_examples=25, deadline=None)
@given(st.lists(baris, min_size=1, max_size=12), st.integers(1, 4))
def test_agregat_dask_sama_dengan_pandas_dan_jalur_tepat(
    rows: list[tuple[str, float, float, float, float]], n: int
) -> None:
    pdf = pd.DataFrame({
        "opd": [b[0] for b in rows], "target": [b[1] for b in rows],
        "realisasi": [b[2] for b in rows], "pagu": [max(b[3], b[4]) for b in rows],
        "ra": [min(b[3], b[4]) for b in rows],
    })  # fmt: skip
    opsi: dict[str, Any] = {"pagu": "pagu", "realisasi_anggaran": "ra"}
    harapan, w_pandas = _pandas(vektor.agregat_kelompok, pdf, "opd", **opsi)
    hasil, w_dask = _hitung(vektor.agregat_kelompok(_dask(pdf, n), "opd", **opsi))
    hasil = hasil.reset_index(drop=True)
    assert hasil["opd"].tolist() == harapan["opd"].tolist()
    assert hasil["jumlah_baris"].tolist() == harapan["jumlah_baris"].tolist()
    # jumlah antarpartisi boleh beda urutan penjumlahan float: sama sampai galat pembulatan
    pd.testing.assert_frame_equal(hasil, harapan, check_exact=False, rtol=1e-12)
    assert [(x.jumlah, x.alasan, x.contoh) for x in w_dask] == [
        (x.jumlah, x.alasan, x.contoh) for x in w_pandas
    ]
    for _, g in hasil.iterrows():
        tepat = _tepat([b for b in rows if b[0] == g["opd"]])
        for kolom, nilai in tepat.items():
            cepat = float(vektor.bulatkan([g[kolom]])[0])
            assert (None if np.isnan(cepat) else cepat) == nilai, kolom


def test_kelompok_tanpa_agregat_satu_peringatan_per_compute() -> None:
    # polaritas negatif di partisi kedua membatalkan capaian agregat kelompok "A" (seperti
    # ringkasan); target 0 di dua partisi: satu peringatan, dengan bagian baris dan kelompok
    pdf = pd.DataFrame({"opd": ["A", "B", "B", "A"], "target": [10.0, 0.0, 0.0, 10.0],
                        "realisasi": [8.0, 1.0, 1.0, 8.0],
                        "polaritas": ["positif", "positif", "positif", "negatif"]},
                       index=[101, 102, 103, 104])  # fmt: skip
    harapan, w_pandas = _pandas(vektor.agregat_kelompok, pdf, "opd")
    lazy = vektor.agregat_kelompok(_dask(pdf, 4), "opd")
    assert len(w_pandas) == 1
    for _ in range(2):  # setiap compute memperingatkan sekali, tidak per partisi atau tahap
        hasil, w_dask = _hitung(lazy)
        assert len(w_dask) == 1
        assert str(w_dask[0]) == str(w_pandas[0])
        assert w_dask[0].contoh == (102, 103)  # bagian pertama: baris masukan
        bagian = w_dask[0].bagian
        assert list(bagian) == ["baris", "kelompok"]
        assert [x.alasan for x in bagian.values()] == [
            x.alasan for x in w_pandas[0].bagian.values()
        ]
        assert [x.contoh for x in bagian.values()] == [(102, 103), ("A", "B")]
    assert np.isnan(hasil["capaian_agregat"]).all()
    assert hasil["rata_rata_capaian"][0] == 100.0  # (80 + (2·10 − 8)/10 × 100) / 2
    assert np.isnan(hasil["rata_rata_capaian"][1])  # "B": semua targetnya 0
    pd.testing.assert_frame_equal(hasil.reset_index(drop=True), harapan)


def test_agregat_dask_strict() -> None:
    pdf = pd.DataFrame({"opd": ["A", "A"], "target": [10.0, 0.0], "realisasi": [8.0, 1.0]})
    lazy = vektor.agregat_kelompok(_dask(pdf, 2), "opd", strict=True)
    with pytest.raises(InputTidakSah, match="target 0"):
        lazy.compute(scheduler="synchronous")


# ------------------------------------------------ tabel triwulan panjang


def test_klakah_kumulatif_terbelah_antarpartisi() -> None:
    # DOMAIN §4: 37,84 + 17 + 10,7 + 29,63 = 95,17; triwulan satu indikator di tiga partisi
    pdf = pd.DataFrame({
        "indikator": ["Klakah", "Lain", "Klakah", "Lain", "Klakah", "Klakah"],
        "triwulan": ["TW I", "TW I", "TW II", "TW II", "TW III", "TW IV"],
        "nilai": [37.84, 90.0, 17.0, 80.0, 10.7, 29.63],
        "kumulasi": ["kumulatif", "akhir", "kumulatif", "akhir", "kumulatif", "kumulatif"],
    })  # fmt: skip
    lazy = vektor.sampai_dengan_panjang(_dask(pdf, 3), "indikator", 4)
    assert isinstance(lazy, dd.DataFrame)
    hasil, w = _hitung(lazy)
    per = dict(zip(hasil["indikator"], vektor.bulatkan(hasil["nilai_sd"]), strict=True))
    assert per == {"Klakah": 95.17, "Lain": 80.0}  # AKHIR: yang terakhir, bukan yang terbesar
    assert w == []


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(1, 4), angka),
        min_size=1,
        max_size=12,
        unique_by=lambda x: (x[0], x[1]),
    ),
    st.sampled_from(list(Kumulasi)),
    st.integers(1, 4),
    st.integers(1, 4),
)
def test_tabel_panjang_dask_sama_dengan_pandas_dan_jalur_tepat(
    rows: list[tuple[str, int, float]], kumulasi: Kumulasi, tw: int, n: int
) -> None:
    pdf = pd.DataFrame(rows, columns=["indikator", "triwulan", "nilai"])
    harapan, w_pandas = _pandas(vektor.sampai_dengan_panjang, pdf, "indikator", tw,
                                kumulasi=kumulasi)  # fmt: skip
    hasil, w_dask = _hitung(
        vektor.sampai_dengan_panjang(_dask(pdf, n), "indikator", tw, kumulasi=kumulasi)
    )
    urut = hasil.sort_values("indikator").reset_index(drop=True)
    pd.testing.assert_frame_equal(urut, harapan.sort_values("indikator").reset_index(drop=True))
    assert [(x.jumlah, x.alasan, sorted(map(str, x.contoh))) for x in w_dask] == [
        (x.jumlah, x.alasan, sorted(map(str, x.contoh))) for x in w_pandas
    ]
    for _, g in urut.iterrows():
        per_tw: list[Decimal | None] = [None] * 4
        for k, t, v in rows:
            if k == g["indikator"]:
                per_tw[t - 1] = Decimal(repr(v))
        try:
            tepat: float | None = float(kinerja.bulatkan(kinerja.sampai_dengan(per_tw, kumulasi,
                                                                               tw)))  # fmt: skip
        except kinerja.DataTidakAda:
            tepat = None
        cepat = float(vektor.bulatkan([g["nilai_sd"]])[0])
        assert (None if np.isnan(cepat) else cepat) == tepat


def test_triwulan_ganda_di_partisi_berbeda_tetap_ditolak() -> None:
    pdf = pd.DataFrame({"indikator": ["A", "B", "A"], "triwulan": [1, 1, 1],
                        "nilai": [1.0, 2.0, 3.0]})  # fmt: skip
    lazy = vektor.sampai_dengan_panjang(_dask(pdf, 3), "indikator", 1)
    with pytest.raises(InputTidakSah, match="TW I tertulis dua kali"):
        lazy.compute(scheduler="synchronous")


def test_kunci_tidak_ada_ditolak_sebelum_mengacak() -> None:
    pdf = pd.DataFrame({"indikator": ["A"], "triwulan": [1], "nilai": [1.0]})
    with pytest.raises(InputTidakSah, match="'kode'"):
        vektor.sampai_dengan_panjang(_dask(pdf, 1), "kode", 1)


def test_kunci_kosong_dan_dua_kolom_seperti_pandas() -> None:
    # sel kunci kosong adalah kelompoknya sendiri, juga bila terbelah antarpartisi
    pdf = pd.DataFrame({"opd": ["A", None, "A", "B", None, "A"], "program": [1, 2, 1, 2, 2, 3],
                        "target": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
                        "realisasi": [5.0, 10.0, 30.0, 20.0, 50.0, 30.0]})  # fmt: skip
    for kunci in ("opd", ["opd", "program"]):
        harapan = vektor.agregat_kelompok(pdf, kunci)
        hasil, _ = _hitung(vektor.agregat_kelompok(_dask(pdf, 3), kunci))
        pd.testing.assert_frame_equal(hasil.reset_index(drop=True), harapan)
    # kelompok kosong: (10 + 50) / (20 + 50) × 100, dari dua partisi
    assert hasil["capaian_agregat"][1] == pytest.approx(60 / 70 * 100)
