"""Isu 8 (Kokoh), lapisan laporan: agregat berpenyebut, satu pohon anggaran untuk tabel dan
pohon, satu fungsi persen tervalidasi, angka tercetak per jenis baris, dan dua pemeriksaan
``periksa`` (kode kembar, induk ≠ Σ anak) dengan salah hitung yang ditanam.

Nilai harapan dihitung tangan (ditulis di komentar) atau dari DOMAIN.md, tidak dari kode yang
diuji.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kinerja import (
    InputTidakSah,
    KinerjaError,
    Realisasi,
    Target,
    TipeTidakSah,
    bulatkan,
    capaian_agregat,
    persen,
)
from kinerja.angka import jumlah
from kinerja.galat import BerkasTidakSah, KodeRekeningSalah
from kinerja.indikator import Kumulasi
from kinerja.kode_rekening import KodeRekening, _pisah
from kinerja.kumulasi import sampai_dengan
from kinerja.laporan import (
    BarisAnggaran,
    BarisIndikator,
    Laporan,
    NilaiTriwulan,
    TercetakAnggaran,
    TercetakIndikator,
    TercetakRingkasan,
    Unit,
)
from kinerja.laporan.berkas import baca_laporan_teks
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.pohon import PohonAnggaran
from kinerja.laporan.tabel import hitung
from kinerja.laporan.tabel_keuangan import tabel_keuangan
from kinerja.periode import Periode, Triwulan
from tests.strategies import laporan as laporan_acak

D = Decimal


def _laporan(
    *,
    indikator: list[BarisIndikator] | None = None,
    anggaran: list[BarisAnggaran] | None = None,
    tercetak: TercetakRingkasan | None = None,
    periode: Periode | None = None,
) -> Laporan:
    return Laporan(
        Unit("Seksi Uji", "Kecamatan Uji"),
        periode or Periode(2024, 4),
        indikator or [],
        anggaran or [],
        tercetak=tercetak or TercetakRingkasan(),
    )


def _desa(nama: str, realisasi: int) -> BarisIndikator:
    """Target 100%, realisasi ``realisasi`` Desa dari 12 (seperti Senduro tabel 2.2)."""
    return BarisIndikator(
        nama,
        satuan="%",
        kumulasi="akhir",
        target_tahunan=100,
        realisasi=NilaiTriwulan(tw4=realisasi),
        satuan_realisasi="Desa",
        penyebut=12,
    )


# --------------------------------------------------------------------------- cacat 1


def test_capaian_agregat_memakai_penyebut() -> None:
    # 3/12 → 25%, 12/12 → 100%; agregat Σ R' / Σ T = (25 + 100) / (100 + 100) × 100 = 62,5
    hasil = capaian_agregat(
        target=[Target(100, "%"), Target(100, "%")],
        realisasi=[Realisasi(3, "Desa", dari=12), Realisasi(12, "Desa", dari=12)],
    )
    assert hasil == D("62.5")


def test_capaian_agregat_penyebut_lawan_fraction() -> None:
    # target 80% dan 50%; 3 dari 12 (25%) dan 5 dari 8 (62,5%): (25 + 62,5) / (80 + 50) × 100
    harapan = (Fraction(25) + Fraction(125, 2)) / 130 * 100
    hasil = capaian_agregat(
        target=[Target(80, "%"), Target(50, "%")],
        realisasi=[Realisasi(3, "Desa", dari=12), Realisasi(5, "Dokumen", dari=8)],
    )
    assert abs(Fraction(hasil) - harapan) < Fraction(1, 10**30)


def test_capaian_agregat_satuan_campur_ditolak() -> None:
    with pytest.raises(KinerjaError, match="satuan"):
        capaian_agregat(
            target=[Target(3, "Dokumen"), Target(100, "%")],
            realisasi=[Realisasi(3, "Dokumen"), Realisasi(50, "%")],
        )


def test_ringkasan_agregat_berpenyebut() -> None:
    hasil = hitung(_laporan(indikator=[_desa("A", 3), _desa("B", 12)]))
    # rerata (25 + 100) / 2 = 62,5; agregat (25 + 100) / (100 + 100) × 100 = 62,5 (bukan 7,5)
    assert hasil.ringkasan.rata_rata_capaian_kinerja == D("62.5")
    assert hasil.ringkasan.capaian_kinerja_agregat == D("62.5")


def test_rata_rata_tercetak_7_5_jadi_temuan() -> None:
    lap = _laporan(
        indikator=[_desa("A", 3), _desa("B", 12)],
        tercetak=TercetakRingkasan(rata_rata_capaian_kinerja="7,5"),
    )
    temuan = periksa(lap)
    assert [(t.tabel, t.kolom, t.tercetak, t.dihitung, t.selisih, t.jenis) for t in temuan] == [
        ("ringkasan", "rata-rata capaian kinerja", D("7.5"), D("62.5"), D("-55.0"), "salah hitung")
    ]


def test_agregat_tercetak_7_5_jadi_temuan() -> None:
    lap = _laporan(
        indikator=[_desa("A", 3), _desa("B", 12)],
        tercetak=TercetakRingkasan(capaian_kinerja_agregat="7,5"),
    )
    assert [(t.kolom, t.tercetak, t.dihitung) for t in periksa(lap)] == [
        ("capaian kinerja agregat", D("7.5"), D("62.5"))
    ]


def _ringkasan_kalaena(tercetak: TercetakRingkasan) -> list[Temuan]:
    lap = attrs.evolve(muat_contoh("kalaena-2024-tw1"), tercetak=tercetak)
    return [t for t in periksa(lap) if t.tabel == "ringkasan"]


def test_label_tercetak_dibandingkan_dengan_angka_yang_dinamainya() -> None:
    # DOMAIN.md §3, Kalaena keuangan TW I 2024: agregat 46,14 (tercetak "46%"), rerata 52,76
    assert _ringkasan_kalaena(TercetakRingkasan(capaian_keuangan_agregat=46)) == []
    rerata = _ringkasan_kalaena(TercetakRingkasan(rata_rata_capaian_keuangan=46))
    assert [(t.kolom, t.tercetak, t.dihitung, t.jenis) for t in rerata] == [
        ("rata-rata capaian keuangan", D(46), D(53), "salah hitung")
    ]
    assert _ringkasan_kalaena(TercetakRingkasan(rata_rata_capaian_keuangan="52,76")) == []
    agregat = _ringkasan_kalaena(TercetakRingkasan(capaian_keuangan_agregat="52,76"))
    assert [(t.kolom, t.tercetak, t.dihitung) for t in agregat] == [
        ("capaian keuangan agregat", D("52.76"), D("46.14"))
    ]


def test_agregat_satuan_campur_tidak_dapat_dihitung() -> None:
    dokumen = BarisIndikator(
        "Dokumen", satuan="Dokumen", target_tahunan=3, realisasi=NilaiTriwulan(tw4=3)
    )
    persen_ = BarisIndikator("Persen", satuan="%", target_tahunan=100, realisasi=NilaiTriwulan(50))
    lap = _laporan(
        indikator=[dokumen, persen_],
        tercetak=TercetakRingkasan(rata_rata_capaian_kinerja=75, capaian_kinerja_agregat=75),
    )
    hasil = hitung(lap)
    assert hasil.ringkasan.capaian_kinerja_agregat is None
    assert hasil.ringkasan.alasan_agregat_kinerja is not None
    assert "satuan" in hasil.ringkasan.alasan_agregat_kinerja
    # rerata (100 + 50) / 2 = 75 tercetak benar; agregat tidak dapat dihitung, dan dikatakan
    temuan = periksa(lap)
    assert [(t.kolom, t.tercetak, t.dihitung, t.jenis) for t in temuan] == [
        ("capaian kinerja agregat", D(75), None, "tidak dapat dihitung")
    ]
    assert "satuan" in temuan[0].alasan


# --------------------------------------------------------------------------- cacat 5


@pytest.mark.parametrize(
    ("kode_induk", "kode_anak"),
    [
        ("x.xx.01", "X.XX.01.2.01"),
        (" 7.01.01 ", "7.01.01.2.01"),
        ("7.01.01", "7.01.01.2.01 "),
        (" 7.01.02", "7.01.02.2.01.02"),  # anak berkode cacat, induk berspasi
        ("7. 01.01", "7.01.01.2.01"),  # spasi liar di dalam kode induk
        ("7.01.01", "7.01.01. 2.01"),  # spasi liar di dalam kode anak
    ],
)
def test_tabel_dan_pohon_sepakat_tentang_akar(kode_induk: str, kode_anak: str) -> None:
    anggaran = [
        BarisAnggaran("Program", 100, kode=kode_induk, realisasi_kumulatif=80),
        BarisAnggaran("Kegiatan", 100, kode=kode_anak, realisasi_kumulatif=80),
    ]
    hasil = hitung(_laporan(anggaran=anggaran))
    # satu program berisi satu kegiatan: JUMLAH = program saja = 100 / 80
    assert [b.akar for b in hasil.keuangan.baris] == [True, False]
    assert (hasil.keuangan.jumlah_pagu, hasil.keuangan.jumlah_realisasi) == (D(100), D(80))
    assert hasil.keuangan.jumlah_pagu == hasil.pohon.jumlah_pagu
    jumlah_baris = hasil.keuangan.ke_sajian().baris[-1]
    assert jumlah_baris[1:3] == ("JUMLAH", D(100))


def test_jumlah_tercetak_ganda_jadi_temuan() -> None:
    # laporan yang menjumlah program dan kegiatannya sekaligus mencetak 200: salah hitung
    anggaran = [
        BarisAnggaran("Program", 100, kode="x.xx.01", realisasi_kumulatif=80),
        BarisAnggaran("Kegiatan", 100, kode="X.XX.01.2.01", realisasi_kumulatif=80),
    ]
    lap = _laporan(anggaran=anggaran, tercetak=TercetakRingkasan(jumlah_pagu=200))
    assert [(t.kolom, t.tercetak, t.dihitung, t.selisih) for t in periksa(lap)] == [
        ("jumlah pagu", D(200), D(100), D(100))
    ]


def test_kode_berspasi_dilaporkan_dan_dibaca_sekali() -> None:
    anggaran = [
        BarisAnggaran("Program", 100, kode="7. 01.01", realisasi_kumulatif=80),
        BarisAnggaran("Kegiatan", 100, kode="7.01.01.2.01", realisasi_kumulatif=80),
    ]
    lap = _laporan(anggaran=anggaran, tercetak=TercetakRingkasan(jumlah_pagu=100))
    temuan = periksa(lap)
    assert [(t.baris, t.kolom, t.tercetak, t.jenis) for t in temuan] == [
        ("7. 01.01 Program", "kode", "7. 01.01", "kode rekening")
    ]
    assert "spasi" in temuan[0].alasan
    assert [str(s.kode) for _, s in hitung(lap).pohon.telusuri()] == ["7.01.01", "7.01.01.2.01"]


# ------------------------------------------------------------- kode kembar (tanpa uji dulu)


def test_kode_kembar_ditemukan_sekali_dan_tidak_dijumlah_dua_kali() -> None:
    anggaran = [
        BarisAnggaran("Program", 300, kode="7.01.01", realisasi_kumulatif=250),
        BarisAnggaran("Kegiatan A", 100, kode="7.01.01.2.01", realisasi_kumulatif=100),
        BarisAnggaran("Kegiatan B", 200, kode="7.01.01.2.02", realisasi_kumulatif=150),
        BarisAnggaran("Kegiatan B lagi", 200, kode="7.01.01.2.02", realisasi_kumulatif=150),
    ]
    hasil = hitung(_laporan(anggaran=anggaran))
    temuan = periksa(_laporan(anggaran=anggaran))
    # program 300 = 100 + 200: pohon konsisten; satu-satunya temuan: baris keempat berkode kembar
    assert [(t.tabel, t.baris, t.kolom, t.tercetak, t.dihitung, t.jenis) for t in temuan] == [
        (
            "realisasi keuangan",
            "7.01.01.2.02 Kegiatan B lagi",
            "kode",
            "7.01.01.2.02",
            None,
            "kode rekening",
        )
    ]
    assert "lebih dari sekali" in temuan[0].alasan
    assert (hasil.keuangan.jumlah_pagu, hasil.pohon.jumlah_pagu) == (D(300), D(300))
    assert [b.akar for b in hasil.keuangan.baris] == [True, False, False, False]


def test_kode_kembar_beda_tulisan() -> None:
    anggaran = [
        BarisAnggaran("Program", 100, kode="7.01.01", realisasi_kumulatif=60),
        BarisAnggaran("Program lagi", 100, kode=" 7.01.01", realisasi_kumulatif=60),
    ]
    lap = _laporan(anggaran=anggaran, tercetak=TercetakRingkasan(jumlah_pagu=100))
    temuan = periksa(lap)
    assert [(t.baris, t.kolom, t.jenis) for t in temuan] == [
        ("7.01.01 Program lagi", "kode", "kode rekening")
    ]
    assert hitung(lap).keuangan.jumlah_pagu == hitung(lap).pohon.jumlah_pagu == D(100)


# ------------------------------------------------------ induk ≠ Σ anak (tanpa uji dulu)


def _pohon_benar() -> list[BarisAnggaran]:
    # program 1.000.000 / 900.000 = kegiatan 600.000/550.000 + 400.000/350.000;
    # kegiatan 2.01 = sub 250.000/250.000 + 350.000/300.000
    return [
        BarisAnggaran("Program", "1.000.000", kode="7.01.01", realisasi_kumulatif="900.000"),
        BarisAnggaran("Kegiatan 1", "600.000", kode="7.01.01.2.01", realisasi_kumulatif="550.000"),
        BarisAnggaran("Sub 1", "250.000", kode="7.01.01.2.01.0001", realisasi_kumulatif="250.000"),
        BarisAnggaran("Sub 2", "350.000", kode="7.01.01.2.01.0002", realisasi_kumulatif="300.000"),
        BarisAnggaran("Kegiatan 2", "400.000", kode="7.01.01.2.02", realisasi_kumulatif="350.000"),
    ]


def test_pohon_benar_tanpa_temuan() -> None:
    assert periksa(_laporan(anggaran=_pohon_benar())) == []


@pytest.mark.parametrize(
    ("indeks", "isian", "nilai", "harapan"),
    [
        # program pagu 1.100.000, anak 600.000 + 400.000 = 1.000.000
        (0, "pagu", D(1100000), ("7.01.01 Program", "pagu", D(1100000), D(1000000), D(100000))),
        # program realisasi 905.000, anak 550.000 + 350.000 = 900.000
        (0, "realisasi_kumulatif", D(905000),
         ("7.01.01 Program", "realisasi", D(905000), D(900000), D(5000))),
        # sub 2 pagu 340.000: kegiatan 1 600.000 ≠ 250.000 + 340.000 = 590.000
        (3, "pagu", D(340000),
         ("7.01.01.2.01 Kegiatan 1", "pagu", D(600000), D(590000), D(10000))),
    ],
)  # fmt: skip
def test_induk_tidak_sama_jumlah_anak(
    indeks: int, isian: str, nilai: Decimal, harapan: tuple[object, ...]
) -> None:
    anggaran = _pohon_benar()
    anggaran[indeks] = attrs.evolve(anggaran[indeks], **{isian: nilai})
    temuan = [t for t in periksa(_laporan(anggaran=anggaran)) if t.tabel == "pohon anggaran"]
    assert [(t.baris, t.kolom, t.tercetak, t.dihitung, t.selisih) for t in temuan] == [harapan]
    assert temuan[0].jenis == "tidak konsisten"
    assert "jumlah" in temuan[0].alasan


# --------------------------------------------------------------------------- cacat 6


def test_persen_contoh_domain() -> None:
    assert persen(3, 12) == 25  # Senduro: 3 dari 12 desa
    assert bulatkan(persen("4.453.500", "4.483.500")) == D("99.33")  # Kalaena TW I
    assert bulatkan(persen("1.692.625.798", "1.780.578.508")) == D("95.06")  # Klakah 7.01.01


@given(st.integers(-(10**15), 10**15), st.integers(1, 10**15))
def test_persen_lawan_fraction(bagian: int, keseluruhan: int) -> None:
    harapan = Fraction(bagian * 100, keseluruhan)
    hasil = persen(bagian, keseluruhan)
    assert abs(Fraction(hasil) - harapan) <= abs(harapan) / 10**33


@pytest.mark.parametrize("keseluruhan", [0, -5, D("-0.01")])
def test_persen_penyebut_tidak_positif_ditolak(keseluruhan: int | Decimal) -> None:
    with pytest.raises(InputTidakSah, match="keseluruhan"):
        persen(1, keseluruhan)


def test_persen_float_ditolak() -> None:
    with pytest.raises(TipeTidakSah):
        persen(1.5, 2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "baris_salah",
    [
        BarisAnggaran("A", 100, realisasi_kumulatif=150),  # melebihi pagu
        BarisAnggaran("A", 100, realisasi=NilaiTriwulan(tw1=-10)),  # negatif
    ],
)
def test_serapan_total_tidak_memakai_baris_tidak_sah(baris_salah: BarisAnggaran) -> None:
    lap = _laporan(
        anggaran=[baris_salah, BarisAnggaran("B", 100, realisasi_kumulatif=30)],
        tercetak=TercetakRingkasan(serapan_total=90),
    )
    hasil = hitung(lap)
    assert hasil.keuangan.baris[0].serapan is None
    assert hasil.keuangan.serapan_total is None
    assert hasil.ringkasan.serapan_total is None
    ringkasan = [t for t in periksa(lap) if t.tabel == "ringkasan"]
    assert [(t.kolom, t.tercetak, t.dihitung, t.jenis) for t in ringkasan] == [
        ("serapan total", D(90), None, "tidak dapat dihitung")
    ]
    assert "A" in ringkasan[0].alasan


def test_serapan_total_dengan_pagu_nol() -> None:
    # baris pagu 0 realisasi 0 tidak punya serapan sendiri, tetapi sah: (0 + 50) / (0 + 200) = 25
    lap = _laporan(
        anggaran=[
            BarisAnggaran("A", 0, realisasi_kumulatif=0),
            BarisAnggaran("B", 200, realisasi_kumulatif=50),
        ]
    )
    assert hitung(lap).keuangan.serapan_total == 25


# -------------------------------------------------------------------------- cacat 10


@pytest.mark.parametrize(
    ("jenis", "kunci", "diizinkan"),
    [
        (TercetakAnggaran, "capaian", "capaian_keuangan"),
        (TercetakAnggaran, "predikat", "serapan"),
        (TercetakAnggaran, "efisiensi", "sisa"),
        (TercetakAnggaran, "realisasi_anggaran", "realisasi"),
        (TercetakIndikator, "sisa", "capaian"),
        (TercetakIndikator, "capaian_keuangan", "efisiensi"),
        (TercetakRingkasan, "rata_rata", "capaian_kinerja_agregat"),
    ],
)
def test_kunci_tercetak_tak_dikenal_ditolak(jenis: type, kunci: str, diizinkan: str) -> None:
    with pytest.raises(InputTidakSah, match=kunci) as galat:
        jenis(**{kunci: 1})
    assert diizinkan in str(galat.value)


def test_kunci_teks_tak_dikenal_ditolak() -> None:
    with pytest.raises(InputTidakSah, match="capaian") as galat:
        TercetakAnggaran(teks={"capaian": "99,5"})
    assert "sisa" in str(galat.value)
    with pytest.raises(InputTidakSah, match="sisa"):
        TercetakIndikator(teks={"sisa": "1.000"})


def test_tercetak_jenis_baris_lain_ditolak() -> None:
    with pytest.raises(TipeTidakSah, match="TercetakAnggaran"):
        BarisAnggaran("A", 100, tercetak=TercetakIndikator(capaian=100))
    with pytest.raises(TipeTidakSah, match="TercetakIndikator"):
        BarisIndikator("A", tercetak=TercetakAnggaran(sisa=1))


def test_berkas_kunci_tercetak_anggaran_tak_dikenal() -> None:
    teks = """
