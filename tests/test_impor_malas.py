"""Impor malas: ``kinerja`` dan ``kinerja.laporan.evaluasi`` memuat nama publiknya saat pertama
dipakai (stub ``__init__.pyi`` lewat lazy_loader), dan perintah ``kinerja`` hanya memuat modul
perintah yang dijalankan.

Yang dijaga: stub dan ``__all__`` saat berjalan sama; setiap nama publik tetap nama yang sama
(fungsi, kelas, konstanta — bukan modul yang kebetulan bernama sama, mis. ``kinerja.capaian``)
sesudah *semua* submodul dimuat; ``import kinerja`` tidak memuat aturan yang tidak dipakai; dan
``kinerja hitung``/``periksa`` atas berkas anggaran tidak memuat IKM/LKE, layanan atau Excel.
"""

from __future__ import annotations

import ast
import json
import os
import pathlib
import subprocess
import sys
import types

import pytest

import kinerja
from kinerja.laporan import evaluasi

_SRC = pathlib.Path(kinerja.__file__).parent


def _jalankan(kode: str, **lingkungan: str) -> str:
    env = {**os.environ, **lingkungan}
    return subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=env
    ).stdout


def _all_stub(stub: pathlib.Path) -> list[str]:
    for simpul in ast.parse(stub.read_text(encoding="utf-8")).body:
        if isinstance(simpul, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in simpul.targets
        ):
            return list(ast.literal_eval(simpul.value))
    raise AssertionError(f"{stub}: tanpa __all__")


@pytest.mark.parametrize(
    ("paket", "stub"),
    [(kinerja, _SRC / "__init__.pyi"), (evaluasi, _SRC / "laporan" / "evaluasi" / "__init__.pyi")],
    ids=["kinerja", "evaluasi"],
)
def test_stub_dan_all_saat_berjalan_sama(paket: types.ModuleType, stub: pathlib.Path) -> None:
    tertulis = _all_stub(stub)
    assert len(tertulis) == len(set(tertulis)), "nama ganda di __all__ stub"
    assert sorted(paket.__all__) == sorted(tertulis)
    assert sorted(dir(paket)) == sorted(tertulis)
    for nama in tertulis:
        assert getattr(paket, nama) is not None


def test_all_stub_kinerja_terurut_konstanta_dulu() -> None:
    tertulis = _all_stub(_SRC / "__init__.pyi")
    assert tertulis == sorted(tertulis, key=lambda n: (not n.isupper(), n))


def test_nama_publik_tidak_tertimpa_modul_sesudah_semua_submodul_dimuat() -> None:
    # Fungsi yang bernama sama dengan modulnya (capaian, ikm, persen, perubahan, predikat) dan
    # nama yang dulu sama dengan modul lain (skala → kinerja.skala_terdaftar.skala; modul skala
    # pita kini kinerja.skala_predikat): memuat submodulnya tidak boleh menimpa nama publik.
    kode = (
        "import importlib, json, pkgutil, types, kinerja\n"
        "urutan = [m.name for m in pkgutil.walk_packages(kinerja.__path__, 'kinerja.')\n"
        "          if not m.name.endswith('__main__')]\n"
        "for nama in urutan:\n"
        "    importlib.import_module(nama)\n"
        "modul = [n for n in kinerja.__all__\n"
        "         if isinstance(getattr(kinerja, n), types.ModuleType)]\n"
        "print(json.dumps(modul))\n"
    )
    assert json.loads(_jalankan(kode)) == []


def test_nama_publik_sebelum_dan_sesudah_submodulnya_dimuat_sama() -> None:
    kode = (
        "import json, kinerja\n"
        "a = kinerja.capaian, kinerja.skala, kinerja.predikat, kinerja.ikm\n"
        "import kinerja.capaian, kinerja.skala_terdaftar, kinerja.predikat, kinerja.ikm\n"
        "import kinerja.skala_predikat\n"
        "b = kinerja.capaian, kinerja.skala, kinerja.predikat, kinerja.ikm\n"
        "print(json.dumps([x is y and callable(x) for x, y in zip(a, b)]))\n"
    )
    assert json.loads(_jalankan(kode)) == [True, True, True, True]
    # contoh docstring kinerja berjalan lewat nama malas
    assert kinerja.format_persen(kinerja.capaian("95,45", "95,27")) == "99,81%"


