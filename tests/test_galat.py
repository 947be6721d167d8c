"""Katalog galat di docs/galat.md lengkap, dan galat extra yang tidak terpasang."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

import kinerja
from kinerja import ExtraTidakTerpasang, KinerjaError, galat
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.tabel import hitung

KATALOG = Path(__file__).parent.parent / "docs" / "galat.md"


def test_setiap_galat_punya_bagian_di_katalog() -> None:
    judul = set(re.findall(r"^## `(\w+)`", KATALOG.read_text(encoding="utf-8"), re.MULTILINE))
    kelas = {
        nama
        for nama, obj in vars(galat).items()
        if isinstance(obj, type) and issubclass(obj, (KinerjaError, Warning))
        and obj is not KinerjaError
    }  # fmt: skip
    assert kelas <= judul, kelas - judul
    assert all(nama in kinerja.__all__ for nama in kelas)


def test_ke_dataframe_tanpa_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    hasil = hitung(muat_contoh("ranuyoso-2022-tw4"))
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ExtraTidakTerpasang, match=r"pip install 'kinerja\[pandas\]'"):
        hasil.keuangan.ke_dataframe()


def test_vektor_tanpa_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)
    monkeypatch.delitem(sys.modules, "kinerja.vektor", raising=False)
    with pytest.raises(ExtraTidakTerpasang, match="numpy dan pandas"):
        importlib.import_module("kinerja.vektor")
    with pytest.raises(ImportError):  # tetap tertangkap oleh kode yang menangkap ImportError
        importlib.import_module("kinerja.vektor")
