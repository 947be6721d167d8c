"""Fuzzing berpanduan cakupan (atheris) untuk pengurai dan pemuat kinerja — dijalankan bila perlu.

Rangkaian uji (.ci/run) sudah memfuzz dengan hypothesis; skrip ini untuk pencarian lebih lama::

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_kinerja.py angka -max_total_time=60
    .venv/bin/python fuzz/fuzz_kinerja.py kode -runs=200000
    .venv/bin/python fuzz/fuzz_kinerja.py toml -max_total_time=300
    .venv/bin/python fuzz/fuzz_kinerja.py json -max_total_time=300

Setiap masukan hanya boleh memunculkan turunan ``KinerjaError``; galat lain menghentikan
atheris dan menyimpan masukannya sebagai ``crash-*``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

import atheris

with atheris.instrument_imports():
    from kinerja import KinerjaError, KodeRekening, baca_angka, hitung, periksa
    from kinerja.laporan.berkas import baca_laporan_teks


def _berkas(format: str) -> Callable[[str], object]:
    def muat(teks: str) -> object:
        laporan = baca_laporan_teks(teks, format)  # type: ignore[arg-type]
        hitung(laporan)
        return periksa(laporan)

    return muat


SASARAN: dict[str, Callable[[str], object]] = {
    "angka": baca_angka,
    "kode": KodeRekening.parse,
    "toml": _berkas("toml"),
    "json": _berkas("json"),
}


def main() -> None:
    """Pilih sasaran dari argumen pertama, sisanya untuk libFuzzer."""
    if len(sys.argv) < 2 or sys.argv[1] not in SASARAN:
        sys.exit(f"pakai: fuzz_kinerja.py {{{'|'.join(SASARAN)}}} [opsi libFuzzer]")
    sasaran = SASARAN[sys.argv[1]]

    def satu(data: bytes) -> None:
        teks = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
        with contextlib.suppress(KinerjaError):
            sasaran(teks)

    atheris.Setup([sys.argv[0], *sys.argv[2:]], satu)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
