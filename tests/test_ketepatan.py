"""Ketepatan: tanpa float di jalur tepat; setiap jumlah sama persis dengan baris-barisnya."""

from __future__ import annotations

import ast
import decimal
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import kinerja
from kinerja.angka import KONTEKS
from kinerja.laporan import Laporan
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.periksa import periksa
from kinerja.laporan.tabel import hitung
from tests.strategies import laporan

SUMBER = Path(kinerja.__file__).parent
JALUR_CEPAT = "vektor"  # satu-satunya paket float (kinerja/vektor/), di balik extra pandas
# Tepi keluar ke format yang hanya mengenal float64 (sel angka Excel, koordinat matplotlib), di
# balik extra excel/gambar: float dibuat di sana dari Decimal yang sudah dihitung, dan nilai
# tepatnya tetap tertulis (lembar nilai_tepat; docs/excel.md). Bukan jalur hitung.
TEPI_FLOAT = {
    ("laporan", "excel_keluar.py"),
    ("laporan", "gambar.py"),
    ("laporan", "gambar_evaluasi.py"),
}


def _modul_tepat() -> list[Path]:
    return sorted(
        p
        for p in SUMBER.rglob("*.py")
        if JALUR_CEPAT not in p.relative_to(SUMBER).parts
        and p.relative_to(SUMBER).parts not in TEPI_FLOAT
    )


@pytest.mark.parametrize("berkas", _modul_tepat(), ids=lambda p: str(p.relative_to(SUMBER)))
def test_kode_jalur_tepat_tanpa_float(berkas: Path) -> None:
    pohon = ast.parse(berkas.read_text(encoding="utf-8"))
    for simpul in ast.walk(pohon):
        assert not (isinstance(simpul, ast.Constant) and isinstance(simpul.value, float)), (
            f"{berkas.name}:{simpul.lineno}: literal float"
        )
        if isinstance(simpul, ast.Call) and isinstance(simpul.func, ast.Name):
            assert simpul.func.id != "float", f"{berkas.name}:{simpul.lineno}: float(...)"
        if isinstance(simpul, (ast.Import, ast.ImportFrom)) and simpul.col_offset == 0:
            nama = (
                [a.name for a in simpul.names]
                if isinstance(simpul, ast.Import)
                else [simpul.module or ""]
            )
            assert not any(n.split(".")[0] in ("numpy", "pandas", "math") for n in nama), (
                f"{berkas.name}: impor {nama} di tingkat modul"
            )


def _semua_nilai(obj: Any, sudah: set[int] | None = None) -> Iterator[Any]:
    sudah = set() if sudah is None else sudah
    if id(obj) in sudah:
        return
    sudah.add(id(obj))
    yield obj
    if attrs.has(type(obj)):
        for a in attrs.fields(type(obj)):
            yield from _semua_nilai(getattr(obj, a.name), sudah)
    elif isinstance(obj, dict) or hasattr(obj, "items"):
        for k, v in obj.items():
            yield from _semua_nilai(k, sudah)
            yield from _semua_nilai(v, sudah)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for x in obj:
            yield from _semua_nilai(x, sudah)


def _jalankan_dengan_jebakan_float(lap: Laporan) -> list[Any]:
    """Hitung dan periksa dengan sinyal FloatOperation dijebak di konteks pemanggil.

    Konteks pustaka sendiri selalu menjebak FloatOperation (diuji di bawah), tanpa mengubahnya.
    """
    with decimal.localcontext() as konteks:
        konteks.traps[decimal.FloatOperation] = True
        hasil = hitung(lap)
        temuan = periksa(lap)
        sajian = [s.sel() for s in hasil.sajian()]
    return [hasil, temuan, sajian]


def test_konteks_pustaka_menjebak_float() -> None:
    with pytest.raises(decimal.FloatOperation):
        KONTEKS.create_decimal(0.5)


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_tidak_ada_float_di_hasil_contoh(nama: str) -> None:
    keluaran = _jalankan_dengan_jebakan_float(muat_contoh(nama))
    semua = list(_semua_nilai(keluaran))
    assert not [x for x in semua if isinstance(x, float)]
    assert any(isinstance(x, Decimal) for x in semua)


@given(laporan())
def test_tidak_ada_float_di_hasil_laporan_acak(lap: Laporan) -> None:
    keluaran = _jalankan_dengan_jebakan_float(lap)
    assert not [x for x in _semua_nilai(keluaran) if isinstance(x, float)]


@given(laporan())
def test_jumlah_tabel_sama_dengan_jumlah_baris(lap: Laporan) -> None:
    # rujukan pecahan tepat dari isian laporan itu sendiri (bukan dari baris hasil hitung)
    k = hitung(lap).keuangan
    tw = lap.periode.triwulan_laporan.value
    pagu = [Fraction(b.pagu) for b in lap.anggaran]
    realisasi = [
        sum((Fraction(v) for v in b.realisasi.sebagai_tuple()[:tw] if v is not None), Fraction(0))
        if not b.realisasi.kosong
        else Fraction(b.realisasi_kumulatif or 0)
        for b in lap.anggaran
    ]
    akar = [i for i, b in enumerate(k.baris) if b.akar]
    assert Fraction(k.jumlah_pagu) == sum((pagu[i] for i in akar), Fraction(0))
    assert Fraction(k.jumlah_realisasi) == sum((realisasi[i] for i in akar), Fraction(0))
    assert Fraction(k.jumlah_sisa) == sum((pagu[i] - realisasi[i] for i in akar), Fraction(0))
    for b, p, r in zip(k.baris, pagu, realisasi, strict=True):
        assert (Fraction(b.pagu), Fraction(b.realisasi), Fraction(b.sisa)) == (p, r, p - r)


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_konteks_decimal_pemanggil_tidak_mengubah_hasil(nama: str) -> None:
    lap = muat_contoh(nama)
    biasa = (periksa(lap), [s.sel() for s in hitung(lap).sajian()])
    with decimal.localcontext() as konteks:
        konteks.prec = 3
        konteks.rounding = decimal.ROUND_DOWN
        kasar = (periksa(lap), [s.sel() for s in hitung(lap).sajian()])
    assert kasar == biasa
