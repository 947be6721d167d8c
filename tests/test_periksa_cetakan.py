"""Isu 13: yang dicetak laporan di luar baris angka — tanggal, label periode, rumus, judul baris,
nilai baris fasilitasi, dan saran angka bersen bertitik."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import FormatAngkaSalah, InputTidakSah, baca_angka, hitung_ungkapan
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.label_periode import LabelPeriode, baca_label_periode
from kinerja.laporan import (
    BarisAnggaran,
    BarisIndikator,
    LabelTercetak,
    Laporan,
    NilaiTriwulan,
    RumusTercetak,
    TercetakAnggaran,
    TercetakIndikator,
    TercetakRingkasan,
    Unit,
)
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.periode import Periode, Triwulan
from kinerja.teks_angka import tulis_angka_tepat

D = Decimal


_TW4 = Periode(2024, 4)


def _lap(periode: Periode = _TW4, **isian: object) -> Laporan:
    return Laporan(Unit("Camat", "Kecamatan Uji"), periode, **isian)  # type: ignore[arg-type]


def _ringkas(temuan: list[Temuan]) -> list[tuple[str, str, object, object]]:
    return [(t.tabel, t.kolom, t.tercetak, t.dihitung) for t in temuan]


# ---------------------------------------------------------------- tanggal laporan


def test_tanggal_sebelum_akhir_periode() -> None:
    # Klakah: "Klakah, 03 Januari 2024" untuk laporan TW IV 2024 (l. 480)
    (t,) = periksa(_lap(tanggal=datetime.date(2024, 1, 3)))
    assert (t.tabel, t.kolom, t.tercetak, t.jenis) == (
        "dokumen", "tanggal", "2024-01-03", "tanggal laporan",
    )  # fmt: skip
    assert "sebelum periode TW IV 2024 berakhir (2024-12-31)" in t.alasan


def test_tanggal_sesudah_batas_waktu() -> None:
    # DOMAIN.md §9: batas TW IV 2024 adalah Rabu 8 Januari 2025
    assert periksa(_lap(tanggal=datetime.date(2025, 1, 8))) == []
    (t,) = periksa(_lap(tanggal=datetime.date(2025, 1, 9)))
    assert (t.kolom, t.tercetak, t.dihitung, t.jenis) == (
        "tanggal", "2025-01-09", "2025-01-08", "terlambat",
    )  # fmt: skip


def test_tanggal_di_hari_terakhir_periode_sah() -> None:
    assert periksa(_lap(Periode(2024, 1), tanggal=datetime.date(2024, 3, 31))) == []


# ---------------------------------------------------------------- label periode


@pytest.mark.parametrize(
    ("teks", "tahun", "triwulan"),
    [
        ("Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III", 2024, Triwulan.III),
        ("Realisasi s.d. TW. 4", None, Triwulan.IV),
        ("Tribulan IV (Januari s.d Desember) Tahun 2024", 2024, Triwulan.IV),
        ("Triwulan I s.d. Triwulan IV", None, Triwulan.IV),
        ("Laporan Kinerja Tahun 2023", 2023, None),
        ("tw 2", None, Triwulan.II),
    ],
)
def test_baca_label_periode(teks: str, tahun: int | None, triwulan: Triwulan | None) -> None:
    assert baca_label_periode(teks) == LabelPeriode(tahun, triwulan)


def test_label_tanpa_periode_ditolak() -> None:
    with pytest.raises(InputTidakSah, match="tidak menyebut triwulan"):
        baca_label_periode("Tabel Cost per outcome")


def test_label_periode_lain_dilaporkan() -> None:
    lap = _lap(
        label_periode=[
            LabelTercetak("l. 272", "Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III"),
            LabelTercetak("l. 266", "tribulan IV (Januari s.d Desember) Tahun 2024"),
            LabelTercetak("l. 1", "Laporan Kinerja Tahun 2023"),
        ]
    )
    tiga, tahun = periksa(lap)
    assert (tiga.baris, tiga.kolom, tiga.dihitung) == ("l. 272", "label periode", "TW IV 2024")
    assert "label menyebut TW III 2024, padahal laporan ini TW IV 2024" in tiga.alasan
    assert tahun.baris == "l. 1"


# ---------------------------------------------------------------- rumus tercetak


def test_rumus_klakah() -> None:
    # l. 258: ((0 × 12) + (1 × 12) + (1 × 12)) / 3 = 8, padahal tercetak 100% (l. 262);
    # l. 260: (12 + 12 + 12) / (12 × 3) × 100 = 100 — benar
    lap = _lap(
        rumus=[
            RumusTercetak("l. 258–262", "((0 × 12) + (1 × 12) + (1 × 12)) / 3", "100"),
            RumusTercetak("l. 260–262", "(12 + 12 + 12) / (12 × 3) × 100%", "100"),
            RumusTercetak("l. 250–252", "95,27 / 95,45 × 100", "99,79"),
        ]
    )
    assert _ringkas(periksa(lap)) == [
        ("dokumen", "rumus", D(100), D(8)),
        ("dokumen", "rumus", D("99.79"), D("99.81")),
    ]


_suku = st.integers(min_value=-999, max_value=999)


@given(
    st.lists(_suku, min_size=1, max_size=6), st.lists(st.integers(1, 99), min_size=1, max_size=3)
)
def test_ungkapan_sama_dengan_rujukan_fraction(suku: list[int], pembagi: list[int]) -> None:
    teks = "(" + " + ".join(f"({s})" for s in suku) + ") / (" + " × ".join(map(str, pembagi)) + ")"
    rujukan = Fraction(sum(suku))
    for p in pembagi:
        rujukan /= p
    hasil = hitung_ungkapan(teks)
    batas: Fraction = max(Fraction(1), abs(rujukan))
    assert abs(Fraction(hasil) - rujukan) <= Fraction(1, 10**30) * batas


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False))
def test_ungkapan_membaca_angka_indonesia(x: Decimal) -> None:
    teks = tulis_angka_tepat(x)
    assert hitung_ungkapan(f"{teks} + 0") == baca_angka(teks)


@pytest.mark.parametrize(
    "teks", ["2**3", "__import__('os')", "(1", "1 2", "", "abs(1)", "1 if 1 else 2", "[1]"]
)
def test_ungkapan_bukan_aritmetika_ditolak(teks: str) -> None:
    with pytest.raises(FormatAngkaSalah, match="ungkapan"):
        hitung_ungkapan(teks)


def test_ungkapan_bagi_nol_dan_hasil_raksasa_ditolak() -> None:
    with pytest.raises(InputTidakSah, match="membagi dengan nol"):
        hitung_ungkapan("1 / (2 − 2)")
    with pytest.raises(InputTidakSah, match="hasil ungkapan"):
        hitung_ungkapan(" × ".join(["99.999.999.999"] * 3))


# ---------------------------------------------------------------- judul baris


def _indikator(nama: str, **isian: object) -> BarisIndikator:
    satu = NilaiTriwulan(1, 1, 1, 1)
    return BarisIndikator(nama, target=satu, realisasi=satu, **isian)  # type: ignore[arg-type]


def test_judul_baris_milik_baris_lain() -> None:
    # Kalaena l. 134: angka Perdes (7, 7, 100) di bawah judul sub kegiatan Forum (l. 118), yang
    # tercetak dengan urutan kata lain daripada uraian anggarannya
    forum = _indikator(
        "Jumlah Dokumen Tugas Forum",
        anggaran="Pelaksanaan Tugas Forum Koordinasi di Pimpinan Kecamatan",
        tercetak=TercetakIndikator(
            uraian="Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", tempat="l. 118"
        ),
    )
    perdes = _indikator(
        "Jumlah Dokumen Perdes",
        anggaran="Fasilitasi Penyusunan Peraturan Desa",
        tercetak=TercetakIndikator(uraian="Fasilitasi Penyusunan Peraturan Desa", tempat="l. 95"),
        tercetak_lain=[
            TercetakIndikator(
                uraian="Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", tempat="l. 134"
            )
        ],
    )
    anggaran = [
        BarisAnggaran("Pelaksanaan Tugas Forum Koordinasi di Pimpinan Kecamatan", 0),
        BarisAnggaran("Fasilitasi Penyusunan Peraturan Desa", 0),
    ]
    (t,) = periksa(_lap(indikator=[forum, perdes], anggaran=anggaran))
    assert (t.baris, t.kolom, t.tempat) == ("Jumlah Dokumen Perdes", "uraian", ("l. 134",))
    assert "judul baris lain ('Jumlah Dokumen Tugas Forum')" in t.alasan


def test_judul_yang_ejaannya_beda_bukan_temuan() -> None:
    forum = _indikator("Forum", tercetak=TercetakIndikator(uraian="Rapat Forum Koordinasi"))
    perdes = _indikator("Perdes", tercetak=TercetakIndikator(uraian="Fasilitasi Perdes Laporam"))
    assert periksa(_lap(indikator=[forum, perdes])) == []


# ---------------------------------------------------------------- fasilitasi


def test_nilai_baris_fasilitasi_terhadap_centang() -> None:
    # Klakah baris 42: 12 desa dicentang, tercetak 0,92
    desa = [f"D{i}" for i in range(12)]
    rekap = RekapFasilitasi(
        desa=desa,
        centang={"Rekomendasi perangkat": [True] * 12, "Musdes": [True] * 12},
        nilai_tercetak={"Rekomendasi perangkat": "0,92", "Musdes": "1,00"},
    )
    (t,) = periksa(_lap(fasilitasi=rekap))
    assert (t.tabel, t.baris, t.kolom, t.tercetak, t.dihitung) == (
        "fasilitasi", "Rekomendasi perangkat", "nilai baris", D("0.92"), D("1.00"),
    )  # fmt: skip


def test_persentase_yang_mengikuti_nilai_baris_tercetak_adalah_akibat() -> None:
    # persentase tercetak dihitung laporan dengan 11/12 di baris itu: akibat, bukan slip kedua
    desa = [f"D{i}" for i in range(12)]
    rekap = RekapFasilitasi(
        desa=desa,
        centang={"A": [True] * 12, "B": [True] * 12},
        nilai_tercetak={"A": "0,92"},
    )
    # (11/12 + 1) / 2 × 100 = 95,83; dengan centang: 100
    lap = _lap(fasilitasi=rekap, tercetak=TercetakRingkasan(persentase_fasilitasi="95,83"))
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak) == ("nilai baris", D("0.92"))
    ((a),) = t.akibat
    assert (a.kolom, a.tercetak, a.dihitung) == ("persentase fasilitasi", D("95.83"), D("100.00"))
    assert "tercetak 95,83 sesuai bila nilai baris 'A' 0,92" in a.alasan


def test_nilai_tercetak_kegiatan_asing_ditolak() -> None:
    with pytest.raises(InputTidakSah, match="tidak ada di rekap"):
        RekapFasilitasi(desa=["A"], centang={"x": [True]}, nilai_tercetak={"y": 1})


# ---------------------------------------------------------------- pagu dan target tahunan


def test_pagu_dan_target_tahunan_tercetak_diperiksa() -> None:
    anggaran = BarisAnggaran(
        "Forum", "22.571.000", tercetak=TercetakAnggaran(pagu="22.517.000", tempat="PK (l. 67)")
    )
    indikator = _indikator("Forum", target_tahunan=4, tercetak=TercetakIndikator(target_tahunan=12))
    assert _ringkas(periksa(_lap(indikator=[indikator], anggaran=[anggaran]))) == [
        ("capaian kinerja", "target tahunan", D(12), D(4)),
        ("realisasi keuangan", "pagu", D(22517000), D(22571000)),
    ]


# ---------------------------------------------------------------- sen bertitik


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        ("4.430.000.00", "4.430.000,00"),
        ("1.780.578.508.00", "1.780.578.508,00"),
        ("-1.000.00", "-1.000,00"),
    ],
)
def test_saran_sen_bertitik(teks: str, saran: str) -> None:
    with pytest.raises(FormatAngkaSalah) as galat:
        baca_angka(teks)
    assert galat.value.saran == (saran,)
    assert f"maksud Anda {saran!r}?" in str(galat.value)
    assert baca_angka(saran) == baca_angka(saran.replace(".", "").replace(",", "."), notasi="en")


def test_temuan_yang_salah_di_kedua_kemungkinan_menyebut_keduanya() -> None:
    # persentase tercetak 50 salah bila baris A bernilai 1,00 (centang: 100) maupun 0,92 (11/12:
    # (11/12 + 1) / 2 × 100 = 95,83): temuan sendiri, dengan kedua nilai aturannya
    desa = [f"D{i}" for i in range(12)]
    rekap = RekapFasilitasi(
        desa=desa, centang={"A": [True] * 12, "B": [True] * 12}, nilai_tercetak={"A": "0,92"}
    )
    lap = _lap(fasilitasi=rekap, tercetak=TercetakRingkasan(persentase_fasilitasi="50,00"))
    nilai, persen = periksa(lap)
    assert (nilai.kolom, nilai.akibat) == ("nilai baris", ())
    assert (persen.kolom, persen.tercetak, persen.dihitung) == (
        "persentase fasilitasi", D("50.00"), D("100.00"),
    )  # fmt: skip
    assert "seharusnya 100,00 bila nilai baris 'A' 1,00; 95,83 bila nilai baris 'A' 0,92" in (
        persen.alasan
    )
