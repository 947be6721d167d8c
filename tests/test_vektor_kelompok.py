"""Isu 12 butir 2: agregat per kelompok dan tabel triwulan panjang, sepakat dengan jalur tepat.

Oracle: ``kinerja.capaian_agregat``, ``kinerja.rata_rata_capaian``, ``kinerja.serapan_total``
dan ``kinerja.sampai_dengan`` (jalur Decimal), serta contoh terhitung DOMAIN.md: target 100%
dengan 3/12 dan 12/12 Desa → rata-rata 62,5 dan agregat (25 + 100) / 200 × 100 = 62,5.
"""

from __future__ import annotations

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
from kinerja import Anggaran, InputTidakSah, Kumulasi, Realisasi, Target, vektor


def _diam(fungsi: Any, *args: Any, **kwargs: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        return fungsi(*args, **kwargs)


def test_contoh_domain_desa_berpenyebut() -> None:
    df = pd.DataFrame(
        {"opd": ["X", "X"], "target": [100.0, 100.0], "realisasi": [3.0, 12.0],
         "penyebut": [12.0, 12.0]}
    )  # fmt: skip
    hasil = vektor.agregat_kelompok(df, "opd")
    assert list(hasil.columns) == ["opd", "jumlah_baris", "rata_rata_capaian", "capaian_agregat"]
    assert hasil.iloc[0].tolist() == ["X", 2, 62.5, 62.5]


angka = st.integers(min_value=1, max_value=100_000).map(lambda x: x / 100)
baris = st.tuples(st.sampled_from(["A", "B", "C"]), angka, angka, angka, angka)


@settings(max_examples=40, deadline=None)
@given(st.lists(baris, min_size=1, max_size=15), st.sampled_from(["pandas", "polars", "pyarrow"]))
def test_agregat_sama_dengan_jalur_tepat(
    rows: list[tuple[str, float, float, float, float]], pustaka: str
) -> None:
    data = {
        "opd": [b[0] for b in rows],
        "target": [b[1] for b in rows],
        "realisasi": [b[2] for b in rows],
        "pagu": [max(b[3], b[4]) for b in rows],
        "ra": [min(b[3], b[4]) for b in rows],
    }
    df: Any = {"pandas": pd.DataFrame, "polars": pl.DataFrame, "pyarrow": pa.table}[pustaka](data)
    hasil = _diam(vektor.agregat_kelompok, df, "opd", pagu="pagu", realisasi_anggaran="ra")
    tabel = hasil if isinstance(hasil, pd.DataFrame) else pl.from_arrow(hasil).to_pandas() \
        if isinstance(hasil, pa.Table) else hasil.to_pandas()  # fmt: skip
    for _, g in tabel.iterrows():
        isi = [b for b in rows if b[0] == g["opd"]]
        t = [Decimal(repr(b[1])) for b in isi]
        r = [Decimal(repr(b[2])) for b in isi]
        c = [kinerja.capaian(a, b) for a, b in zip(t, r, strict=True)]
        anggaran = [Anggaran(Decimal(repr(max(b[3], b[4]))), Decimal(repr(min(b[3], b[4]))))
                    for b in isi]  # fmt: skip
        harapan: dict[str, Decimal | int] = {
            "jumlah_baris": len(isi),
            "rata_rata_capaian": kinerja.rata_rata_capaian(c),
            "capaian_agregat": kinerja.capaian_agregat(target=t, realisasi=r),
            "rata_rata_serapan": kinerja.rata_rata_capaian([kinerja.serapan(a.pagu, a.realisasi)
                                                            for a in anggaran]),
            "serapan_agregat": kinerja.serapan_total(anggaran),
        }  # fmt: skip
        for kolom, nilai in harapan.items():
            assert float(vektor.bulatkan([g[kolom]])[0]) == float(kinerja.bulatkan(nilai)), kolom


def test_polaritas_negatif_tanpa_capaian_agregat() -> None:
    df = pd.DataFrame(
        {"opd": ["A", "B"], "target": [10.0, 10.0], "realisasi": [8.0, 8.0],
         "polaritas": ["negatif", "positif"]}
    )  # fmt: skip
    with pytest.warns(vektor.BarisTidakSah, match="polaritas negatif") as catatan:
        hasil = vektor.agregat_kelompok(df, "opd")
    assert np.isnan(hasil["capaian_agregat"][0])
    assert hasil["capaian_agregat"][1] == 80.0
    assert hasil["rata_rata_capaian"].tolist() == [120.0, 80.0]  # (2·10 − 8)/10 × 100
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert w.contoh == ("A",)


def test_baris_di_atas_pagu_membatalkan_serapan_agregat() -> None:
    # seperti serapan_total: satu baris tidak sah → total tidak terhitung, walau Σ masih ≤ Σ pagu
    with pytest.raises(kinerja.KinerjaError):
        kinerja.serapan_total([Anggaran(100, 90), Anggaran(10, 20)])
    df = pd.DataFrame({"opd": ["A", "A"], "target": [1.0, 1.0], "realisasi": [1.0, 1.0],
                       "pagu": [100.0, 10.0], "ra": [90.0, 20.0]})  # fmt: skip
    hasil = _diam(vektor.agregat_kelompok, df, "opd", pagu="pagu", realisasi_anggaran="ra")
    assert np.isnan(hasil["serapan_agregat"][0])


def test_kelompok_dua_kolom() -> None:
    df = pl.DataFrame({"opd": ["A", "A", "A"], "program": [1, 2, 1],
                       "target": [10.0, 10.0, 30.0], "realisasi": [5.0, 10.0, 30.0]})  # fmt: skip
    hasil = vektor.agregat_kelompok(df, ["opd", "program"])
    assert isinstance(hasil, pl.DataFrame)
    assert hasil.rows() == [("A", 1, 2, 75.0, 87.5), ("A", 2, 1, 100.0, 100.0)]


# ------------------------------------------------ tabel triwulan panjang


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(1, 4), angka),
        min_size=1,
        max_size=12,
        unique_by=lambda x: (x[0], x[1]),
    ),
    st.sampled_from(list(Kumulasi)),
    st.integers(1, 4),
)
def test_tabel_panjang_sama_dengan_sampai_dengan(
    rows: list[tuple[str, int, float]], kumulasi: Kumulasi, tw: int
) -> None:
    df = pd.DataFrame(rows, columns=["indikator", "triwulan", "nilai"])
    hasil = _diam(vektor.sampai_dengan_panjang, df, "indikator", tw, kumulasi=kumulasi)
    for _, g in hasil.iterrows():
        per_tw: list[Decimal | None] = [None] * 4
        for k, t, v in rows:
            if k == g["indikator"]:
                per_tw[t - 1] = Decimal(repr(v))
        try:
            harapan: float | None = float(kinerja.bulatkan(
                kinerja.sampai_dengan(per_tw, kumulasi, tw)))  # fmt: skip
        except kinerja.DataTidakAda:
            harapan = None
        cepat = float(vektor.bulatkan([g["nilai_sd"]])[0])
        assert (None if np.isnan(cepat) else cepat) == harapan


