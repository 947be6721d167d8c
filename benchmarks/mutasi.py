"""Uji mutasi kinerja: seberapa kuat rangkaian uji menangkap rumus atau batas yang salah.

Setiap *mutan* adalah salinan satu modul dengan satu perubahan kecil pada pohon sintaksnya:

- operator: ``+``↔``-``, ``*``↔``/`` (juga ``+=`` dsb.), ``//`` → ``/``, ``%`` → ``//``;
- perbandingan: ``<``→``<=``/``>=``, ``<=``→``<``/``>``, ``>``→``>=``/``<=``, ``>=``→``>``/``<``,
  ``==``↔``!=``, ``is``↔``is not``, ``in``↔``not in``;
- logika: ``and``↔``or``, ``not x`` → ``x``, ``-x`` → ``x``;
- konstanta: angka ±1, ``True``↔``False``, teks tak kosong → ``""`` (kecuali docstring, bagian
  f-string, anotasi tipe dan ``__all__``);
- ``return X`` → ``return None``.

Mutan dijalankan terhadap subset uji yang relevan untuk modulnya (:data:`PETA_UJI`: doctest modul
itu, halaman docs/-nya, berkas uji aturannya, dan oracle aturan ``tests/test_oracle_*.py``), dengan
``pytest -x -q -p no:cacheprovider`` dan ``HYPOTHESIS_PROFILE=dev``. Mutan *terbunuh* bila ujinya
gagal (atau melewati batas waktu), *selamat* bila semua lulus. Semua mutasi terjadi pada salinan
sementara proyek (satu per pekerja, ``PYTHONPATH`` menunjuk ke ``src/`` salinannya): ``src/`` asli
tidak pernah disentuh. Mutan dibuat dari ``ast.unparse``; sebelum mutan pertama, modul yang
di-unparse tanpa mutasi dijalankan dengan subset yang sama dan harus lulus.

Tidak dijalankan di CI (lambat). Perintah dan cara membaca hasilnya: docs/mutasi.md. ::

    .venv/bin/python benchmarks/mutasi.py predikat --jobs 2
    .venv/bin/python benchmarks/mutasi.py --daftar capaian      # hanya daftar mutan
    .venv/bin/python benchmarks/mutasi.py --sampel 30 --benih 1 # 30 mutan acak per modul
    .venv/bin/python benchmarks/mutasi.py capaian --nomor 17    # satu mutan saja
    .venv/bin/python benchmarks/mutasi.py --sampel 8 --benih 9 --kecuali hasil.json  # sampel baru
    .venv/bin/python benchmarks/mutasi.py capaian --nomor 17 --uji tests/test_oracle_mutan.py
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import math
import os
import queue
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent

_ORACLE_ATURAN = (
    "tests/test_oracle_aritmetika.py", "tests/test_oracle_batas.py", "tests/test_oracle_mutan.py",
    "tests/test_oracle_mutan_aturan_baru.py", "tests/test_oracle_mutan_ikm_lke.py",
    "tests/test_oracle_mutan_isu8_penuh.py",
)  # fmt: skip
"""Oracle aturan (Fraction, contoh DOMAIN, kasus batas, pembunuh mutan), di subset setiap aturan."""

_UJI_ANGKA = (
    "docs/angka.md", "tests/test_angka.py", "tests/test_ketepatan.py", "tests/test_kokoh_angka.py",
    "tests/test_kokoh_angka_modul.py", "tests/test_angka_tanpa_sen.py",
    "tests/test_oracle_mutan_urai_angka.py",
)  # fmt: skip

PETA_UJI: dict[str, tuple[str, ...]] = {
    "angka": _UJI_ANGKA,
    # uji_besaran_semua dan persen_teruji dipakai jalur cepat tabel dan serapan
    "besaran": (*_UJI_ANGKA, "tests/test_skala_hitung.py"),
    "urai_angka": _UJI_ANGKA,
    "teks_angka": (*_UJI_ANGKA, "tests/test_skala_sajian.py"),
    "capaian": (
        "docs/capaian.md", "tests/test_capaian.py", "tests/test_contoh_domain.py",
        "tests/test_ketepatan.py", "tests/test_kokoh_vektor.py",
    ),
    "persen": (
        "docs/capaian.md", "docs/anggaran.md", "docs/desa.md", "docs/fasilitasi.md",
        "tests/test_capaian.py", "tests/test_anggaran.py", "tests/test_kokoh_masukan.py",
        "tests/test_contoh_domain.py",
    ),
    "kumulasi": (
        "docs/kumulasi.md", "tests/test_kumulasi.py", "tests/test_indikator.py",
        "tests/test_kokoh_tabel.py",
    ),
    "anggaran": (
        "docs/anggaran.md", "tests/test_anggaran.py", "tests/test_contoh_domain.py",
        "tests/test_kokoh_masukan.py", "tests/test_skala_hitung.py",
    ),
    "kode_rekening": (
        "docs/kode-rekening.md", "tests/test_kode_rekening.py", "tests/test_kokoh_tabel.py",
        "tests/test_skala_kode.py",
    ),
    "predikat": ("docs/predikat.md", "tests/test_predikat.py", "tests/test_contoh_domain.py"),
    # Pita, SkalaPredikat dan skala bawaan (ambang regulasi) pindah dari predikat ke skala_predikat
    "skala_predikat": ("docs/predikat.md", "tests/test_predikat.py", "tests/test_contoh_domain.py"),
    "skala_terdaftar": (
        "docs/predikat.md", "tests/test_predikat.py", "tests/test_sampah.py",
        "tests/test_kokoh_masukan.py",
    ),
    "desa": (
        "docs/desa.md", "tests/test_desa.py", "tests/test_contoh_domain.py",
        "tests/test_kokoh_masukan.py",
    ),
    "fasilitasi": (
        "docs/fasilitasi.md", "tests/test_desa.py", "tests/test_contoh_domain.py",
        "tests/test_kokoh_masukan.py",
    ),
    "periode": (
        "docs/periode.md", "tests/test_periode.py", "tests/test_contoh_domain.py",
        "tests/test_kokoh_masukan.py",
    ),
    "hari_kerja": (
        "docs/periode.md", "tests/test_periode.py", "tests/test_desa.py",
        "tests/test_kokoh_masukan.py", "tests/test_sampah.py",
    ),
    "indikator": (
        "docs/indikator.md", "tests/test_indikator.py", "tests/test_kumulasi.py",
        "tests/test_kokoh_tabel.py",
    ),
    # aturan isu 9, 10 dan 13 (laporan tahunan, IKM/LKE, periksa menyeluruh)
    "perubahan": (
        "docs/tahunan.md", "tests/test_tahunan_perubahan.py", "tests/test_tahunan_sifat.py",
    ),
    "renstra": ("docs/tahunan.md", "tests/test_tahunan_laporan.py", "tests/test_tahunan_sifat.py"),
    "ikm": ("docs/evaluasi.md", "tests/test_ikm_aturan.py", "tests/test_ikm_berkas.py"),
    "ikm_jawaban": ("docs/evaluasi.md", "tests/test_ikm_aturan.py", "tests/test_ikm_berkas.py"),
    "lke": ("docs/evaluasi.md", "tests/test_lke_aturan.py", "tests/test_lke_berkas.py"),
    "lke_jawaban": ("docs/evaluasi.md", "tests/test_lke_aturan.py", "tests/test_lke_berkas.py"),
    "lke_lembar": ("docs/evaluasi.md", "tests/test_lke_aturan.py", "tests/test_lke_berkas.py"),
    "label_periode": ("docs/periksa.md", "tests/test_periksa_cetakan.py"),
    "ungkapan": ("docs/periksa.md", "tests/test_periksa_cetakan.py"),
    "periksa": (
        "docs/periksa.md", "tests/test_periksa.py", "tests/test_oracle_periksa.py",
        "tests/test_slip_tanam.py", "tests/test_tabel.py", "tests/test_kokoh_tabel.py",
        "tests/test_oracle_mutan.py",
    ),
}  # fmt: skip
"""Modul → berkas uji untuk mutannya (selain doctest berkas modul itu dan oracle aturan)."""

_BERKAS_PERIKSA = tuple(
    f"src/kinerja/laporan/periksa/{nama}.py"
    for nama in ("__init__", "temuan", "banding", "indikator", "anggaran", "ringkasan")
)


def berkas_modul(modul: str) -> tuple[str, ...]:
    """Berkas modul (relatif terhadap akar proyek) yang dimutasi; ``periksa`` adalah paket."""
    if modul == "periksa":
        return _BERKAS_PERIKSA
    return (f"src/kinerja/{modul}.py",)


def wilson(berhasil: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Selang kepercayaan Wilson (bawaan 95%) untuk proporsi ``berhasil / n``.

    >>> [round(x, 3) for x in wilson(28, 30)]
    [0.787, 0.982]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if n == 0:
        return 0.0, 1.0
    p = berhasil / n
    penyebut = 1 + z * z / n
    tengah = (p + z * z / (2 * n)) / penyebut
    lebar = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / penyebut
    return max(0.0, tengah - lebar), min(1.0, tengah + lebar)


@dataclass(frozen=True)
class Mutan:
    """Satu mutan: letaknya di berkas asli, uraiannya, dan sumber modul yang termutasi."""

    modul: str
    nomor: int
    berkas: str
    baris: int
    uraian: str
    sumber: str


@dataclass(frozen=True)
class Hasil:
    """Nasib satu mutan: ``terbunuh``, ``selamat``, ``waktu habis`` atau ``galat``."""

    modul: str
    nomor: int
    berkas: str
    baris: int
    uraian: str
    nasib: str
    detik: float


# ------------------------------------------------------------------ pembuatan mutan

_OPERATOR: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult,
}  # fmt: skip
_BANDING: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.GtE), ast.LtE: (ast.Lt, ast.Gt), ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt), ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,), ast.In: (ast.NotIn,), ast.NotIn: (ast.In,),
}  # fmt: skip
_SIMBOL: dict[type[ast.AST], str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
    ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
    ast.And: "and", ast.Or: "or",
}  # fmt: skip

Ubah = Callable[[ast.AST], ast.AST | None]
"""Pengubah satu simpul: mengubahnya di tempat (kembali None) atau memberi simpul pengganti."""


def _dilewati(pohon: ast.Module) -> set[int]:
    """id() simpul yang tidak dimutasi: docstring, anotasi, f-string, __all__, TYPE_CHECKING."""
    lewati: set[ast.AST] = set()

    def semua(simpul: ast.AST | None) -> None:
        if simpul is not None:
            lewati.update(ast.walk(simpul))

    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.Expr) and isinstance(simpul.value, ast.Constant):
            semua(simpul)  # docstring modul/kelas/fungsi/atribut
        elif isinstance(simpul, ast.JoinedStr):
            lewati.update(n for n in simpul.values if isinstance(n, ast.Constant))
        elif isinstance(simpul, ast.arg):
            semua(simpul.annotation)
        elif isinstance(simpul, (ast.FunctionDef, ast.AsyncFunctionDef)):
            semua(simpul.returns)
        elif isinstance(simpul, ast.AnnAssign):
            semua(simpul.annotation)
        elif _semua_dilewati(simpul):
            semua(simpul)
    return {id(s) for s in lewati}


def _semua_dilewati(simpul: ast.AST) -> bool:
    """``__all__ = [...]`` dan blok ``if TYPE_CHECKING:``."""
    if isinstance(simpul, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id == "__all__" for t in simpul.targets)
    return (
        isinstance(simpul, ast.If)
        and isinstance(simpul.test, ast.Name)
        and simpul.test.id == "TYPE_CHECKING"
    )


def _ganti_op(baru: type[ast.operator]) -> Ubah:
    def ubah(simpul: ast.AST) -> None:
        assert isinstance(simpul, (ast.BinOp, ast.AugAssign))
        simpul.op = baru()

    return ubah


def _ganti_banding(i: int, baru: type[ast.cmpop]) -> Ubah:
    def ubah(simpul: ast.AST) -> None:
        assert isinstance(simpul, ast.Compare)
        simpul.ops[i] = baru()

    return ubah


def _balik_logika(simpul: ast.AST) -> None:
    assert isinstance(simpul, ast.BoolOp)
    simpul.op = ast.Or() if isinstance(simpul.op, ast.And) else ast.And()


def _buang_unary(simpul: ast.AST) -> ast.AST:
    assert isinstance(simpul, ast.UnaryOp)
    return simpul.operand


def _konstanta(nilai: str | float) -> Ubah:
    def ubah(simpul: ast.AST) -> None:
        assert isinstance(simpul, ast.Constant)
        simpul.value = nilai

    return ubah


def _kembali_kosong(simpul: ast.Return) -> bool:
    """``return`` atau ``return None``: mutasi ``return None`` tidak mengubah apa pun."""
    nilai = simpul.value
    return nilai is None or (isinstance(nilai, ast.Constant) and nilai.value is None)


def _kembali_none(simpul: ast.AST) -> None:
    assert isinstance(simpul, ast.Return)
    simpul.value = ast.Constant(value=None)


def _situs(simpul: ast.AST) -> Iterator[tuple[str, Ubah]]:
    """Semua mutasi yang mungkin pada satu simpul: (uraian, pengubah)."""
    if isinstance(simpul, (ast.BinOp, ast.AugAssign)):
        lama = type(simpul.op)
        if lama in _OPERATOR:
            baru = _OPERATOR[lama]
            tanda = "=" if isinstance(simpul, ast.AugAssign) else ""
            yield f"`{_SIMBOL[lama]}{tanda}` → `{_SIMBOL[baru]}{tanda}`", _ganti_op(baru)
    elif isinstance(simpul, ast.Compare):
        for i, op in enumerate(simpul.ops):
            for baru_c in _BANDING.get(type(op), ()):
                uraian = f"`{_SIMBOL[type(op)]}` → `{_SIMBOL[baru_c]}`"
                yield uraian, _ganti_banding(i, baru_c)
    elif isinstance(simpul, ast.BoolOp):
        lama_b = "and" if isinstance(simpul.op, ast.And) else "or"
        yield f"`{lama_b}` → `{'or' if lama_b == 'and' else 'and'}`", _balik_logika
    elif isinstance(simpul, ast.UnaryOp) and isinstance(simpul.op, (ast.Not, ast.USub)):
        yield f"`{'not ' if isinstance(simpul.op, ast.Not) else '-'}x` → `x`", _buang_unary
    elif isinstance(simpul, ast.Constant):
        v = simpul.value
        if isinstance(v, bool):
            yield f"`{v}` → `{not v}`", _konstanta(not v)
        elif isinstance(v, (int, float)):
            yield f"`{v!r}` → `{v + 1!r}`", _konstanta(v + 1)
            yield f"`{v!r}` → `{v - 1!r}`", _konstanta(v - 1)
        elif isinstance(v, str) and v:
            pendek = v if len(v) <= 30 else v[:27] + "..."
            yield f"`{pendek!r}` → `''`", _konstanta("")
    elif isinstance(simpul, ast.Return) and not _kembali_kosong(simpul):
        yield "`return X` → `return None`", _kembali_none


class _Pengganti(ast.NodeTransformer):
    def __init__(self, sasaran: ast.AST, ubah: Ubah) -> None:
        self.sasaran = sasaran
        self.ubah = ubah

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.sasaran:
            pengganti = self.ubah(node)
            return node if pengganti is None else pengganti
        return self.generic_visit(node)


def _mutan_berkas(modul: str, berkas: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Sumber ``berkas`` yang di-unparse tanpa mutasi, dan mutannya: (baris, uraian, sumber)."""
    teks = (AKAR / berkas).read_text(encoding="utf-8")
    asli = ast.parse(teks)
    dasar = ast.unparse(asli)
    lewati = _dilewati(asli)
    simpul_asli = list(ast.walk(asli))
    mutan: list[tuple[int, str, str]] = []
    terlihat = {dasar}
    for indeks, simpul in enumerate(simpul_asli):
        if id(simpul) in lewati:
            continue
        for j, (uraian, _) in enumerate(_situs(simpul)):
            pohon = copy.deepcopy(asli)
            sasaran = list(ast.walk(pohon))[indeks]
            _, ubah = list(_situs(sasaran))[j]
            baru = ast.fix_missing_locations(_Pengganti(sasaran, ubah).visit(pohon))
            try:
                sumber = ast.unparse(baru)
            except (ValueError, TypeError):  # mis. -(x) pada pola yang tak bisa ditulis ulang
                continue
            if sumber in terlihat:
                continue
            terlihat.add(sumber)
            mutan.append((getattr(simpul, "lineno", 0), uraian, sumber))
    return dasar, sorted(mutan, key=lambda m: m[0])


