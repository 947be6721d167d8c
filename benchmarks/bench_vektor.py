"""Tolok ukur jalur cepat kinerja.vektor terhadap numpy tulisan tangan, jalur Decimal, dan df.apply.

Jalankan (setelah ``pip install -e '.[pandas]'``)::

    python benchmarks/bench_vektor.py            # 1 juta dan 10 juta baris
    python benchmarks/bench_vektor.py --baris 1000000

Semua angka adalah rasio terhadap (b), numpy tulisan tangan terbaik untuk aturan yang sama, yang
diukur dalam proses yang sama. (a) dan (b), masukan pustaka lain dan agregat per kelompok diukur
berselang-seling (satu putaran menjalankan semuanya), rasionya median rasio per putaran. Jalur
Decimal (c) dan df.apply (d) diukur pada sampel 100.000 baris lalu diekstrapolasi linear ke n
baris (keduanya O(n) per baris Python); ditandai "ekstr.".
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import time
import tracemalloc
import warnings
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

import kinerja
from kinerja import SKALA_LKJ, vektor

SAMPEL = 100_000
AMBANG = np.array([51.0, 66.0, 76.0, 91.0])
BATAS = 1e24  # ke_desimal menolak |x| ≥ 10²⁴ (DIGIT_BULAT_MAKSIMUM)


def ribuan(n: int) -> str:
    """Bilangan bulat dengan titik pemisah ribuan (5.000.000)."""
    return f"{n:,}".replace(",", ".")


def data(n: int, seed: int = 2024) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Target dan realisasi acak ala laporan; 0,1% target bernilai 0 (baris tidak sah)."""
    rng = np.random.default_rng(seed)
    t = rng.integers(1, 1000, n).astype(np.float64)
    t[rng.random(n) < 0.001] = 0.0
    r = np.round(t * rng.uniform(0.0, 1.3, n), 2)
    return t, r


def numpy_tangan(t: np.ndarray[Any, Any], r: np.ndarray[Any, Any]) -> tuple[Any, Any]:
    """(b) numpy tulisan tangan terbaik: capaian dengan T<=0 → NaN, lalu kode pita int8.

    Aturan yang sama berarti baris tanpa capaian (NaN) juga tanpa predikat (kode -1), bukan
    diam-diam "Sangat Kurang", dan masukan yang ditolak jalur Decimal (tak hingga, ≥ 10²⁴)
    juga NaN — diperiksa dengan reduksi dulu, seperti (a); tanpa peringatan dan hitungan
    baris tidak sah.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        c = r / t
        c *= 100.0
    tidak_sah = t <= 0
    if np.fmax.reduce(t) >= BATAS or np.fmax.reduce(r) >= BATAS or np.fmin.reduce(r) <= -BATAS:
        tidak_sah |= (t >= BATAS) | (np.abs(r) >= BATAS)
    c[tidak_sah] = np.nan
    del tidak_sah  # masker tidak perlu hidup selama kode pita dibuat
    kode = np.greater_equal(c, AMBANG[0]).view(np.int8)
    lewat = np.empty(len(c), dtype=np.bool_)
    for b in AMBANG[1:]:
        np.greater_equal(c, b, out=lewat)
        kode += lewat.view(np.int8)
    kode[np.isnan(c)] = -1
    return c, kode


def kinerja_vektor(t: np.ndarray[Any, Any], r: np.ndarray[Any, Any]) -> tuple[Any, Any]:
    """(a) kinerja.vektor: capaian + predikat, dengan pelaporan baris tidak sah."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        c = vektor.capaian(t, r)
        return c, vektor.predikat(c, SKALA_LKJ)


def jalur_decimal(t: list[Decimal], r: list[Decimal]) -> list[Any]:
    """(c) jalur Decimal tepat: kinerja.capaian + kinerja.predikat per baris."""
    hasil: list[Any] = []
    for ti, ri in zip(t, r, strict=True):
        try:
            c = kinerja.capaian(ti, ri)
        except kinerja.TargetNol:
            hasil.append(None)
            continue
        hasil.append((c, kinerja.predikat(c, SKALA_LKJ).label))
    return hasil


