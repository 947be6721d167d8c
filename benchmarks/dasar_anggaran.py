"""Baseline tolok ukur berkas anggaran besar: loop Python polos, tanpa kinerja.

``json.load``, satu ``Decimal`` per nilai, jumlah per baris dan satu persen per baris — batas
praktis yang dibandingkan dengan ``kinerja hitung``/``periksa`` oleh ``bench_laporan_besar.py``.
Dijalankan sebagai proses sendiri (seperti kedua perintah), agar objek yang masih dipegang
proses tolok ukur tidak membebani pengumpul sampahnya::

    python benchmarks/dasar_anggaran.py BERKAS.json
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path


def _desimal(nilai: object) -> Decimal:
    if isinstance(nilai, str):
        return Decimal(nilai.replace(".", "").replace(",", "."))
    return Decimal(str(nilai))


def baseline(jalur: Path) -> tuple[Decimal, Decimal]:
    """Loop polos: json.load, satu Decimal per nilai, jumlah dan satu persen per baris."""
    with jalur.open(encoding="utf-8") as berkas:
        data = json.load(berkas)
    total_pagu = Decimal(0)
    total_persen = Decimal(0)
    for b in data["anggaran"]:
        pagu = _desimal(b["pagu"])
        if "realisasi" in b:
            realisasi = sum((_desimal(v) for v in b["realisasi"].values()), Decimal(0))
        else:
            realisasi = _desimal(b["realisasi_kumulatif"])
        for v in b.get("tercetak", {}).values():
            _desimal(v)
        total_pagu += pagu
        if pagu:
            total_persen += realisasi * 100 / pagu
    return total_pagu, total_persen


if __name__ == "__main__":
    print(*baseline(Path(sys.argv[1])))