[unit]
nama = "Seksi Uji"
instansi = "Kecamatan Uji"
[periode]
tahun = 2024
triwulan = 4
[[anggaran]]
uraian = "A"
pagu = 100
realisasi_kumulatif = 50
tercetak = { serapan = 50, capaian = 100, predikat = "Baik" }
"""
    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(teks, "toml")
    pesan = str(galat.value)
    assert 'anggaran ke-1 ("A").tercetak' in pesan
    assert "kunci tidak dikenal 'capaian'" in pesan
    assert "kunci tidak dikenal 'predikat'" in pesan
    assert "capaian_keuangan" in pesan  # kunci yang diizinkan disebut


def _laporan_kecil(
    tercetak_indikator: TercetakIndikator,
    tercetak_anggaran: TercetakAnggaran,
    tercetak: TercetakRingkasan,
) -> Laporan:
    # TW I 2024. Indikator: target 12 (3 per TW), realisasi TW I 3 → target 3, capaian 100,
    # Sangat Baik. Anggaran: pagu 1.000.000, target 400.000 + 3 × 200.000 = pagu, realisasi
    # 300.000 → capaian keuangan 75, serapan 30, sisa 700.000; efisiensi 100 − 30 = 70.
    indikator = BarisIndikator(
        "Dokumen",
        satuan="Dokumen",
        target_tahunan=12,
        target=NilaiTriwulan(3, 3, 3, 3),
        realisasi=NilaiTriwulan(3),
        anggaran="Kegiatan",
        tercetak=tercetak_indikator,
    )
    anggaran = BarisAnggaran(
        "Kegiatan",
        "1.000.000",
        target=NilaiTriwulan("400.000", "200.000", "200.000", "200.000"),
        realisasi=NilaiTriwulan("300.000"),
        tercetak=tercetak_anggaran,
    )
    return _laporan(
        indikator=[indikator], anggaran=[anggaran], tercetak=tercetak, periode=Periode(2024, 1)
    )


_INDIKATOR_BENAR = TercetakIndikator(
    target=3, realisasi=3, capaian=100, predikat="Sangat Baik",
    pagu="1.000.000", realisasi_anggaran="300.000", serapan=30, efisiensi=70, target_tahunan=12,
)  # fmt: skip
_ANGGARAN_BENAR = TercetakAnggaran(
    target="400.000",
    realisasi="300.000",
    capaian_keuangan=75,
    serapan=30,
    sisa="700.000",
    pagu="1.000.000",
)
_RINGKASAN_BENAR = TercetakRingkasan(
    rata_rata_capaian_kinerja=100, capaian_kinerja_agregat=100,
    rata_rata_capaian_keuangan=75, capaian_keuangan_agregat=75,
    jumlah_pagu="1.000.000", jumlah_target_keuangan="400.000", jumlah_realisasi="300.000",
    jumlah_sisa="700.000", serapan_total=30,
)  # fmt: skip


def test_laporan_kecil_benar_tanpa_temuan() -> None:
    assert periksa(_laporan_kecil(_INDIKATOR_BENAR, _ANGGARAN_BENAR, _RINGKASAN_BENAR)) == []


def _isian_angka(jenis: type) -> list[str]:
    return [
        f.name
        for f in attrs.fields(jenis)
        if f.name not in ("teks", "predikat", "tempat", "uraian")
    ]


def _kolom(isian: str) -> str:
    return isian.replace("_", " ")


@pytest.mark.parametrize("isian", _isian_angka(TercetakIndikator))
def test_setiap_angka_tercetak_indikator_diperiksa(isian: str) -> None:
    salah = attrs.evolve(_INDIKATOR_BENAR, **{isian: getattr(_INDIKATOR_BENAR, isian) + 1})
    temuan = periksa(_laporan_kecil(salah, _ANGGARAN_BENAR, _RINGKASAN_BENAR))
    assert [_kolom(t.kolom) for t in temuan] == [_kolom(isian)]


def test_predikat_tercetak_indikator_diperiksa() -> None:
    salah = attrs.evolve(_INDIKATOR_BENAR, predikat="Baik")
    temuan = periksa(_laporan_kecil(salah, _ANGGARAN_BENAR, _RINGKASAN_BENAR))
    assert [(t.kolom, t.tercetak, t.dihitung) for t in temuan] == [
        ("predikat", "Baik", "Sangat Baik")
    ]


@pytest.mark.parametrize("isian", _isian_angka(TercetakAnggaran))
def test_setiap_angka_tercetak_anggaran_diperiksa(isian: str) -> None:
    salah = attrs.evolve(_ANGGARAN_BENAR, **{isian: getattr(_ANGGARAN_BENAR, isian) + 1})
    temuan = periksa(_laporan_kecil(_INDIKATOR_BENAR, salah, _RINGKASAN_BENAR))
    assert [_kolom(t.kolom) for t in temuan] == [_kolom(isian)]


@pytest.mark.parametrize("isian", _isian_angka(TercetakRingkasan))
def test_setiap_angka_tercetak_ringkasan_diperiksa(isian: str) -> None:
    lama = getattr(_RINGKASAN_BENAR, isian)
    # laporan kecil tanpa fasilitasi dan dokumen desa: angka itu tidak dapat dihitung
    salah = attrs.evolve(_RINGKASAN_BENAR, **{isian: 1 if lama is None else lama + 1})
    temuan = periksa(_laporan_kecil(_INDIKATOR_BENAR, _ANGGARAN_BENAR, salah))
    assert [_kolom(t.kolom.replace("-", " ")) for t in temuan] == [_kolom(isian)]
    assert temuan[0].jenis == ("salah hitung" if lama is not None else "tidak dapat dihitung")


# --- Skala: nilai yang sudah sah tidak diperiksa ulang, hasil tetap sama --------------------

_NILAI_TW = st.lists(
    st.one_of(
        st.none(),
        st.decimals(
            min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False
        ),
    ),
    min_size=4,
    max_size=4,
)


@given(nilai=_NILAI_TW, tw=st.integers(1, 4), kumulasi=st.sampled_from(Kumulasi))
def test_nilai_triwulan_sampai_dengan_menurut_rujukan_pecahan(
    nilai: list[Decimal | None], tw: int, kumulasi: Kumulasi
) -> None:
    # Rujukan bebas dari kode: Σ, nilai terakhir, dan rerata dengan Fraction (tepat).
    dilaporkan = [Fraction(v) for v in nilai[:tw] if v is not None]
    hasil = NilaiTriwulan(*nilai).sampai_dengan(kumulasi, Triwulan(tw))
    # jalur umum (triwulan int, dibaca dan diperiksa oleh aturan kumulasi) memberi hasil yang sama
    assert NilaiTriwulan(*nilai).sampai_dengan(kumulasi, tw) == hasil  # type: ignore[arg-type]
    if not dilaporkan:
        assert hasil is None
        return
    assert hasil is not None
    if kumulasi is Kumulasi.KUMULATIF:
        assert Fraction(hasil) == sum(dilaporkan, Fraction(0))
        # Σ dimulai dari 0 (angka.jumlah): representasinya pun sama
        assert str(hasil) == str(jumlah(v for v in nilai[:tw] if v is not None))
    elif kumulasi is Kumulasi.AKHIR:
        assert Fraction(hasil) == dilaporkan[-1]
    else:
        rerata = sum(dilaporkan, Fraction(0)) / len(dilaporkan)
        # dibagi dalam presisi 34 digit: selisihnya di bawah satu unit digit ke-34
        assert abs(Fraction(hasil) - rerata) <= Fraction(D(1).scaleb(hasil.adjusted() - 33))


def test_sampai_dengan_kumulatif_memulai_jumlah_dari_nol() -> None:
    # 1E+3 + 0 = 1000 (eksponen 0): tabel menampilkan "1.000", bukan "1E+3"
    assert str(NilaiTriwulan(D("1E+3")).sampai_dengan(Kumulasi.KUMULATIF, Triwulan.I)) == "1000"
    assert str(sampai_dengan([D("1E+3")], Kumulasi.KUMULATIF, 1)) == "1000"


def test_kode_rekening_baris_diurai_sekali_dan_evolve_mengurai_ulang() -> None:
    b = BarisAnggaran("Kegiatan", 100, kode=" 7. 01.01.2.01 ")
    assert b.kode_rekening is b.kode_rekening  # disimpan: pohon, tabel dan periksa memakai satu
    assert str(b.kode_rekening) == "7.01.01.2.01"
    assert str(attrs.evolve(b, kode="7.01.02").kode_rekening) == "7.01.02"
    assert attrs.evolve(b, kode="7.01.02.2.01.02").kode_rekening is None  # cacat


def _anggaran_pohon() -> list[BarisAnggaran]:
    # program 7.01.01 = 60 + 40; realisasi s.d. TW II: 30 + 25 (tangan)
    return [
        BarisAnggaran("Program", 100, kode="7.01.01", realisasi=NilaiTriwulan(20, 35)),
        BarisAnggaran("Kegiatan A", 60, kode="7.01.01.2.01", realisasi=NilaiTriwulan(10, 20)),
        BarisAnggaran("Kegiatan B", 40, kode="7.01.01.2.02", realisasi=NilaiTriwulan(5, 20)),
        BarisAnggaran("Tanpa kode", 10, realisasi_kumulatif=7),
    ]


def test_realisasi_yang_sudah_dihitung_dipakai_pohon_dan_tabel() -> None:
    lap = _laporan(anggaran=_anggaran_pohon(), periode=Periode(2024, 2))
    realisasi = [D(55), D(30), D(25), D(7)]
    pohon = PohonAnggaran.dari_baris(lap.anggaran, Triwulan.II, realisasi=realisasi)
    assert pohon == PohonAnggaran.dari_baris(lap.anggaran, Triwulan.II)
    assert [s.realisasi for _, s in pohon.telusuri()] == [D(55), D(30), D(25)]
    assert pohon.akar[0].jumlah_realisasi_anak == D(55)
    tabel = tabel_keuangan(lap, pohon, realisasi=realisasi)
    assert tabel == tabel_keuangan(lap)
    # JUMLAH: akar 7.01.01 (55) + tanpa kode (7) = 62
    assert (tabel.jumlah_pagu, tabel.jumlah_realisasi) == (D(110), D(62))


@pytest.mark.parametrize("banyak", [0, 3, 5])
def test_realisasi_yang_diberikan_harus_satu_per_baris(banyak: int) -> None:
    lap = _laporan(anggaran=_anggaran_pohon(), periode=Periode(2024, 2))
    realisasi = [D(1)] * banyak
    with pytest.raises(InputTidakSah, match=rf"4 baris, diberikan {banyak}"):
        PohonAnggaran.dari_baris(lap.anggaran, Triwulan.II, realisasi=realisasi)
    with pytest.raises(InputTidakSah, match=rf"4 baris, diberikan {banyak}"):
        tabel_keuangan(lap, realisasi=realisasi)


@given(lap=laporan_acak())
def test_hitung_sama_dengan_tabel_yang_dihitung_sendiri(lap: Laporan) -> None:
    # hitung() berbagi realisasi dan pohon; tiap tabel yang dihitung sendiri harus sama
    hasil = hitung(lap)
    assert hasil.keuangan == tabel_keuangan(lap)
    assert hasil.pohon == PohonAnggaran.dari_baris(lap.anggaran, lap.periode.triwulan_laporan)
    assert hasil.keuangan.serapan_total == tabel_keuangan(lap).serapan_total


# Jalur cepat KodeRekening.parse: menerima dan menolak persis seperti pemeriksaan segmen.
_KODE_SAH_ACAK = st.from_regex(
    r"[0-9X](\.([0-9]{2}|XX)(\.[0-9]{2}(\.[0-9]\.[0-9]{2}(\.[0-9]{4})?)?)?)?", fullmatch=True
)


@st.composite
def _kode_hampir_sah(draw: st.DrawFn) -> str:
    """Kode sah dengan satu sampai tiga suntingan (hapus, sisip, ganti satu karakter)."""
    teks = draw(_KODE_SAH_ACAK)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(teks)))
        huruf = draw(st.sampled_from("0123456789XxA. "))
        cara = draw(st.sampled_from(["hapus", "sisip", "ganti"]))
        if cara == "sisip" or i == len(teks):
            teks = teks[:i] + huruf + teks[i:]
        elif cara == "hapus":
            teks = teks[:i] + teks[i + 1 :]
        else:
            teks = teks[:i] + huruf + teks[i + 1 :]
    return teks


_KODE_ACAK = st.one_of(
    st.text(alphabet="0123456789XxA. \t", max_size=24),
    _KODE_SAH_ACAK,
    _kode_hampir_sah(),
    st.lists(st.text(alphabet="0123456789Xx", min_size=1, max_size=5), min_size=1, max_size=7).map(
        ".".join
    ),
)


def _kode_umum(teks: str) -> KodeRekening | str:
    """Jalur umum: konstruktor dengan pemeriksaan segmen (tanpa jalur cepat parse)."""
    try:
        return KodeRekening(_pisah(teks.strip().upper()), teks=teks)
    except KodeRekeningSalah as galat:
        return f"ditolak: {galat}"


@settings(max_examples=500)
@given(teks=_KODE_ACAK)
@example(teks="7.01.01.2.01.001")
@example(teks="A.01")
@example(teks="7.0X.01")
@example(teks="7.01.01.2.010001")
@example(teks="7.01.012.01")
@example(teks="701.01")
def test_parse_jalur_cepat_sama_dengan_pemeriksaan_segmen(teks: str) -> None:
    try:
        cepat: KodeRekening | str = KodeRekening.parse(teks)
    except KodeRekeningSalah as galat:
        cepat = f"ditolak: {galat}"
    umum = _kode_umum(teks)
    assert isinstance(cepat, str) == isinstance(umum, str)
    if isinstance(cepat, KodeRekening):
        assert isinstance(umum, KodeRekening)
        assert (cepat, hash(cepat), repr(cepat), str(cepat)) == (
            umum,
            hash(umum),
            repr(umum),
            str(umum),
        )
        assert attrs.asdict(cepat) == attrs.asdict(umum)  # termasuk teks asli


def test_isian_kode_rekening_tetap_dua() -> None:
    # Jalur cepat mengisi slot segmen dan teks langsung: isian baru harus ikut diisi di sana.
    assert [f.name for f in attrs.fields(KodeRekening)] == ["segmen", "_teks"]