def test_tabel_panjang_kumulasi_per_baris_dan_label_triwulan() -> None:
    df = pl.DataFrame({"indikator": ["A", "A", "A", "B", "B"],
                       "triwulan": ["TW I", "II", "3", "1", "2"],
                       "nilai": [1.0, 2.0, 3.0, 10.0, 20.0],
                       "kumulasi": ["kumulatif"] * 3 + ["akhir"] * 2})  # fmt: skip
    hasil = vektor.sampai_dengan_panjang(df, "indikator", 3)
    assert isinstance(hasil, pl.DataFrame)
    assert hasil.rows() == [("A", 6.0), ("B", 20.0)]


def test_tabel_panjang_menolak_triwulan_ganda_dan_kumulasi_berbeda() -> None:
    ganda = pd.DataFrame({"indikator": ["A", "A"], "triwulan": [1, "TW I"], "nilai": [1.0, 2.0]})
    with pytest.raises(InputTidakSah, match=r"'A' TW I tertulis dua kali \(baris 1\)"):
        vektor.sampai_dengan_panjang(ganda, "indikator", 1)
    beda = pd.DataFrame({"indikator": ["A", "A"], "triwulan": [1, 2], "nilai": [1.0, 2.0],
                         "kumulasi": ["kumulatif", "akhir"]})  # fmt: skip
    with pytest.raises(InputTidakSah, match="kumulasi 'A' berbeda"):
        vektor.sampai_dengan_panjang(beda, "indikator", 2)


