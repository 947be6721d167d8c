"""``pembuat_beku.pembuat``: fungsi pembuat = konstruktor attrs kelasnya, untuk kelas yang
``__init__``-nya hanya menyetel isian; kelas lain ditolak."""

from __future__ import annotations

from decimal import Decimal

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import given

from kinerja.galat import TipeTidakSah
from kinerja.laporan.pembuat_beku import pembuat
from kinerja.laporan.tabel_keuangan import BarisKeuangan

angka = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False))
teks = st.one_of(st.none(), st.text(max_size=5))


@given(st.tuples(teks, teks, st.booleans(), angka, angka, angka, angka, angka, angka, teks))
def test_pembuat_baris_keuangan_sama_dengan_konstruktor(nilai: tuple[object, ...]) -> None:
    buat = pembuat(BarisKeuangan)
    a, b = buat(*nilai), BarisKeuangan(*nilai)  # type: ignore[arg-type]
    assert a == b
    assert repr(a) == repr(b)
    assert type(a) is BarisKeuangan
    assert hash(a) == hash(b)
    # nilai bawaan sama (keterangan=None)
    assert buat(*nilai[:9]) == BarisKeuangan(*nilai[:9])  # type: ignore[arg-type]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.pagu = Decimal(1)  # type: ignore[misc]


def test_pembuat_menolak_argumen_yang_ditolak_konstruktor() -> None:
    buat = pembuat(BarisKeuangan)
    with pytest.raises(TypeError):
        buat("1", "a")  # kurang argumen, seperti BarisKeuangan("1", "a")
    with pytest.raises(TypeError):
        buat(*range(11))


@attrs.frozen
class _Berpengubah:
    x: int = attrs.field(converter=int)


@attrs.frozen
class _Bervalidator:
    x: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class _PascaInit:
    x: int

    def __attrs_post_init__(self) -> None:
        pass


@attrs.frozen
class _Pabrik:
    x: tuple[int, ...] = attrs.field(factory=tuple)


@attrs.frozen
class _KataKunci:
    x: int = attrs.field(kw_only=True)


@attrs.frozen
class _TanpaInit:
    x: int = attrs.field(init=False, default=0)


@attrs.frozen(slots=False)
class _TanpaSlots:
    x: int


class _BukanAttrs:
    pass


@pytest.mark.parametrize(
    "kelas",
    [_Berpengubah, _Bervalidator, _PascaInit, _Pabrik, _KataKunci, _TanpaInit, _TanpaSlots,
     _BukanAttrs],
)  # fmt: skip
def test_kelas_yang_init_nya_bekerja_lebih_ditolak(kelas: type) -> None:
    with pytest.raises(TipeTidakSah, match="pembuat cepat tidak untuk"):
        pembuat(kelas)
