"""Penjaga JSON v1: tidak ada tabel yang bisa dihasilkan pustaka tanpa id, kunci, atau skema.

Tabel baru (isu lain: ``riwayat``, ``renstra``, ``ikm``, ``lke`` …) harus dideklarasikan dengan
:class:`~kinerja.laporan.deklarasi.DeklarasiTabel` dan didaftarkan di
:data:`~kinerja.laporan.daftar_tabel.DAFTAR_TABEL` (``docs/keluaran-json.md``). Uji di sini
membaca sumbernya sendiri (pohon sintaksis) dan semua modul terpasang, sehingga tabel yang lupa
didaftarkan membuat rangkaian uji gagal, bukan diam-diam hilang dari keluaran.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from decimal import Decimal
from pathlib import Path

import pytest

import kinerja
from kinerja.galat import InputTidakSah
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.daftar_tabel import DAFTAR_TABEL
from kinerja.laporan.deklarasi import KUNCI_CADANGAN, DeklarasiTabel, snake_case
from kinerja.laporan.keluaran import tabel_data
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.laporan.tabel import hitung

SUMBER = Path(kinerja.__file__).parent
# modul yang boleh memanggil Sajian(...) langsung: definisinya dan pembuat dari deklarasi
BOLEH_SAJIAN = {"laporan/sajian.py", "laporan/deklarasi.py"}


def _modul_kinerja() -> list[str]:
    nama = []
    for info in pkgutil.walk_packages([str(SUMBER)], "kinerja."):
        if info.name.startswith("kinerja.vektor") or info.name == "kinerja.__main__":
            continue  # jalur cepat (butuh pandas) tidak membuat tabel laporan
        if info.name.startswith("kinerja.layanan.aplikasi"):
            continue  # butuh extra layanan; tidak membuat tabel
        nama.append(info.name)
    return nama


def _panggilan(nama: str) -> list[tuple[str, ast.Call]]:
    hasil = []
    for berkas in sorted(SUMBER.rglob("*.py")):
        relatif = berkas.relative_to(SUMBER).as_posix()
        for simpul in ast.walk(ast.parse(berkas.read_text("utf-8"))):
            if isinstance(simpul, ast.Call):
                fungsi = simpul.func
                disebut = fungsi.id if isinstance(fungsi, ast.Name) else getattr(fungsi, "attr", "")
                if disebut == nama:
                    hasil.append((f"{relatif}:{simpul.lineno}", simpul))
    return hasil


def test_sajian_hanya_dibuat_lewat_deklarasi() -> None:
    langsung = [
        tempat for tempat, _ in _panggilan("Sajian") if tempat.split(":")[0] not in BOLEH_SAJIAN
    ]
    assert langsung == [], (
        "Sajian(...) dibuat langsung (tanpa id tabel): pakai DEKLARASI.sajian(...) dan daftarkan "
        f"deklarasinya di DAFTAR_TABEL (docs/keluaran-json.md): {langsung}"
    )


def test_setiap_kolom_berkunci() -> None:
    tanpa = [
        tempat
        for tempat, c in _panggilan("Kolom")
        if len(c.args) < 3 and not any(k.arg == "kunci" for k in c.keywords)
    ]
    assert tanpa == [], f"Kolom tanpa kunci JSON v1: {tanpa}"


def test_setiap_deklarasi_terdaftar() -> None:
    terdaftar = {id(d) for d in DAFTAR_TABEL.values()}
    lepas = []
    for nama in _modul_kinerja():
        modul = importlib.import_module(nama)
        for atribut, nilai in vars(modul).items():
            if isinstance(nilai, DeklarasiTabel) and id(nilai) not in terdaftar:
                lepas.append(f"{nama}.{atribut}")
    assert lepas == [], f"DeklarasiTabel yang tidak ada di DAFTAR_TABEL: {lepas}"


def _subkelas(kelas: type) -> set[type]:
    hasil: set[type] = set()
    anak: list[type] = kelas.__subclasses__()
    for sub in anak:
        hasil |= {sub} | _subkelas(sub)
    return hasil


def test_setiap_tabel_bisa_disajikan_memakai_deklarasi() -> None:
    for nama in _modul_kinerja():
        importlib.import_module(nama)
    for kelas in _subkelas(BisaDisajikan):
        if not kelas.__module__.startswith("kinerja."):
            continue
        sumber = Path(importlib.import_module(kelas.__module__).__file__ or "").read_text("utf-8")
        pohon = ast.parse(sumber)
        (definisi,) = [
            s for s in ast.walk(pohon) if isinstance(s, ast.ClassDef) and s.name == kelas.__name__
        ]
        metode = [s for s in definisi.body if isinstance(s, ast.FunctionDef)]
        ke_sajian = [m for m in metode if m.name == "ke_sajian"]
        assert ke_sajian, f"{kelas.__qualname__} tidak menimpa ke_sajian"
        teks = ast.unparse(ke_sajian[0])
        assert ".sajian(" in teks, f"{kelas.__qualname__}.ke_sajian tidak memakai deklarasi"


def test_daftar_dan_skema_sepakat() -> None:
    skema = skema_keluaran()["properties"]["tabel"]["properties"]
    assert list(skema) == list(DAFTAR_TABEL)
    for id_, d in DAFTAR_TABEL.items():
        assert snake_case(id_)
        assert d.id == id_
        baris = skema[id_]["properties"]["baris"]["items"]["properties"]
        for k in d.kolom:
            assert snake_case(k.kunci)
            assert k.kunci not in KUNCI_CADANGAN
            assert k.kunci in baris


def test_id_tetap_isu_11() -> None:
    assert {"capaian", "keuangan", "cost_per_outcome", "pohon", "ringkasan"} <= set(DAFTAR_TABEL)


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_setiap_sajian_pustaka_terdaftar(nama: str) -> None:
    hasil = hitung(muat_contoh(nama))
    semua = [*hasil.sajian()] + [
        hasil.sajian_satu(t) for t in ("capaian", "keuangan", "cost-per-outcome", "ringkasan")
    ]
    for s in semua:
        assert s.id in DAFTAR_TABEL
        # judul kolom boleh bergantung pada laporan (Renstra: "Realisasi s.d. 2023"); kunci dan
        # jenisnya tidak
        kunci = [(k.kunci, k.jenis) for k in s.kolom]
        assert kunci == [(k.kunci, k.jenis) for k in DAFTAR_TABEL[s.id].kolom]
        tabel_data(s)


def test_penjaga_menolak_tabel_tak_terdaftar() -> None:
    # penjaga bagi penjaga: tabel tanpa id, id asing, atau kolom di luar deklarasi ditolak
    kolom = (Kolom("Uraian", kunci="uraian"),)
    with pytest.raises(InputTidakSah, match="tidak terdaftar"):
        tabel_data(Sajian("X", kolom, (("a",),)))
    with pytest.raises(InputTidakSah, match="tidak terdaftar"):
        tabel_data(Sajian("X", kolom, (("a",),), id="riwayat_palsu"))
    asing = Sajian("X", (Kolom("Lain", "persen", "lain"),), ((Decimal(1),),), id="ringkasan")
    with pytest.raises(InputTidakSah, match="tidak ada di deklarasinya"):
        tabel_data(asing)


@pytest.mark.parametrize(
    "kolom",
    [
        (Kolom("Uraian"),),
        (Kolom("Uraian", kunci="Uraian"),),
        (Kolom("A", kunci="catatan"),),
        (Kolom("A", kunci="a"), Kolom("B", kunci="a")),
        (Kolom("A", "kode", "a"), Kolom("B", "kode", "b")),
    ],
)
def test_deklarasi_menolak_kunci_cacat(kolom: tuple[Kolom, ...]) -> None:
    with pytest.raises(InputTidakSah):
        DeklarasiTabel("x", "x", kolom)