def test_realisasi_desa_berpenyebut_sama_dengan_realisasi_kinerja() -> None:
    # Realisasi(3, "Desa", dari=12) terhadap target 100% → capaian 25, di jalur tepat dan cepat
    tepat = kinerja.capaian(Target(100, "%"), Realisasi(3, "Desa", dari=12))
    assert vektor.capaian([100.0], [3.0], penyebut=[12.0])[0] == float(tepat) == 25.0


@pytest.mark.parametrize("pustaka", ["pandas", "polars", "pyarrow"])
def test_satu_peringatan_untuk_baris_dan_kelompok(pustaka: str) -> None:
    """Isu 12: satu peringatan per panggilan, walau yang dinilai dua hal (baris dan kelompok)."""
    data = {"opd": ["A", "B", "B", "A", "C"], "target": [10.0, 0.0, 0.0, 10.0, 5.0],
            "realisasi": [8.0, 1.0, 1.0, 8.0, 5.0],
            "polaritas": ["positif", "positif", "positif", "negatif", "positif"]}  # fmt: skip
    df: Any = {"pandas": pd.DataFrame, "polars": pl.DataFrame, "pyarrow": pa.table}[pustaka](data)
    with warnings.catch_warnings(record=True) as catatan:
        warnings.simplefilter("always")
        vektor.agregat_kelompok(df, "opd")
    assert len(catatan) == 1
    w = catatan[0].message
    assert isinstance(w, vektor.BarisTidakSah)
    assert catatan[0].filename == __file__  # menunjuk baris pemanggil
    baris, kelompok = w.bagian["baris"], w.bagian["kelompok"]
    assert (baris.panjang, baris.alasan, baris.contoh) == (5, {"target 0": 2}, (1, 2))
    assert (kelompok.panjang, kelompok.jumlah, kelompok.contoh) == (3, 2, ("A", "B"))
    assert (w.posisi.keys(), w.contoh) == (baris.posisi.keys(), baris.contoh)
    assert "2 baris tidak sah" in str(w)
    assert "2 kelompok tanpa angka agregat" in str(w)
    assert "kelompok pertama: 'A', 'B'" in str(w)


def test_hanya_kelompok_tanpa_agregat_berkata_kelompok() -> None:
    df = pd.DataFrame({"opd": ["A"], "target": [10.0], "realisasi": [8.0],
                       "polaritas": ["negatif"]})  # fmt: skip
    with pytest.warns(vektor.BarisTidakSah) as catatan:
        vektor.agregat_kelompok(df, "opd")
    assert len(catatan) == 1
    assert str(catatan[0].message).startswith("1 kelompok tanpa angka agregat (polaritas negatif")
    assert catatan[0].message.bagian == {}  # type: ignore[union-attr]


def test_strict_tetap_galat_pada_baris_pertama() -> None:
    df = pd.DataFrame({"opd": ["A", "A"], "target": [10.0, 0.0], "realisasi": [8.0, 1.0]})
    with pytest.raises(kinerja.KinerjaError, match="1 baris tidak sah"):
        vektor.agregat_kelompok(df, "opd", strict=True)
