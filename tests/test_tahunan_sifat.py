"""Sifat laporan tahunan (isu 9, Quality): kumulasi antartahun = kumulasi antartriwulan, laporan
dengan riwayat = laporan per tahun, tahun riwayat tambahan tidak mengubah angka tahun ini."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from kinerja import (
    BarisAnggaran,
    BarisIndikator,
    DataTidakAda,
    Kumulasi,
    Laporan,
    Periode,
    Polaritas,
    Unit,
    hitung,
    sampai_dengan,
)
from kinerja.laporan.tahunan import RenstraAnggaran, RenstraIndikator, TahunAnggaran, TahunIndikator
from tests.strategies import kumulasi, nilai_triwulan, pagu_dan_realisasi, polaritas, positif

UNIT = Unit(nama="Seksi", instansi="Kecamatan Contoh")
TAHUN = (2021, 2022, 2023, 2024)
"""Renstra 2021–2026, laporan 2024: tiga tahun sebelumnya dan tahun ini (≤ 4 nilai, sehingga
kumulasinya bisa dibandingkan langsung dengan ``sampai_dengan`` triwulan)."""


def _indikator(jenis: Kumulasi, nilai: list[Decimal | None]) -> BarisIndikator:
    *lalu, kini = nilai
    return BarisIndikator(
        nama="A", kumulasi=jenis, target_tahunan=10,
        realisasi_tahunan=kini,
        riwayat=[
            TahunIndikator(t, target=10, realisasi=v)
            for t, v in zip(TAHUN, lalu, strict=False)
        ],
        renstra=RenstraIndikator(2021, 2026, target_akhir=100),
    )  # fmt: skip


@given(kumulasi, nilai_triwulan)
def test_realisasi_sd_renstra_sama_dengan_sampai_dengan(
    jenis: Kumulasi, nilai: list[Decimal | None]
) -> None:
    lap = Laporan(UNIT, Periode(2024), indikator=[_indikator(jenis, nilai)])
    (baris,) = hitung(lap).renstra.baris
    try:
        harapan: Decimal | None = sampai_dengan(nilai, jenis, 4)
    except DataTidakAda:
        harapan = None
    assert baris.realisasi_sd == harapan


@given(st.lists(pagu_dan_realisasi(), min_size=4, max_size=4))
def test_realisasi_sd_renstra_anggaran_selalu_dijumlah(
    pasangan: list[tuple[Decimal, Decimal]],
) -> None:
    *lalu, (pagu, kini) = pasangan
    baris = BarisAnggaran(
        uraian="Belanja", pagu=pagu, realisasi_kumulatif=kini,
        riwayat=[
            TahunAnggaran(t, pagu=p, realisasi=r)
            for t, (p, r) in zip(TAHUN, lalu, strict=False)
        ],
        renstra=RenstraAnggaran(2021, 2026, pagu_periode=10**15),
    )  # fmt: skip
    (b,) = hitung(Laporan(UNIT, Periode(2024), anggaran=[baris])).renstra.baris
    assert b.realisasi_sd is not None
    assert Fraction(b.realisasi_sd) == sum(Fraction(r) for _, r in pasangan)


@given(kumulasi, st.lists(positif(10**6, 2), min_size=4, max_size=4))
def test_realisasi_sebelumnya_tertulis_sama_dengan_dari_riwayat(
    jenis: Kumulasi, nilai: list[Decimal]
) -> None:
    """Menulis realisasi s.d. tahun lalu (kumulasi riwayat) sama dengan membiarkannya diturunkan."""
    turunan = _indikator(jenis, list(nilai))
    sebelumnya = sampai_dengan(nilai[:3], jenis, 3)
    assert turunan.renstra is not None
    renstra = attrs.evolve(turunan.renstra, realisasi_sebelumnya=sebelumnya)
    tertulis = attrs.evolve(turunan, riwayat=(), renstra=renstra)
    a = hitung(Laporan(UNIT, Periode(2024), indikator=[turunan])).renstra.baris[0]
    b = hitung(Laporan(UNIT, Periode(2024), indikator=[tertulis])).renstra.baris[0]
    assert a.realisasi_sd is not None
    assert b.realisasi_sd is not None
    # rerata: 3 × (rerata 3 tahun) dibulatkan 34 digit; selain itu sama persis
    assert abs(Fraction(a.realisasi_sd) - Fraction(b.realisasi_sd)) <= Fraction(1, 10**25)
    if jenis is not Kumulasi.RATA_RATA:
        assert a.realisasi_sd == b.realisasi_sd


@st.composite
def _tahun_tahun(draw: st.DrawFn) -> list[tuple[int, Decimal | None, Decimal | None]]:
    tahun = draw(st.lists(st.integers(2015, 2023), min_size=1, max_size=5, unique=True))
    return [
        (t, draw(st.none() | positif(10**4, 2)), draw(st.none() | positif(10**4, 2))) for t in tahun
    ]


@given(_tahun_tahun(), polaritas, st.none() | positif(100, 0))
def test_riwayat_sama_dengan_laporan_per_tahun(
    tahun: list[tuple[int, Decimal | None, Decimal | None]], arah: Polaritas,
    penyebut: Decimal | None,
) -> None:  # fmt: skip
    """Capaian tiap tahun riwayat = capaian laporan tahunan tahun itu yang dibuat sendiri."""
    satuan: dict[str, Any] = (
        {"satuan": "%", "penyebut": penyebut, "satuan_realisasi": "Desa"} if penyebut else {}
    )
    baris = BarisIndikator(
        nama="A", polaritas=arah, target_tahunan=50, realisasi_tahunan=40, **satuan,
        riwayat=[TahunIndikator(t, target=tg, realisasi=r) for t, tg, r in tahun],
    )  # fmt: skip
    tabel = hitung(Laporan(UNIT, Periode(2024), indikator=[baris])).riwayat.baris
    per_tahun = {b.tahun: b for b in tabel}
    for t, tg, r in tahun:
        sendiri = BarisIndikator(
            nama="A", polaritas=arah, target_tahunan=tg, realisasi_tahunan=r, **satuan
        )
        (c,) = hitung(Laporan(UNIT, Periode(t), indikator=[sendiri])).capaian.baris
        assert (per_tahun[t].target, per_tahun[t].realisasi, per_tahun[t].capaian) == (
            c.target, c.realisasi, c.capaian,
        )  # fmt: skip
    assert [b.tahun for b in tabel] == [*sorted(t for t, _, _ in tahun), 2024]


@given(_tahun_tahun(), st.integers(2000, 2023), positif(10**4, 2), kumulasi)
def test_tahun_riwayat_tambahan_tidak_mengubah_tahun_ini(
    tahun: list[tuple[int, Decimal | None, Decimal | None]], baru: int, nilai: Decimal,
    jenis: Kumulasi,
) -> None:  # fmt: skip
    assume(baru not in {t for t, _, _ in tahun})

    def laporan(riwayat: list[tuple[int, Decimal | None, Decimal | None]]) -> Laporan:
        baris = BarisIndikator(
            nama="A", kumulasi=jenis, target_tahunan=50, realisasi_tahunan=45,
            riwayat=[TahunIndikator(t, target=tg, realisasi=r) for t, tg, r in riwayat],
            renstra=RenstraIndikator(2000, 2026, target_akhir=500, realisasi_sebelumnya=7),
        )  # fmt: skip
        return Laporan(UNIT, Periode(2024), indikator=[baris])

    sebelum = hitung(laporan(tahun))
    sesudah = hitung(laporan([*tahun, (baru, nilai, nilai)]))
    assert sesudah.capaian == sebelum.capaian
    assert sesudah.ringkasan == sebelum.ringkasan
    kini_a, kini_b = sebelum.riwayat.baris[-1], sesudah.riwayat.baris[-1]
    assert (kini_a.tahun, kini_a.target, kini_a.realisasi, kini_a.capaian) == (
        kini_b.tahun, kini_b.target, kini_b.realisasi, kini_b.capaian,
    )  # fmt: skip
    # realisasi_sebelumnya tertulis: realisasi s.d. tahun ini pun tidak berubah
    assert sesudah.renstra == sebelum.renstra
