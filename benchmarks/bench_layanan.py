"""Tolok ukur layanan HTTP: ``POST /periksa`` (Klakah) terhadap satu proses CLI per permintaan.

Dalam satu jalan, pada berkas yang sama (contoh bawaan ``klakah-2024-tw4``, TOML):

- HTTP berurutan: server uvicorn sungguhan di porta lokal bebas
  (:func:`kinerja.layanan.server.di_latar`), satu sambungan keep-alive, N permintaan;
- CLI: ``kinerja periksa BERKAS --format json`` sebagai proses utuh per permintaan (yang
  dilakukan sistem PHP tanpa layanan);
- keduanya bergantian per putaran; rasio = median latensi CLI / median latensi HTTP;
- semburan serentak terbatas: jumlah permintaan tetap, paling banyak K sekaligus, hanya
  loopback, berhenti sendiri; setiap jawaban dibandingkan dengan dokumen yang diharapkan, lalu
  server harus masih menjawab ``/kesehatan``.

Setiap jawaban (HTTP dan CLI) diperiksa sama dengan ``dokumen_periksa`` dalam proses — di luar
waktu yang diukur (latensi: kirim sampai jawaban terbaca utuh); satu saja berbeda membuat skrip
keluar dengan status 1.

Jalankan (setelah ``pip install -e '.[dev,layanan]'``)::

    python benchmarks/bench_layanan.py                     # ± 30 detik di mesin 2 inti
    python benchmarks/bench_layanan.py --putaran 5 --http 40 --cli 4 --semburan 400 --serentak 16
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kinerja.laporan.contoh import muat_contoh, teks_contoh
from kinerja.layanan.inti import dokumen_periksa
from kinerja.layanan.server import di_latar

NAMA = "klakah-2024-tw4"
KEPALA = {"Content-Type": "application/toml"}


def _sambungan(url: str) -> http.client.HTTPConnection:
    alamat = urlsplit(url)
    return http.client.HTTPConnection(alamat.hostname or "", alamat.port, timeout=120)


def _periksa_http(sambungan: http.client.HTTPConnection, badan: bytes) -> tuple[int, bytes]:
    """Satu permintaan; jawaban mentah (diurai dan dibandingkan di luar waktu yang diukur)."""
    sambungan.request("POST", "/periksa", body=badan, headers=KEPALA)
    r = sambungan.getresponse()
    return r.status, r.read()


def _sama(isi: bytes, harapan: Any) -> bool:
    return bool(json.loads(isi) == harapan)


def _persentil(data: list[float], p: float) -> float:
    urut = sorted(data)
    return urut[min(len(urut) - 1, round(p * (len(urut) - 1)))]


def _ms(detik: float) -> str:
    return f"{detik * 1000:8.1f} ms"


def main() -> int:
    pengurai = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pengurai.add_argument("--putaran", type=int, default=3)
    pengurai.add_argument("--http", type=int, default=30, help="permintaan HTTP per putaran")
    pengurai.add_argument("--cli", type=int, default=3, help="panggilan CLI per putaran")
    pengurai.add_argument("--semburan", type=int, default=200, help="jumlah permintaan semburan")
    pengurai.add_argument("--serentak", type=int, default=16, help="paling banyak sekaligus")
    args = pengurai.parse_args()

    harapan = json.loads(json.dumps(dokumen_periksa(muat_contoh(NAMA))))
    badan = teks_contoh(NAMA).encode()
    skrip = shutil.which("kinerja", path=str(Path(sys.executable).parent)) or "kinerja"
    salah = 0
    lat_http: list[float] = []
    lat_cli: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, di_latar() as url:
        berkas = Path(tmp) / f"{NAMA}.toml"
        berkas.write_bytes(badan)
        sambungan = _sambungan(url)
        _periksa_http(sambungan, badan)  # pemanasan: impor dan cache di server
        for _ in range(args.putaran):
            for _ in range(args.http):
                mulai = time.perf_counter()
                status, isi = _periksa_http(sambungan, badan)
                lat_http.append(time.perf_counter() - mulai)
                salah += status != 200 or not _sama(isi, harapan)
            for _ in range(args.cli):
                mulai = time.perf_counter()
                proses = subprocess.run(
                    [skrip, "periksa", str(berkas), "--format", "json"],
                    capture_output=True,
                    check=False,
                )
                lat_cli.append(time.perf_counter() - mulai)
                salah += proses.returncode != 1 or not _sama(proses.stdout, harapan)
        sambungan.close()

        def satu(_: int) -> tuple[float, bool]:
            s = _sambungan(url)
            try:
                mulai = time.perf_counter()
                status, isi = _periksa_http(s, badan)
                lama = time.perf_counter() - mulai
                return lama, status == 200 and _sama(isi, harapan)
            finally:
                s.close()

        mulai = time.perf_counter()
        with ThreadPoolExecutor(args.serentak) as kolam:
            hasil = list(kolam.map(satu, range(args.semburan)))
        lama_semburan = time.perf_counter() - mulai
        salah_semburan = sum(not benar for _, benar in hasil)
        s = _sambungan(url)
        s.request("GET", "/kesehatan")
        masih_hidup = s.getresponse().status == 200
        s.close()

    med_http, med_cli = statistics.median(lat_http), statistics.median(lat_cli)
    lat_semburan = [t for t, _ in hasil]
    print(f"POST /periksa {NAMA} (TOML {len(badan)} bait), {args.putaran} putaran bergantian")
    print(
        f"  HTTP berurutan  n={len(lat_http):4d}  median {_ms(med_http)}  "
        f"p95 {_ms(_persentil(lat_http, 0.95))}  {1 / med_http:7.1f} permintaan/s"
    )
    print(
        f"  CLI per proses  n={len(lat_cli):4d}  median {_ms(med_cli)}  "
        f"p95 {_ms(_persentil(lat_cli, 0.95))}  {1 / med_cli:7.1f} permintaan/s"
    )
    print(f"  rasio latensi CLI / HTTP (median): {med_cli / med_http:.1f}×")
    print(f"  semburan: {args.semburan} permintaan, ≤ {args.serentak} serentak: "
          f"{args.semburan / lama_semburan:.1f} permintaan/s, "
          f"median {_ms(statistics.median(lat_semburan))}, "
          f"p95 {_ms(_persentil(lat_semburan, 0.95))}; salah {salah_semburan}; "
          f"server masih menjawab: {'ya' if masih_hidup else 'TIDAK'}")  # fmt: skip
    print(f"  jawaban berurutan yang salah: {salah}")
    return 0 if salah == 0 and salah_semburan == 0 and masih_hidup else 1


if __name__ == "__main__":
    sys.exit(main())