def test_import_kinerja_tidak_memuat_aturan_yang_tak_dipakai() -> None:
    kode = (
        "import json, sys, kinerja\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('kinerja.'))))\n"
    )
    assert json.loads(_jalankan(kode)) == []


def test_eager_import_memuat_semua_nama() -> None:
    # EAGER_IMPORT=1 (lazy_loader): setiap nama di stub benar-benar ada di modulnya
    kode = (
        "import sys, kinerja\n"
        "print('kinerja.lke' in sys.modules, 'kinerja.laporan.tabel' in sys.modules)\n"
    )
    assert _jalankan(kode, EAGER_IMPORT="1").split() == ["True", "True"]


_BERKAS_ANGGARAN = (
    '{"unit": {"nama": "Badan Keuangan", "instansi": "Kabupaten Contoh"}, '
    '"periode": {"tahun": 2024, "triwulan": 2}, "anggaran": ['
    '{"kode": "1", "uraian": "Urusan", "pagu": "1.500.000", '
    '"realisasi": {"tw1": 200000, "tw2": "300.000"}}, '
    '{"kode": "1.01", "uraian": "Bidang", "pagu": 1500000, "realisasi_kumulatif": "500.000", '
    '"tercetak": {"sisa": "1.000.000", "serapan": "33,33"}}]}'
)
# Tidak dimuat oleh hitung --tabel keuangan / periksa berkas anggaran.
_BUKAN_UNTUK_ANGGARAN = (
    "kinerja.ikm", "kinerja.lke", "kinerja.lke_lembar", "kinerja.laporan.evaluasi.model",
    "kinerja.laporan.evaluasi.tabel", "kinerja.laporan.evaluasi.periksa", "kinerja.layanan",
    "kinerja.layanan.inti", "kinerja.laporan.keluaran", "kinerja.laporan.skema_keluaran",
    "kinerja.cli.contoh", "kinerja.cli.batas_waktu", "kinerja.cli.layanan",
)  # fmt: skip
_BUKAN_UNTUK_HITUNG_KEUANGAN = (
    "kinerja.laporan.tabel", "kinerja.laporan.periksa", "kinerja.laporan.tabel_capaian",
    "kinerja.laporan.tabel_renstra", "kinerja.laporan.tabel_riwayat", "kinerja.renstra",
    "kinerja.cli.periksa",
)  # fmt: skip


@pytest.mark.parametrize(
    ("argumen", "tak_dimuat"),
    [
        (["hitung", "--tabel", "keuangan"], _BUKAN_UNTUK_ANGGARAN + _BUKAN_UNTUK_HITUNG_KEUANGAN),
        (["periksa"], (*_BUKAN_UNTUK_ANGGARAN, "kinerja.cli.hitung")),
    ],
    ids=["hitung", "periksa"],
)
def test_perintah_hanya_memuat_yang_dipakai(
    argumen: list[str], tak_dimuat: tuple[str, ...], tmp_path: pathlib.Path
) -> None:
    jalur = tmp_path / "anggaran.json"
    jalur.write_text(_BERKAS_ANGGARAN, encoding="utf-8")
    perintah = [argumen[0], str(jalur), *argumen[1:]]
    kode = (
        "import contextlib, io, json, sys\n"
        "from kinerja.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as keluar:\n"
        f"    status = main({perintah!r})\n"
        f"print(json.dumps([status, keluar.getvalue().count(chr(10)) > 2,\n"
        f"                  sorted(m for m in {tak_dimuat!r} if m in sys.modules)]))\n"
    )
    status, ada_keluaran, dimuat = json.loads(_jalankan(kode))
    assert status in (0, 1)
    assert ada_keluaran
    assert dimuat == []
