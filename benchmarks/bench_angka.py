"""Tolok ukur pengurai angka: µs per angka teks, jalur cepat dan pengurai ketat, satu proses.

Angka meniru berkas anggaran besar (pagu, realisasi, persen bernotasi Indonesia). Dicetak:
µs per angka untuk ``baca_angka`` (jalur cepat + pengurai ketat untuk sisanya), untuk pengurai
ketat saja (Babel strict, rujukan jalur cepat), dan untuk ``ke_desimal`` atas Decimal; lalu
rasio ``kinerja.capaian()`` terhadap loop Decimal polos ``R * 100 / T``.

    .venv/bin/python benchmarks/bench_angka.py
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from decimal import Decimal

import kinerja
from kinerja.urai_angka import baca_ketat


def teks_anggaran(n: int, seed: int = 2024) -> list[str]:
    """Teks angka seperti di berkas anggaran: Rupiah berkelompok, persen, bilangan kecil."""
    acak = random.Random(seed)
    hasil: list[str] = []
    for i in range(n):
        jenis = i % 4
        if jenis in (0, 1):
            hasil.append(f"{acak.randrange(1_000, 2_000_000_000):,}".replace(",", "."))
        elif jenis == 2:
            hasil.append(f"{acak.randrange(0, 12_000) / 100:.2f}".replace(".", ","))
        else:
            hasil.append(str(acak.randrange(0, 500)))
    return hasil


def terbaik(fungsi: Callable[[], object], ulang: int = 3) -> float:
    waktu = []
    for _ in range(ulang):
        mulai = time.perf_counter()
        fungsi()
        waktu.append(time.perf_counter() - mulai)
    return min(waktu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--angka", type=int, default=90_000)
    n = parser.parse_args().angka
    daftar = teks_anggaran(n)
    cepat = terbaik(lambda: [kinerja.baca_angka(t) for t in daftar])
    ketat = terbaik(lambda: [baca_ketat(t, "id") for t in daftar])
    desimal = [kinerja.baca_angka(t) for t in daftar]
    pintu = terbaik(lambda: [kinerja.ke_desimal(d) for d in desimal])
    print(f"{n} angka teks bernotasi Indonesia (waktu terbaik dari 3):")
    print(f"  baca_angka (jalur cepat + ketat)  {cepat / n * 1e6:6.2f} µs per angka")
    print(f"  pengurai ketat saja (Babel)       {ketat / n * 1e6:6.2f} µs per angka")
    print(f"  ke_desimal atas Decimal           {pintu / n * 1e6:6.2f} µs per angka")

    acak = random.Random(7)
    pasangan = [
        (Decimal(acak.randrange(1, 10**6)) / 100, Decimal(acak.randrange(0, 10**6)) / 100)
        for _ in range(100_000)
    ]
    seratus = Decimal(100)
    polos = terbaik(lambda: [r * seratus / t for t, r in pasangan], ulang=5)
    pustaka = terbaik(lambda: [kinerja.capaian(t, r) for t, r in pasangan], ulang=5)
    print(
        f"kinerja.capaian() {pustaka:.3f} s vs loop polos R * 100 / T {polos:.3f} s "
        f"pada {len(pasangan)} pasangan Decimal → {pustaka / polos:.2f}×"
    )


if __name__ == "__main__":
    main()