def buat_mutan(modul: str) -> tuple[dict[str, str], list[Mutan]]:
    """Sumber tiap berkas modul yang di-unparse tanpa mutasi, dan semua mutannya (bernomor).

    Nomor mutan (mulai 1) tetap selama sumber modulnya tidak berubah: ``--nomor`` memakainya.
    """
    dasar: dict[str, str] = {}
    mutan: list[Mutan] = []
    for berkas in berkas_modul(modul):
        dasar[berkas], daftar = _mutan_berkas(modul, berkas)
        for baris, uraian, sumber in daftar:
            mutan.append(Mutan(modul, len(mutan) + 1, berkas, baris, uraian, sumber))
    return dasar, mutan


def pilih_sampel(mutan: list[Mutan], n: int | None, benih: int) -> list[Mutan]:
    """``n`` mutan acak (berbenih per modul, urutan asli dipertahankan), atau semua."""
    if n is None or n >= len(mutan):
        return mutan
    acak = random.Random(f"{benih}:{mutan[0].modul}" if mutan else benih)
    terpilih = set(acak.sample(range(len(mutan)), n))
    return [m for i, m in enumerate(mutan) if i in terpilih]


# ------------------------------------------------------------------ menjalankan


def salin_proyek(tujuan: Path) -> None:
    """Salin proyek (tanpa .git, .venv, cache) ke ``tujuan``."""
    shutil.copytree(
        AKAR,
        tujuan,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", ".hypothesis", ".mypy_cache", ".ruff_cache", "*.pyc"
        ),
    )


