"""Strategi hypothesis bersama untuk semua uji kinerja."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from kinerja import DokumenDesa, Kumulasi, Polaritas

# Angka realistis laporan: sampai triliunan, paling banyak 4 tempat desimal, sehingga
# perkalian dengan 100 dan skala k tetap tepat dalam presisi 34 digit.


def desimal(
    min_value: int | str | Decimal = -(10**12),
    max_value: int | str | Decimal = 10**12,
    places: int = 4,
) -> st.SearchStrategy[Decimal]:
    """Decimal hingga dalam rentang, dengan paling banyak ``places`` tempat desimal."""
    return st.decimals(
        min_value=Decimal(min_value),
        max_value=Decimal(max_value),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )


def positif(max_value: int = 10**12, places: int = 4) -> st.SearchStrategy[Decimal]:
    """Decimal > 0."""
    return desimal(0, max_value, places).filter(lambda x: x > 0)


def tak_negatif(max_value: int = 10**12, places: int = 2) -> st.SearchStrategy[Decimal]:
    """Decimal >= 0 (uang, hitungan)."""
    return desimal(0, max_value, places)


uang = tak_negatif(10**13, 2)
"""Rupiah sampai puluhan triliun, dengan sen."""

polaritas = st.sampled_from(Polaritas)
kumulasi = st.sampled_from(Kumulasi)
triwulan = st.integers(min_value=1, max_value=4)
dokumen_desa = st.sampled_from(DokumenDesa)

nilai_triwulan = st.lists(st.one_of(st.none(), tak_negatif(10**9, 2)), min_size=4, max_size=4)
"""Empat nilai TW I–IV, sebagian mungkin belum dilaporkan (None)."""


@st.composite
def pagu_dan_realisasi(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    """Pasangan (pagu, realisasi) yang sah: 0 <= realisasi <= pagu."""
    pagu = draw(uang)
    realisasi = draw(desimal(0, pagu, 2)) if pagu > 0 else Decimal(0)
    return pagu, realisasi


sampah = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.just(object()),
    st.just(Decimal("NaN")),
    st.just(Decimal("Infinity")),
    st.just(Decimal("-Infinity")),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.integers(min_value=-(10**6), max_value=10**6),
)
"""Masukan sampah untuk uji ketahanan: hanya galat kinerja yang boleh lolos."""
