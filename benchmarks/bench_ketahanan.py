"""Tolok ukur: masukan raksasa ditolak secepat membaca laporan biasa (rasio, bukan detik).

Dulu ``tests/test_ketahanan.py`` menegaskan "ditolak dalam < 1 detik"; assertion berwaktu tidak
boleh ada di rangkaian uji (hasilnya bergantung pada mesin dan bebannya). Di sini setiap kasus
diukur dalam satu proses bersama pembandingnya: membaca contoh bawaan terbesar
(``klakah-2024-tw4``, TOML) dengan ``baca_laporan_teks``. Rasio = waktu menolak / waktu pembanding.

Jalankan::

    .venv/bin/python benchmarks/bench_ketahanan.py
    .venv/bin/python benchmarks/bench_ketahanan.py --rasio-maksimum 3 --ulang 7

Keluar dengan status 1 bila ada kasus yang rasionya melebihi ``--rasio-maksimum`` atau yang tidak
ditolak dengan ``BerkasTidakSah``. Bawaan 25: batas lama "< 1 detik" kira-kira 120× pembanding;
terukur (2 inti, Nov 2026) semua kasus di bawah 0,1× kecuali pecahan TOML 10^6 digit (±10×:
tomllib membaca seluruh megabait teks sebelum batas 100 karakter berlaku).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kinerja.galat import BerkasTidakSah
from kinerja.laporan.berkas import baca_laporan, baca_laporan_teks
from kinerja.laporan.contoh import teks_contoh

KASUS_TEKS: list[tuple[str, str, str]] = [
    ("json: bilangan bulat 10^6 digit", '{"a": ' + "9" * 10**6 + "}", "json"),
    ("json: pecahan 10^6 digit", '{"a": 1.' + "9" * 10**6 + "}", "json"),
    ("toml: bilangan bulat 5000 digit", "a = " + "9" * 5000, "toml"),
    ("toml: pecahan 10^6 digit", "a = 1." + "9" * 10**6, "toml"),
    ("json: 40 tingkat susunan", "[" * 40 + "]" * 40, "json"),
    ("json: eksponen raksasa", '{"a": 7e99999999999999999999}', "json"),
    ("toml: eksponen raksasa", "a = 7e99999999999999999999", "toml"),
    ("toml: 5000 tingkat susunan", "a = " + "[" * 5000 + "]" * 5000, "toml"),
]


def terbaik(fungsi: Callable[[], object], ulang: int) -> float:
    """Waktu terbaik (detik) dari ``ulang`` kali jalan."""
    hasil = []
    for _ in range(ulang):
        mulai = time.perf_counter()
        fungsi()
        hasil.append(time.perf_counter() - mulai)
    return min(hasil)


def ditolak(fungsi: Callable[[], object]) -> Callable[[], object]:
    """``fungsi`` yang harus menimbulkan BerkasTidakSah; selain itu AssertionError."""

    def jalan() -> object:
        try:
            fungsi()
        except BerkasTidakSah:
            return None
        raise AssertionError("tidak ditolak")

    return jalan


def main(argv: list[str] | None = None) -> int:
    """Ukur semua kasus, cetak rasionya, kembalikan status keluar."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ulang", type=int, default=5)
    parser.add_argument("--rasio-maksimum", type=float, default=25.0)
    arg = parser.parse_args(argv)

    contoh = teks_contoh("klakah-2024-tw4")
    acuan = terbaik(lambda: baca_laporan_teks(contoh, "toml"), arg.ulang)
    print(f"pembanding: baca klakah-2024-tw4 (TOML) {acuan * 1000:.2f} ms")

    gagal = 0
    with tempfile.TemporaryDirectory() as folder:
        besar = Path(folder) / "besar.json"
        with besar.open("wb") as f:
            f.truncate(10**9)  # berkas jarang: 1 GB tanpa memakan disk
        kasus: list[tuple[str, Callable[[], object]]] = [
            ("berkas 1 GB (jarang)", lambda: baca_laporan(besar))
        ]
        for nama, teks, format in KASUS_TEKS:
            kasus.append(
                (nama, lambda t=teks, f=format: baca_laporan_teks(t, f))  # type: ignore[misc]
            )
        for nama, fungsi in kasus:
            try:
                waktu = terbaik(ditolak(fungsi), arg.ulang)
            except AssertionError:
                print(f"{nama:36} TIDAK DITOLAK")
                gagal += 1
                continue
            rasio = waktu / acuan
            tanda = "" if rasio <= arg.rasio_maksimum else "  << melebihi batas"
            gagal += bool(tanda)
            print(f"{nama:36} {waktu * 1000:9.2f} ms  rasio {rasio:6.2f}{tanda}")
    return 1 if gagal else 0


if __name__ == "__main__":
    raise SystemExit(main())