def daftar_uji(salinan: Path, modul: str) -> list[str]:
    """Argumen berkas uji pytest untuk ``modul`` di ``salinan``."""
    jalur = [*berkas_modul(modul), *PETA_UJI[modul]]
    if modul != "periksa":
        jalur += _ORACLE_ATURAN
    return [j for j in dict.fromkeys(jalur) if (salinan / j).exists()]


def jalankan_uji(salinan: Path, uji: list[str], batas_waktu: float) -> tuple[str, float]:
    """Jalankan pytest di ``salinan``: (nasib, detik)."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(salinan / "src"), HYPOTHESIS_PROFILE="dev", PYTHONDONTWRITEBYTECODE="1"
    )
    env.pop("CI", None)
    perintah = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *uji]
    mulai = time.perf_counter()
    try:
        proses = subprocess.run(
            perintah, cwd=salinan, env=env, capture_output=True, timeout=batas_waktu, check=False
        )
    except subprocess.TimeoutExpired:
        return "waktu habis", time.perf_counter() - mulai
    detik = time.perf_counter() - mulai
    if proses.returncode == 0:
        return "selamat", detik
    if proses.returncode == 1:
        return "terbunuh", detik
    return "galat", detik  # koleksi gagal (mis. mutan merusak impor): tetap terbunuh


def pastikan_terisolasi(salinan: Path) -> None:
    """Pastikan ``import kinerja`` di salinan memuat salinan itu, bukan src/ asli."""
    env = dict(os.environ, PYTHONPATH=str(salinan / "src"), PYTHONDONTWRITEBYTECODE="1")
    keluaran = subprocess.run(
        [sys.executable, "-c", "import kinerja; print(kinerja.__file__)"],
        cwd=salinan, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not Path(keluaran).resolve().is_relative_to(salinan.resolve()):
        raise SystemExit(f"mutasi: kinerja dimuat dari {keluaran}, bukan dari salinan {salinan}")


def uji_modul(
    modul: str,
    salinan: list[Path],
    batas_waktu: float,
    tulis: Callable[[str], None],
    pilih: Callable[[list[Mutan]], list[Mutan]],
    uji_sendiri: list[str] | None = None,
) -> list[Hasil]:
    """Mutan terpilih satu modul, paralel di ``salinan`` (satu salinan per pekerja).

    ``uji_sendiri`` menggantikan subset :data:`PETA_UJI` (mis. untuk memeriksa bahwa satu
    berkas uji baru membunuh satu mutan).
    """
    dasar, semua = buat_mutan(modul)
    mutan = pilih(semua)
    asli = {b: (salinan[0] / b).read_text(encoding="utf-8") for b in dasar}
    uji = uji_sendiri or daftar_uji(salinan[0], modul)
    try:
        for b, sumber in dasar.items():
            (salinan[0] / b).write_text(sumber, encoding="utf-8")
        nasib, detik = jalankan_uji(salinan[0], uji, batas_waktu * 3)
    finally:
        for b, sumber in asli.items():
            (salinan[0] / b).write_text(sumber, encoding="utf-8")
    if nasib != "selamat":
        raise SystemExit(f"mutasi: uji {modul} tanpa mutasi tidak lulus ({nasib}): {uji}")
    tulis(
        f"{modul}: {len(mutan)} dari {len(semua)} mutan, uji tanpa mutasi {detik:.1f} s: "
        f"{' '.join(uji)}"
    )

    bebas: queue.Queue[Path] = queue.Queue()
    for s in salinan:
        bebas.put(s)

    def satu(m: Mutan) -> Hasil:
        tempat = bebas.get()
        try:
            (tempat / m.berkas).write_text(m.sumber, encoding="utf-8")
            nasib, detik = jalankan_uji(tempat, uji, batas_waktu)
        finally:
            (tempat / m.berkas).write_text(asli[m.berkas], encoding="utf-8")
            bebas.put(tempat)
        tulis(f"  {nasib}: #{m.nomor} {m.berkas}:{m.baris}: {m.uraian} ({detik:.1f} s)")
        return Hasil(m.modul, m.nomor, m.berkas, m.baris, m.uraian, nasib, detik)

    with ThreadPoolExecutor(max_workers=len(salinan)) as pelaksana:
        return list(pelaksana.map(satu, mutan))


def ringkas(hasil: list[Hasil], sampel: bool = False) -> str:
    """Tabel skor per modul (dengan selang Wilson 95% bila sampel) dan mutan yang selamat."""
    kepala = "modul           mutan  terbunuh  selamat  skor    rerata/mutan"
    baris = ["", kepala + ("  selang 95% (Wilson)" if sampel else "")]

    def satu_baris(nama: str, h_m: list[Hasil], rerata: bool = True) -> str:
        mati = sum(h.nasib != "selamat" for h in h_m)
        teks = f"{nama:15} {len(h_m):5}  {mati:8}  {len(h_m) - mati:7}  "
        teks += f"{100 * mati / len(h_m):5.1f}%  "
        teks += f"{sum(h.detik for h in h_m) / len(h_m):6.2f} s" if rerata else " " * 8
        if sampel:
            bawah, atas = wilson(mati, len(h_m))
            teks += f"  {100 * bawah:5.1f}%–{100 * atas:5.1f}%"
        return teks

    for modul in dict.fromkeys(h.modul for h in hasil):
        baris.append(satu_baris(modul, [h for h in hasil if h.modul == modul]))
    if hasil:
        baris.append(satu_baris("jumlah", hasil, rerata=False))
    selamat = sorted((h for h in hasil if h.nasib == "selamat"), key=lambda h: (h.berkas, h.baris))
    if selamat:
        baris += ["", "Mutan yang selamat:"]
        baris += [f"  {h.modul} #{h.nomor} {h.berkas}:{h.baris}: {h.uraian}" for h in selamat]
    return "\n".join(baris)


def main(argv: list[str] | None = None) -> int:
    """Titik masuk baris perintah."""
    parser = argparse.ArgumentParser(description="Uji mutasi modul aturan kinerja dan periksa.")
    parser.add_argument("modul", nargs="*", help=f"modul (bawaan: semua): {', '.join(PETA_UJI)}")
    parser.add_argument("--jobs", type=int, default=2, help="pekerja paralel (bawaan 2)")
    parser.add_argument("--batas-waktu", type=float, default=120.0, help="detik per mutan")
    parser.add_argument("--daftar", action="store_true", help="hanya cetak daftar mutan")
    parser.add_argument("--json", type=Path, help="tulis hasil per mutan ke berkas JSON ini")
    parser.add_argument("--sampel", type=int, help="N mutan acak per modul (bawaan: semua)")
    parser.add_argument("--sampel-periksa", type=int, help="N untuk periksa (bawaan: --sampel)")
    parser.add_argument("--benih", type=int, default=0, help="benih sampel acak (bawaan 0)")
    parser.add_argument(
        "--nomor", type=int, action="append", help="hanya mutan bernomor ini (boleh berulang)"
    )
    parser.add_argument(
        "--uji", action="append", help="jalankan berkas uji ini saja, bukan subset PETA_UJI"
    )
    parser.add_argument(
        "--kecuali",
        type=Path,
        action="append",
        help="lewati mutan yang sudah ada di hasil --json ini (sampel lanjutan)",
    )
    arg = parser.parse_args(argv)
    modul = arg.modul or list(PETA_UJI)
    for m in modul:
        if m not in PETA_UJI:
            parser.error(f"modul {m!r} tidak dikenal; pilihan: {', '.join(PETA_UJI)}")
    if arg.jobs < 1:
        parser.error("--jobs harus >= 1")
    if arg.sampel is not None and arg.sampel < 1:
        parser.error("--sampel harus >= 1")

    sudah: set[tuple[str, int]] = set()
    for berkas_json in arg.kecuali or ():
        for h in json.loads(berkas_json.read_text(encoding="utf-8")):
            sudah.add((h["modul"], h["nomor"]))

    def pilih(mutan: list[Mutan]) -> list[Mutan]:
        if arg.nomor:
            return [m for m in mutan if m.nomor in arg.nomor]
        mutan = [m for m in mutan if (m.modul, m.nomor) not in sudah]
        n = arg.sampel
        if mutan and mutan[0].modul == "periksa" and arg.sampel_periksa is not None:
            n = arg.sampel_periksa
        return pilih_sampel(mutan, n, arg.benih)

    if arg.daftar:
        for m in modul:
            for mt in pilih(buat_mutan(m)[1]):
                print(f"{mt.modul} #{mt.nomor} {mt.berkas}:{mt.baris}: {mt.uraian}")
        return 0

    def tulis(teks: str) -> None:
        print(teks, flush=True)

    mulai = time.perf_counter()
    hasil: list[Hasil] = []

    def simpan() -> None:
        if arg.json is not None:
            teks = json.dumps([asdict(h) for h in hasil], indent=1)
            arg.json.write_text(teks, encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="kinerja-mutasi-") as folder:
        salinan = [Path(folder) / f"salinan{i}" for i in range(arg.jobs)]
        for s in salinan:
            salin_proyek(s)
        pastikan_terisolasi(salinan[0])
        for m in modul:
            hasil += uji_modul(m, salinan, arg.batas_waktu, tulis, pilih, arg.uji)
            simpan()  # hasil sementara tersimpan setelah setiap modul
    sampel = arg.sampel is not None or arg.sampel_periksa is not None
    print(ringkas(hasil, sampel=sampel))
    print(f"\nwaktu total {time.perf_counter() - mulai:.0f} s, {arg.jobs} pekerja")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
