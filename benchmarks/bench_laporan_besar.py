"""Tolok ukur berkas anggaran besar: ``kinerja hitung --tabel keuangan`` dan ``kinerja periksa``.

Membuat, di direktori sementara, berkas JSON ringkas berisi 90.000 baris anggaran sebuah
kabupaten (pohon kode rekening Kepmendagri 050-5889: urusan, bidang, program, kegiatan, sub
kegiatan), tepat di bawah batas berkas 10 MB, lalu mengukur dalam satu jalan:

- baseline: loop Python polos atas berkas yang sama (``json.load``, satu ``Decimal`` per nilai,
  jumlah per baris dan satu persen per baris; ``dasar_anggaran.py``) sebagai proses sendiri,
  seperti kedua perintah — batas praktis; semua rasio terhadap ini. Baseline yang sama di dalam
  proses tolok ukur dicetak juga: di sana pengumpul sampah ikut menelusuri laporan dan tabel
  yang masih dipegang, jadi ia lebih lambat dan tidak dipakai sebagai penyebut;
- kedua perintah sebagai proses utuh (skrip konsol ``kinerja`` di venv yang sama, subprocess);
- dalam proses, per lapisan: baca (``baca_laporan``), hitung (``tabel_keuangan``), cetak
  (``ke_sajian`` + ``ke_teks``) dan periksa (``periksa``), agar bisa diprofil.

Setiap putaran mengukur semuanya bergantian; waktu dan rasio (terhadap baseline putaran yang
sama) adalah median beberapa putaran, agar beban mesin yang berubah tidak memiringkan rasio.
Rasio CPU (waktu CPU proses, termasuk subprocess) lebih stabil di mesin yang dipakai bersama.
Sidik SHA-256 keluaran kedua perintah dicetak agar keluaran sebelum dan sesudah sebuah
perubahan bisa dibandingkan. Dengan ``--profil`` setiap lapisan juga diprofil dengan cProfile
(fungsi teratas menurut waktu sendiri).

Jalankan (setelah ``pip install -e '.[dev]'``)::

    python benchmarks/bench_laporan_besar.py             # ± 1–2 menit di mesin 2 inti
    python benchmarks/bench_laporan_besar.py --ulang 5 --profil
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from dasar_anggaran import baseline

from kinerja.laporan.berkas import BATAS_BAWAAN, baca_laporan
from kinerja.laporan.periksa import periksa
from kinerja.laporan.tabel_keuangan import tabel_keuangan

BARIS = 90_000
TAHUN = 2024
TRIWULAN = 2

_URAIAN = (
    "Belanja Pegawai",
    "Perjalanan Dinas",
    "Pengadaan ATK",
    "Rapat",
    "Jasa Listrik",
    "Makan Minum",
    "Honorarium",
    "Pemeliharaan",
    "Pengadaan Obat",
    "Rehab Kelas",
    "Operasional BOK",
    "Evaluasi Kinerja",
)


def _rupiah_teks(nilai: int, sen: bool) -> str:
    """Rupiah bernotasi Indonesia: 1895403508 → '1.895.403.508' (atau '…,00')."""
    return f"{nilai:,}".replace(",", ".") + (",00" if sen else "")


class _Penulis:
    """Menuliskan angka ke berkas dalam campuran bentuk yang dipakai e-SAKIP."""

    def __init__(self, acak: random.Random) -> None:
        self.acak = acak

    def angka(self, nilai: int) -> object:
        """40% teks tanpa sen, 5% teks dengan ',00', 55% bilangan JSON."""
        u = self.acak.random()
        if u < 0.40:
            return _rupiah_teks(nilai, sen=False)
        if u < 0.45:
            return _rupiah_teks(nilai, sen=True)
        return nilai


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _persen_cetak(pembilang: int, penyebut: int) -> str:
    """Persen dua desimal, dibulatkan setengah ke atas, bernotasi Indonesia ('95,06')."""
    nilai = (Decimal(pembilang) * 100 / Decimal(penyebut)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return str(nilai).replace(".", ",")


def _kode_pohon(baris: int) -> Iterator[tuple[str, int]]:
    """Kode rekening urut pohon (induk sebelum anak) dan tingkatnya, tepat ``baris`` buah.

    7 urusan × 6 bidang × 5 program × 10 kegiatan (2.01–2.10) = 2.100 kegiatan; sisanya sub
    kegiatan, dibagi rata ke setiap kegiatan.
    """
    kegiatan = [
        (u, b, p, k) for u in range(1, 8) for b in range(1, 7) for p in range(1, 6)
        for k in range(1, 11)
    ]  # fmt: skip
    induk = 7 + 7 * 6 + 7 * 6 * 5 + len(kegiatan)
    sub, lebih = divmod(baris - induk, len(kegiatan))
    for i, (u, b, p, k) in enumerate(kegiatan):
        if b == 1 and p == 1 and k == 1:
            yield f"{u}", 1
        if p == 1 and k == 1:
            yield f"{u}.{b:02d}", 2
        if k == 1:
            yield f"{u}.{b:02d}.{p:02d}", 3
        yield f"{u}.{b:02d}.{p:02d}.2.{k:02d}", 4
        for s in range(1, sub + (1 if i < lebih else 0) + 1):
            yield f"{u}.{b:02d}.{p:02d}.2.{k:02d}.{s:04d}", 5


def data_anggaran(baris: int = BARIS, benih: int = 2024) -> dict[str, Any]:
    """Laporan kabupaten dengan ``baris`` baris anggaran, induk = Σ anak (seperti APBD).

    Periode TW II (semester). Induk dan seperempat sub kegiatan membawa realisasi per TW I–II,
    sisanya realisasi s.d. periode (`realisasi_kumulatif`); sekitar
    3% baris membawa angka tercetak (sisa, serapan), beberapa di antaranya salah cetak agar
    ``periksa`` punya temuan.
    """
    acak = random.Random(benih)
    tulis = _Penulis(acak)
    kode = list(_kode_pohon(baris))
    # nilai sub kegiatan dulu, lalu jumlahkan ke atas (induk = Σ anak)
    pagu: dict[str, int] = {}
    realisasi: dict[str, list[int]] = {}
    for k, tingkat in kode:
        if tingkat == 5:
            p = acak.randrange(5_000, 300_000) * 1_000 + acak.choice((0, 0, 0, 500, 275))
            pagu[k] = p
            realisasi[k] = [round(p * acak.uniform(0.0, 0.45)) for _ in range(TRIWULAN)]
    anak: dict[str, list[str]] = {}
    for k, tingkat in kode:
        if tingkat > 1:
            anak.setdefault(_induk(k), []).append(k)
    for k, tingkat in sorted(kode, key=lambda kt: -kt[1]):
        if tingkat < 5:
            pagu[k] = sum(pagu[a] for a in anak[k])
            realisasi[k] = [sum(realisasi[a][t] for a in anak[k]) for t in range(TRIWULAN)]
    hasil: list[dict[str, Any]] = []
    for k, tingkat in kode:
        r = realisasi[k]
        b: dict[str, Any] = {
            "kode": k,
            "uraian": _URAIAN[acak.randrange(len(_URAIAN))],
            "pagu": tulis.angka(pagu[k]),
        }
        if tingkat == 5 and acak.random() < 0.75:
            b["realisasi_kumulatif"] = tulis.angka(sum(r))
        else:
            b["realisasi"] = {f"tw{t + 1}": tulis.angka(v) for t, v in enumerate(r)}
        if acak.random() < 0.03:
            sisa = pagu[k] - sum(r)
            salah = acak.random() < 0.05  # slip yang ditanam
            b["tercetak"] = {
                "sisa": _rupiah_teks(sisa + (1000 if salah else 0), sen=False),
                "serapan": _persen_cetak(sum(r), pagu[k]),
            }
        hasil.append(b)
    return {
        "unit": {"nama": "Badan Keuangan dan Aset Daerah", "instansi": "Kabupaten Contoh"},
        "periode": {"tahun": TAHUN, "triwulan": TRIWULAN},
        "anggaran": hasil,
    }


def _induk(kode: str) -> str:
    segmen = kode.split(".")
    # kegiatan "2.01" dua segmen: induk sub kegiatan membuang 1, induk kegiatan membuang 2
    buang = 2 if len(segmen) == 5 else 1
    return ".".join(segmen[:-buang])


def tulis_berkas(folder: Path, baris: int = BARIS) -> Path:
    """Tulis berkas JSON ringkas (tanpa spasi) dan pastikan di bawah batas ukuran bawaan."""
    jalur = folder / "anggaran-kabupaten.json"
    teks = json.dumps(data_anggaran(baris), ensure_ascii=False, separators=(",", ":"))
    ukuran = len(teks.encode("utf-8"))
    if ukuran > BATAS_BAWAAN.ukuran_bait:
        raise SystemExit(f"berkas {ukuran} bait melebihi batas {BATAS_BAWAAN.ukuran_bait}")
    jalur.write_text(teks, encoding="utf-8")
    return jalur


def _cpu() -> float:
    """Waktu CPU proses ini ditambah anak-anaknya yang sudah selesai (detik)."""
    anak = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + anak.ru_utime + anak.ru_stime


def waktu(fungsi: Callable[[], object]) -> tuple[float, float, object]:
    """Waktu dinding dan waktu CPU (termasuk subprocess) satu kali jalan, dan hasilnya."""
    mulai, mulai_cpu = time.perf_counter(), _cpu()
    hasil = fungsi()
    return time.perf_counter() - mulai, _cpu() - mulai_cpu, hasil


_DASAR = Path(__file__).with_name("dasar_anggaran.py")


def _konsol() -> Path:
    """Skrip konsol ``kinerja`` di venv yang sama dengan interpreter ini."""
    jalur = Path(sys.executable).parent / "kinerja"
    if not jalur.exists():
        raise SystemExit(f"skrip konsol {jalur} tidak ada: pasang dulu dengan pip install -e .")
    return jalur


def proses(argumen: list[str]) -> bytes:
    """Jalankan ``kinerja`` sebagai proses utuh; status 0 atau 1 (ada temuan) diterima."""
    jalan = subprocess.run(argumen, capture_output=True, check=False)
    if jalan.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argumen)}: status {jalan.returncode}: {jalan.stderr!r}")
    return jalan.stdout


def _profil(nama: str, fungsi: Callable[[], object], teratas: int) -> None:
    profil = cProfile.Profile()
    profil.runcall(fungsi)
    keluaran = io.StringIO()
    stat = pstats.Stats(profil, stream=keluaran)
    stat.sort_stats("tottime").print_stats(teratas)
    print(f"\n== profil: {nama} (waktu sendiri, {teratas} teratas)")
    print(keluaran.getvalue().split("\n", 4)[-1].rstrip())


def main(argv: list[str] | None = None) -> None:
    """Buat berkas, ukur baseline, kedua perintah dan lapisan dalam proses; cetak rasio."""
    pengurai = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    pengurai.add_argument("--baris", type=int, default=BARIS, help="jumlah baris anggaran")
    pengurai.add_argument("--ulang", type=int, default=3, help="jumlah putaran (median)")
    pengurai.add_argument("--profil", action="store_true", help="profil cProfile per lapisan")
    pengurai.add_argument("--teratas", type=int, default=15, help="baris profil per lapisan")
    args = pengurai.parse_args(argv)
    konsol = str(_konsol())
    with tempfile.TemporaryDirectory() as folder:
        jalur = tulis_berkas(Path(folder), args.baris)
        ukuran = jalur.stat().st_size
        print(f"berkas: {_ribuan(args.baris)} baris anggaran, {_ribuan(ukuran)} bait")
        laporan = baca_laporan(jalur)
        tabel = tabel_keuangan(laporan)
        sajian = tabel.ke_sajian()
        hasil: dict[str, object] = {}
        diukur: list[tuple[str, str, Callable[[], object]]] = [
            (
                "dasar",
                "baseline (proses): json.load + Decimal + persen",
                lambda: proses([sys.executable, str(_DASAR), str(jalur)]),
            ),
            ("dasar_dalam", "  baseline dalam proses tolok ukur", lambda: baseline(jalur)),
            (
                "hitung",
                "kinerja hitung BERKAS --tabel keuangan (proses)",
                lambda: proses([konsol, "hitung", str(jalur), "--tabel", "keuangan"]),
            ),
            (
                "periksa",
                "kinerja periksa BERKAS (proses)",
                lambda: proses([konsol, "periksa", str(jalur)]),
            ),
            ("baca", "  baca: baca_laporan", lambda: baca_laporan(jalur)),
            ("tabel", "  hitung: tabel_keuangan", lambda: tabel_keuangan(laporan)),
            ("sajian", "  cetak: ke_sajian", tabel.ke_sajian),
            (
                "teks",
                "  cetak: tanpa_kolom_kosong + ke_teks",
                lambda: sajian.tanpa_kolom_kosong().ke_teks(),
            ),
            ("temuan", "  periksa: periksa(laporan)", lambda: periksa(laporan)),
        ]
        # Setiap putaran mengukur baseline dan semuanya bergantian, dan rasio dihitung per
        # putaran: beban mesin yang berubah-ubah mengenai pembilang dan penyebut sama rata.
        detik: dict[str, list[float]] = {kunci: [] for kunci, _, _ in diukur}
        rasio: dict[str, list[float]] = {kunci: [] for kunci, _, _ in diukur}
        rasio_cpu: dict[str, list[float]] = {kunci: [] for kunci, _, _ in diukur}
        for _ in range(args.ulang):
            cpu: dict[str, float] = {}
            for kunci, _, fungsi in diukur:
                t, cpu[kunci], hasil[kunci] = waktu(fungsi)
                detik[kunci].append(t)
            for kunci in detik:
                rasio[kunci].append(detik[kunci][-1] / detik["dasar"][-1])
                rasio_cpu[kunci].append(cpu[kunci] / cpu["dasar"])
        print(f"median dari {args.ulang} putaran; rasio terhadap baseline putaran yang sama\n")
        print(f"{'yang diukur':<52}{'waktu (s)':>10}{'rasio':>9}{'rasio CPU':>11}")
        for kunci, nama, _ in diukur:
            median_detik = statistics.median(detik[kunci])
            print(
                f"{nama:<52}{median_detik:>10.3f}{statistics.median(rasio[kunci]):>8.1f}×"
                f"{statistics.median(rasio_cpu[kunci]):>10.1f}×"
            )
        keluar_hitung, keluar_periksa, temuan = hasil["hitung"], hasil["periksa"], hasil["temuan"]
        assert isinstance(temuan, list)
        for nama, keluaran in (("hitung", keluar_hitung), ("periksa", keluar_periksa)):
            assert isinstance(keluaran, bytes)
            sidik = hashlib.sha256(keluaran).hexdigest()[:16]
            print(f"sidik keluaran {nama}: {sidik} ({_ribuan(len(keluaran))} bait)")
        print(f"temuan periksa: {len(temuan)}")
        if args.profil:
            _profil("baca", lambda: baca_laporan(jalur), args.teratas)
            _profil("hitung", lambda: tabel_keuangan(laporan), args.teratas)
            _profil("cetak", lambda: tabel.ke_sajian().tanpa_kolom_kosong().ke_teks(), args.teratas)
            _profil("periksa", lambda: periksa(laporan), args.teratas)


if __name__ == "__main__":
    main()