def _label(c: float) -> str | None:
    if c != c:
        return None
    for batas, label in ((91, "Sangat Baik"), (76, "Baik"), (66, "Cukup"), (51, "Kurang")):
        if c >= batas:
            return label
    return "Sangat Kurang"


def df_apply(df: pd.DataFrame) -> pd.Series[Any]:
    """(d) yang ditulis pengguna tanpa kinerja: df.apply per baris."""
    return df.apply(lambda b: _label(b["r"] / b["t"] * 100 if b["t"] > 0 else float("nan")), axis=1)


def ukur(fungsi: Callable[[], object], ulang: int = 3) -> tuple[float, int]:
    """Waktu terbaik dari ``ulang`` kali dan puncak memori (tracemalloc) satu kali jalan."""
    waktu = []
    for _ in range(ulang):
        gc.collect()
        mulai = time.perf_counter()
        fungsi()
        waktu.append(time.perf_counter() - mulai)
    gc.collect()
    tracemalloc.start()
    fungsi()
    _, puncak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return min(waktu), puncak


def berselang(
    fungsi: dict[str, Callable[[], object]], ulang: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Jalankan semua ``fungsi`` bergantian dalam setiap putaran (derau beban mengenai semuanya).

    Kembalikan waktu terbaik tiap fungsi dan median, atas semua putaran, rasio waktunya
    terhadap fungsi pertama pada putaran yang sama.
    """
    waktu: dict[str, list[float]] = {nama: [] for nama in fungsi}
    for _ in range(ulang):
        for nama, f in fungsi.items():
            gc.collect()
            mulai = time.perf_counter()
            f()
            waktu[nama].append(time.perf_counter() - mulai)
    acuan = waktu[next(iter(fungsi))]
    rasio = {
        nama: statistics.median(w / a for w, a in zip(ws, acuan, strict=True))
        for nama, ws in waktu.items()
    }
    return {nama: min(ws) for nama, ws in waktu.items()}, rasio


def bandingkan(n: int) -> None:
    """Cetak waktu, memori dan rasio (a)–(d) terhadap (b) untuk n baris."""
    t, r = data(n)
    ulang = 21 if n <= 2_000_000 else 7  # n kecil: lebih banyak ulangan meredam derau
    terbaik, rasio = berselang(
        {"b": lambda: numpy_tangan(t, r), "a": lambda: kinerja_vektor(t, r)}, ulang
    )
    waktu_b, mem_b = terbaik["b"], ukur(lambda: numpy_tangan(t, r), ulang=1)[1]
    waktu_a, mem_a = terbaik["a"], ukur(lambda: kinerja_vektor(t, r), ulang=1)[1]
    ts = [Decimal(str(x)) for x in t[:SAMPEL]]
    rs = [Decimal(str(x)) for x in r[:SAMPEL]]
    waktu_c = ukur(lambda: jalur_decimal(ts, rs), ulang=1)[0] * n / SAMPEL
    df = pd.DataFrame({"t": t[:SAMPEL], "r": r[:SAMPEL]})
    waktu_d = ukur(lambda: df_apply(df), ulang=1)[0] * n / SAMPEL
    satu_larik = n * 8
    print(f"\n== {ribuan(n)} baris")
    print(f"{'jalur':<44}{'waktu (s)':>12}{'rasio ke (b)':>14}{'memori puncak':>16}")
    baris = [  # (a): median rasio per putaran berselang; (c), (d): terhadap (b) terbaik
        ("(a) kinerja.vektor capaian+predikat", waktu_a, rasio["a"], mem_a),
        ("(b) numpy tulisan tangan (batas praktis)", waktu_b, 1.0, mem_b),
        ("(c) jalur Decimal kinerja (ekstr.)", waktu_c, waktu_c / waktu_b, None),
        ("(d) pandas df.apply per baris (ekstr.)", waktu_d, waktu_d / waktu_b, None),
    ]
    for nama, waktu, kali, mem in baris:
        teks_mem = "-" if mem is None else f"{mem / satu_larik:.2f} larik"
        print(f"{nama:<44}{waktu:>12.3f}{kali:>13.2f}×{teks_mem:>16}")
    print(
        f"memori tambahan (a) dibanding (b): {(mem_a - mem_b) / satu_larik:+.2f} larik float64 "
        f"({n * 8 / 1e6:.0f} MB per larik)"
    )


def decimal_terhadap_loop_polos(n: int = SAMPEL) -> None:
    """Rasio kinerja.capaian() terhadap loop Decimal polos R / T * 100 pada nilai yang sama."""
    t, r = data(n, seed=7)
    pasangan = [(Decimal(str(a)), Decimal(str(b))) for a, b in zip(t, r, strict=True) if a > 0]
    seratus = Decimal(100)
    polos = ukur(lambda: [b / a * seratus for a, b in pasangan], ulang=5)[0]
    pustaka = ukur(lambda: [kinerja.capaian(a, b) for a, b in pasangan], ulang=5)[0]
    print(
        f"\n== Decimal: kinerja.capaian() {pustaka:.3f} s vs loop polos R / T * 100 "
        f"{polos:.3f} s pada {ribuan(len(pasangan))} baris → {pustaka / polos:.2f}×"
    )


def pustaka_lain(n: int) -> None:
    """Masukan polars dan pyarrow terhadap masukan numpy (capaian + predikat), satu proses."""
    import polars as pl
    import pyarrow as pa

    t, r = data(n)
    masukan = {
        "numpy": (t, r),
        "polars": (pl.Series("t", t), pl.Series("r", r)),
        "pyarrow": (pa.chunked_array([t]), pa.chunked_array([r])),
    }

    def capaian_saja(t_: object, r_: object) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", vektor.BarisTidakSah)
            return vektor.capaian(t_, r_)  # type: ignore[arg-type]

    ukuran: list[tuple[str, Callable[[object, object], object]]] = [
        ("capaian + predikat", kinerja_vektor),  # type: ignore[list-item]
        ("capaian saja", capaian_saja),
    ]
    for judul, fungsi in ukuran:
        waktu, rasio = berselang(
            {nama: functools.partial(fungsi, a, b) for nama, (a, b) in masukan.items()}, ulang=11
        )
        print(f"\n== pustaka bingkai, {ribuan(n)} baris ({judul})")
        for nama, w in waktu.items():
            print(f"{nama:<10}{w:>10.3f} s{rasio[nama]:>10.2f}× masukan numpy")


def kelompok(n: int, banyak: int = 500) -> None:
    """agregat_kelompok terhadap pandas groupby tulisan tangan (rata-rata dan Σ R / Σ T)."""
    t, r = data(n)
    rng = np.random.default_rng(3)
    df = pd.DataFrame({"opd": rng.integers(0, banyak, n), "target": t, "realisasi": r})

    def tangan() -> pd.DataFrame:
        c = df["realisasi"] / df["target"].where(df["target"] > 0) * 100
        g = df.assign(c=c).groupby("opd", sort=False)
        jumlah = g[["target", "realisasi"]].sum()
        return pd.DataFrame(
            {"rata_rata": g["c"].mean(), "agregat": jumlah["realisasi"] / jumlah["target"] * 100}
        )

    def pustaka() -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", vektor.BarisTidakSah)
            return vektor.agregat_kelompok(df, "opd")

    waktu, rasio = berselang({"tangan": tangan, "pustaka": pustaka}, ulang=7)
    print(
        f"\n== agregat per kelompok ({banyak} kelompok), {ribuan(n)} baris: "
        "vektor.agregat_kelompok "
        f"{waktu['pustaka']:.3f} s vs pandas groupby tulisan tangan {waktu['tangan']:.3f} s "
        f"→ {rasio['pustaka']:.2f}×"
    )


def main() -> None:
    """Titik masuk baris perintah."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--baris", type=int, nargs="+", default=[1_000_000, 10_000_000], help="jumlah baris"
    )
    parser.add_argument(
        "--baris-pustaka", type=int, default=5_000_000, help="baris untuk polars/pyarrow/kelompok"
    )
    args = parser.parse_args()
    mulai = time.perf_counter()
    for n in args.baris:
        bandingkan(n)
    decimal_terhadap_loop_polos()
    pustaka_lain(args.baris_pustaka)
    kelompok(args.baris_pustaka)
    print(f"\nselesai dalam {time.perf_counter() - mulai:.1f} s")


if __name__ == "__main__":
    main()
