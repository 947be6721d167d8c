"""Kait cattrs ``X | None`` yang dipilih sekali sama dengan kait bawaan cattrs.

Konverter berkas memakai kait sendiri untuk isian opsional (memilih kait ``X`` saat dibuat,
bukan per nilai) demi kecepatan berkas besar. Pembandingnya konverter yang sama dengan kait
bawaan cattrs (``_buat_konverter(kait_opsional=False)``): untuk setiap contoh bawaan, dan untuk
contoh yang satu nilainya diganti sampah, hasil dan pesan galatnya harus sama persis.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.galat import KinerjaError
from kinerja.laporan import berkas, konverter
from kinerja.laporan.berkas import baca_laporan_teks, tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.model import Laporan

PEMBANDING = konverter.buat_konverter(kait_opsional=False)


def _hasil(teks: str, monkeypatch: pytest.MonkeyPatch, rujukan: bool) -> tuple[str, object]:
    with monkeypatch.context() as m:
        if rujukan:
            m.setattr(berkas, "KONVERTER", PEMBANDING)
        try:
            return ("ok", baca_laporan_teks(teks, "json"))
        except KinerjaError as galat:
            return (type(galat).__name__, (str(galat), getattr(galat, "kesalahan", ())))


def _data(nama: str) -> Any:
    return json.loads(tulis_laporan_teks(muat_contoh(nama), "json"))


def _jalur(data: Any, awalan: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Semua jalur ke daun (dan ke tabel/daftar) di data berkas."""
    hasil: list[tuple[object, ...]] = [awalan] if awalan else []
    if isinstance(data, dict):
        for k, v in data.items():
            hasil += _jalur(v, (*awalan, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            hasil += _jalur(v, (*awalan, i))
    return hasil


def _ganti(data: Any, jalur: tuple[object, ...], nilai: object) -> Any:
    salinan = json.loads(json.dumps(data))
    tempat = salinan
    for k in jalur[:-1]:
        tempat = tempat[k]
    tempat[jalur[-1]] = nilai
    return salinan


def test_kait_opsional_dipakai() -> None:
    kait = konverter.KONVERTER.get_structure_hook(Decimal | None)
    assert kait.__qualname__.startswith("_pabrik_opsional")
    assert kait(None, Decimal | None) is None
    assert kait("1.500,50", Decimal | None) == Decimal("1500.50")


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_contoh_bawaan_sama(nama: str, monkeypatch: pytest.MonkeyPatch) -> None:
    teks = json.dumps(_data(nama), ensure_ascii=False)
    cepat = _hasil(teks, monkeypatch, rujukan=False)
    assert cepat[0] == "ok"
    assert isinstance(cepat[1], Laporan)
    assert cepat == _hasil(teks, monkeypatch, rujukan=True)


SAMPAH: list[object] = [None, 5, -1, "x", "1.0", "", True, [], [1], {}, {"a": 1}, "1,5"]
DATA = {nama: _data(nama) for nama in sorted(CONTOH)}
JALUR = [(nama, j) for nama, data in DATA.items() for j in _jalur(data)]


@given(st.sampled_from(JALUR), st.sampled_from(SAMPAH))
def test_satu_nilai_sampah_sama(nama_jalur: tuple[str, tuple[object, ...]], nilai: object) -> None:
    nama, jalur = nama_jalur
    teks = json.dumps(_ganti(DATA[nama], jalur, nilai), ensure_ascii=False)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _hasil(teks, monkeypatch, rujukan=False) == _hasil(teks, monkeypatch, rujukan=True)
