"""Uji properti skala predikat: setiap nilai tepat satu pita, monoton, dan validasi skala."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kinerja import (
    SKALA,
    NilaiDiLuarSkala,
    Pita,
    SkalaPredikat,
    SkalaTidakSah,
    TipeTidakSah,
    predikat,
)
from tests.strategies import desimal

skala_resmi = st.sampled_from(sorted(SKALA))


def _dalam_cakupan(skala: SkalaPredikat, x: Decimal) -> bool:
    return (skala.minimum is None or x >= skala.minimum) and (
        skala.maksimum is None or x <= skala.maksimum
    )


@pytest.mark.parametrize("kunci", sorted(SKALA))
def test_skala_resmi_memenuhi_kontrak(kunci: str) -> None:
    skala = SKALA[kunci]
    assert isinstance(skala, SkalaPredikat)
    # dibangun ulang dari pitanya sendiri: validasi urut, tanpa celah, tanpa tumpang tindih
    assert SkalaPredikat(skala.nama, skala.pita, tempat_desimal=skala.tempat_desimal) == skala
    for pita in skala.pita:
        assert pita.bawah is None or pita.memuat(pita.bawah) == pita.termasuk_bawah


@given(skala_resmi, desimal(-1000, 1000, 3))
def test_setiap_nilai_tepat_satu_pita(kunci: str, x: Decimal) -> None:
    skala = SKALA[kunci]
    memuat = [p for p in skala.pita if p.memuat(x)]
    if _dalam_cakupan(skala, x):
        # kontrak skala: pita bersambung tanpa celah dan tumpang tindih. Pita mana yang dipilih
        # predikat() diuji terhadap tabel DOMAIN.md §6 di tests/test_oracle_aritmetika.py,
        # bukan dengan mengulang loop predikat di sini.
        assert len(memuat) == 1
    else:
        assert memuat == []
        with pytest.raises(NilaiDiLuarSkala):
            predikat(x, skala)


@given(skala_resmi, desimal(0, 100, 3), desimal(0, 100, 3))
def test_predikat_monoton(kunci: str, a: Decimal, b: Decimal) -> None:
    skala = SKALA[kunci]
    kecil, besar = sorted([a, b])
    assume(_dalam_cakupan(skala, kecil) and _dalam_cakupan(skala, besar))  # IKM: 25–100
    assert skala.pita.index(predikat(kecil, skala)) <= skala.pita.index(predikat(besar, skala))


@given(
    st.lists(desimal(-1000, 1000, 2), min_size=1, max_size=6, unique=True),
    st.sampled_from(["bawah", "atas"]),
    desimal(-2000, 2000, 2),
)
def test_skala_buatan_pengguna_mencakup_semua_nilai(
    ambang: list[Decimal], termasuk: str, x: Decimal
) -> None:
    ambang = sorted(ambang)
    label = [f"P{i}" for i in range(len(ambang) + 1)]
    skala = SkalaPredikat.dari_ambang("uji", ambang, label, termasuk=termasuk)  # type: ignore[arg-type]
    pita = predikat(x, skala)
    i = label.index(pita.label)
    if termasuk == "bawah":
        assert i == sum(1 for a in ambang if x >= a)
    else:
        assert i == sum(1 for a in ambang if x > a)


def test_validasi_skala() -> None:
    with pytest.raises(SkalaTidakSah, match="celah"):
        SkalaPredikat("x", [Pita("A", None, 50), Pita("B", 60, None)])
    with pytest.raises(SkalaTidakSah, match="tumpang tindih"):
        SkalaPredikat("x", [Pita("A", None, 60), Pita("B", 50, None)])
    with pytest.raises(SkalaTidakSah, match="tumpang tindih atau tidak urut"):
        SkalaPredikat("x", [Pita("B", 50, 60), Pita("A", 40, 50)])
    with pytest.raises(SkalaTidakSah, match="kedua pita"):
        SkalaPredikat("x", [Pita("A", None, 50, termasuk_atas=True), Pita("B", 50, None)])
    with pytest.raises(SkalaTidakSah, match="tidak termasuk pita mana pun"):
        SkalaPredikat("x", [Pita("A", None, 50), Pita("B", 50, None, termasuk_bawah=False)])
    with pytest.raises(SkalaTidakSah, match="unik"):
        SkalaPredikat("x", [Pita("A", None, 50), Pita("A", 50, None)])
    with pytest.raises(SkalaTidakSah, match="tidak punya pita"):
        SkalaPredikat("x", [])
    with pytest.raises(SkalaTidakSah, match="kosong"):
        Pita("A", 60, 50)
    with pytest.raises(SkalaTidakSah, match="label"):
        SkalaPredikat.dari_ambang("x", [50], ["A"])
    with pytest.raises(SkalaTidakSah, match="tak terbatas"):
        SkalaPredikat("x", [Pita("A", None, None), Pita("B", 50, None)])
    with pytest.raises(TipeTidakSah):
        SkalaPredikat("x", ["bukan pita"])
    with pytest.raises(TipeTidakSah):
        predikat(50, 5)  # type: ignore[arg-type]


def test_skala_akip_menolak_di_luar_0_100() -> None:
    with pytest.raises(NilaiDiLuarSkala, match=r"\[0, 100\]"):
        predikat(101, SKALA["akip"])
