"""Strategi hypothesis bersama untuk semua uji kinerja."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

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


# ---------------------------------------------------------------- laporan utuh

teks_nama = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda t: t.strip() != "")


def _nilai_tw(nilai: st.SearchStrategy[Decimal]) -> st.SearchStrategy[Any]:
    from kinerja.laporan import NilaiTriwulan

    return st.builds(NilaiTriwulan, *(st.one_of(st.none(), nilai) for _ in range(4)))


_ANGKA_TERCETAK = st.one_of(st.none(), desimal(-(10**6), 10**12, 2))
_TEKS_SALAH = st.sampled_from(["1,361,248,977", "19.7195.216", "29.63", "699,282"])


@st.composite
def tercetak_indikator(draw: st.DrawFn) -> Any:
    """Angka tercetak baris indikator acak (sebagian kosong), termasuk teks bernotasi salah."""
    from kinerja.laporan import TercetakIndikator

    angka = _ANGKA_TERCETAK
    return TercetakIndikator(
        target=draw(angka),
        realisasi=draw(angka),
        capaian=draw(angka),
        predikat=draw(st.one_of(st.none(), st.sampled_from(["Sangat Baik", "Baik", "Cukup"]))),
        pagu=draw(angka),
        realisasi_anggaran=draw(angka),
        serapan=draw(angka),
        efisiensi=draw(angka),
        teks=draw(
            st.dictionaries(
                st.sampled_from(["realisasi.tw4", "target.tw1"]), _TEKS_SALAH, max_size=2
            )
        ),
    )


@st.composite
def tercetak_anggaran(draw: st.DrawFn) -> Any:
    """Angka tercetak baris anggaran acak (sebagian kosong), termasuk teks bernotasi salah."""
    from kinerja.laporan import TercetakAnggaran

    angka = _ANGKA_TERCETAK
    return TercetakAnggaran(
        target=draw(angka),
        realisasi=draw(angka),
        capaian_keuangan=draw(angka),
        serapan=draw(angka),
        sisa=draw(angka),
        teks=draw(
            st.dictionaries(st.sampled_from(["pagu", "realisasi", "sisa"]), _TEKS_SALAH, max_size=2)
        ),
    )


@st.composite
def laporan(draw: st.DrawFn) -> Any:
    """Laporan acak yang sah: semua bagian opsional terisi sebagian."""
    from kinerja.fasilitasi import RekapFasilitasi
    from kinerja.laporan import (
        BarisAnggaran,
        BarisIndikator,
        KetepatanDokumenDesa,
        Laporan,
        TanggalDokumenDesa,
        TercetakRingkasan,
        Unit,
    )
    from kinerja.periode import Periode

    nilai = desimal(-(10**9), 10**9, 4)
    indikator = draw(
        st.lists(
            st.builds(
                BarisIndikator,
                nama=teks_nama,
                satuan=st.one_of(st.none(), st.sampled_from(["%", "Dokumen", "Desa"])),
                polaritas=polaritas,
                kumulasi=kumulasi,
                target_tahunan=st.one_of(st.none(), nilai),
                target=_nilai_tw(nilai),
                realisasi=_nilai_tw(nilai),
                penyebut=st.one_of(st.none(), positif(1000, 0)),
                realisasi_dari=st.sampled_from(["triwulan", "fasilitasi", "dokumen_desa"]),
                anggaran=st.lists(st.sampled_from(["7.01.01", "Kegiatan A"]), max_size=2),
                tercetak=tercetak_indikator(),
            ),
            max_size=4,
        )
    )
    kode = st.one_of(
        st.none(),
        st.sampled_from(["7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "7.01.02.2.01.02"]),
    )
    anggaran = draw(
        st.lists(
            st.builds(
                BarisAnggaran,
                uraian=teks_nama,
                pagu=uang,
                kode=kode,
                target=_nilai_tw(uang),
                realisasi=_nilai_tw(uang),
                realisasi_kumulatif=st.one_of(st.none(), uang),
                tercetak=tercetak_anggaran(),
            ),
            max_size=4,
        )
    )
    tanggal = st.one_of(st.none(), st.dates())
    dokumen = st.one_of(
        st.none(),
        st.builds(
            KetepatanDokumenDesa,
            tahun_anggaran=st.integers(2000, 2100),
            desa=st.lists(
                st.builds(
                    TanggalDokumenDesa,
                    nama=teks_nama,
                    rkpdes=tanggal,
                    apbdes=tanggal,
                    lppdes=tanggal,
                ),
                min_size=1,
                max_size=3,
                unique_by=lambda d: d.nama.casefold(),  # desa yang sama dua kali ditolak
            ),
        ),
        st.integers(1, 20).flatmap(
            lambda n: st.builds(
                KetepatanDokumenDesa,
                tahun_anggaran=st.integers(2000, 2100),
                jumlah_desa=st.just(n),
                tepat=st.fixed_dictionaries({d: st.integers(0, n) for d in DokumenDesa}),
            )
        ),
    )
    n_desa = draw(st.integers(1, 5))
    fasilitasi = draw(
        st.one_of(
            st.none(),
            st.builds(
                RekapFasilitasi,
                desa=st.just([f"Desa {i}" for i in range(n_desa)]),
                centang=st.dictionaries(
                    teks_nama,
                    st.lists(st.booleans(), min_size=n_desa, max_size=n_desa),
                    min_size=1,
                    max_size=4,
                ),
            ),
        )
    )
    angka = st.one_of(st.none(), desimal(0, 10**12, 2))
    return Laporan(
        unit=draw(
            st.builds(
                Unit, nama=teks_nama, instansi=teks_nama, pejabat=st.one_of(st.none(), teks_nama)
            )
        ),
        periode=draw(
            st.builds(Periode, st.integers(1945, 2200), st.one_of(st.none(), st.integers(1, 4)))
        ),
        indikator=indikator,
        anggaran=anggaran,
        dokumen_desa=draw(dokumen),
        fasilitasi=fasilitasi,
        tercetak=draw(
            st.builds(
                TercetakRingkasan,
                rata_rata_capaian_kinerja=angka,
                jumlah_pagu=angka,
                persentase_fasilitasi=angka,
            )
        ),
        skala=draw(st.sampled_from(["lkj", "akip", "permendagri-86-2017"])),
    )


# ---------------------------------------------------------------- jalur cepat (kinerja.vektor)


@st.composite
def teks_angka_id(draw: st.DrawFn, nilai: st.SearchStrategy[Decimal]) -> str:
    """Teks bernotasi Indonesia ("1.500", "95,27"), kadang dengan "Rp", "%" atau spasi."""
    from kinerja import tulis_angka_tepat

    x = draw(nilai)
    teks = tulis_angka_tepat(x)
    pola = ["{}", " {} ", "{}%"] + (["Rp{}", "Rp. {}"] if x >= 0 else [])
    return draw(st.sampled_from(pola)).format(teks)


def label_enum(nilai: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Sebuah anggota enum, atau label teksnya dalam huruf dan spasi yang berbeda-beda."""
    return nilai.flatmap(
        lambda e: st.sampled_from(
            [e, e.value, e.value.upper(), f" {e.value.title()} ", e.value.replace("-", "_")]
        )
    )


label_polaritas = label_enum(polaritas)
"""Polaritas atau label yang diterima ``Polaritas.dari`` (" Negatif ", "POSITIF", …)."""

label_kumulasi = label_enum(kumulasi)
"""Kumulasi atau label yang diterima ``Kumulasi.dari`` ("RATA_RATA", " Akhir ", …)."""

float_ekstrem = st.one_of(
    # |x| < 10⁻²⁰ menjadi 0: hasil bagi dengan bilangan sekecil itu melewati jangkauan float64
    st.floats(min_value=-1e26, max_value=1e26).map(lambda x: x if abs(x) >= 1e-20 else 0.0),
    st.floats(min_value=1e-20, max_value=1e-3),
    st.sampled_from(
        [0.0, -0.0, 1e24, -1e24, 9.999999999999999e23, -9.999999999999999e23, 1e-20, -1e-20]
    ),
    st.sampled_from([float("nan"), float("inf"), float("-inf")]),
)
"""Float di tepi batas jalur Decimal: 0, ±10²⁴ (batas digit bulat), tak hingga, NaN, ≥ 10⁻²⁰."""
