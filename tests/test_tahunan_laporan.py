"""Laporan tahunan: judul, realisasi_tahunan, tabel riwayat dan Renstra, contoh terhitung DOMAIN.

Nilai harapan dari contoh terhitung DOMAIN.md §11–§12 (dihitung tangan di komentar), bukan dari
kode yang diuji.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from kinerja import (
    ArahPerubahan,
    BarisAnggaran,
    BarisIndikator,
    Laporan,
    NilaiTriwulan,
    Periode,
    Unit,
    bulatkan,
    hitung,
    periksa,
)
from kinerja.laporan.tahunan import (
    RenstraAnggaran,
    RenstraIndikator,
    TahunAnggaran,
    TahunIndikator,
    TercetakTahunIndikator,
)

D = Decimal
UNIT = Unit(nama="Seksi", instansi="Kecamatan Contoh")


def _lap(*indikator: BarisIndikator, anggaran: tuple[BarisAnggaran, ...] = (),
         triwulan: int | None = None) -> Laporan:  # fmt: skip
    return Laporan(UNIT, Periode(2024, triwulan), indikator=indikator, anggaran=anggaran)


def _dokumen(**isian: Any) -> BarisIndikator:
    """DOMAIN §12: target 2024 100 dokumen, realisasi per TW 20, 25, 30, 20."""
    return BarisIndikator(
        nama="Dokumen", satuan="Dokumen", target_tahunan=100,
        realisasi=NilaiTriwulan(20, 25, 30, 20), **isian,
    )  # fmt: skip


def _belanja(**isian: Any) -> BarisAnggaran:
    """DOMAIN §12: pagu 2024 Rp 520.000.000, realisasi per TW 100, 120, 150, 130 juta."""
    juta = D(1_000_000)
    return BarisAnggaran(
        uraian="Belanja", pagu=520 * juta,
        realisasi=NilaiTriwulan(100 * juta, 120 * juta, 150 * juta, 130 * juta), **isian,
    )  # fmt: skip


def test_judul_laporan_tahunan_dan_triwulan() -> None:
    tahunan = hitung(_lap(_dokumen(anggaran="Belanja"), anggaran=(_belanja(),))).sajian()
    assert [s.judul for s in tahunan] == [
        "Capaian kinerja Tahun 2024",
        "Realisasi keuangan Tahun 2024",
        "Cost per outcome Tahun 2024",
        "Ringkasan",
    ]
    tw4 = hitung(_lap(_dokumen(), triwulan=4)).sajian()
    assert tw4[0].judul == "Capaian kinerja s.d. TW IV 2024"
    assert all("s.d. TW" not in s.judul for s in tahunan)


def test_realisasi_tahunan_tanpa_triwulan() -> None:
    # "88,95" ditulis langsung: capaian 88,95 / 90 × 100 = 98,83
    baris = BarisIndikator(nama="IKM", satuan="%", target_tahunan=90, realisasi_tahunan="88,95")
    (c,) = hitung(_lap(baris)).capaian.baris
    assert c.realisasi == D("88.95")
    assert c.capaian is not None
    assert bulatkan(c.capaian) == D("98.83")


@pytest.mark.parametrize(
    ("kumulasi", "tw", "tahunan", "temuan"),
    [
        ("kumulatif", (20, 25, 30, 20), "95", False),  # Σ = 95
        ("kumulatif", (20, 25, 30, 20), "96", True),
        ("akhir", (25, None, 30, None), "30", False),  # terakhir = 30, bukan terbesar
        ("akhir", (25, None, 34, 30), "34", True),  # terakhir 30, bukan terbesar 34
        ("rata-rata", (80, 90, None, None), "85", False),  # (80 + 90) / 2
        ("rata-rata", (80, 90, None, None), "90", True),
    ],
)
def test_realisasi_tahunan_dan_triwulan_diperiksa_menurut_kumulasi(
    kumulasi: str, tw: tuple[int | None, ...], tahunan: str, temuan: bool
) -> None:
    baris = BarisIndikator(
        nama="A", kumulasi=kumulasi, target_tahunan=100, realisasi=NilaiTriwulan(*tw),
        realisasi_tahunan=tahunan,
    )  # fmt: skip
    hasil = [t for t in periksa(_lap(baris)) if t.kolom == "realisasi per triwulan"]
    assert bool(hasil) == temuan
    if temuan:
        assert hasil[0].jenis == "tidak konsisten"
        assert hasil[0].dihitung == D(tahunan)
    # nilai setahun yang ditulis adalah realisasi tabel capaian
    assert hitung(_lap(baris)).capaian.baris[0].realisasi == D(tahunan)


def test_renstra_contoh_terhitung_domain_12() -> None:
    lap = _lap(
        _dokumen(
            anggaran="Belanja",
            renstra=RenstraIndikator(2021, 2026, target_akhir=500, realisasi_sebelumnya=280),
        ),
        anggaran=(
            _belanja(
                renstra=RenstraAnggaran(
                    2021, 2026, pagu_periode="2.500.000.000",
                    realisasi_sebelumnya="1.300.000.000",
                )
            ),
        ),
    )  # fmt: skip
    k, rp = hitung(lap).renstra.baris
    assert (k.jenis, rp.jenis) == ("K", "Rp")
    # capaian 2024 95/100 = 95,00; s.d. 2024 280 + 95 = 375; 375 / 500 = 75,00
    assert (k.target_akhir, k.realisasi_sebelumnya, k.target, k.realisasi) == (
        D(500),
        D(280),
        D(100),
        D(95),
    )
    assert k.capaian == 95
    assert k.realisasi_sd == 375
    assert k.tingkat_capaian == 75
    assert k.predikat == "Cukup"  # 75 ∈ [66, 76)
    # serapan 500 / 520 = 96,15; s.d. 2024 1,3 + 0,5 = 1,8 miliar; 1,8 / 2,5 = 72,00
    assert rp.capaian is not None
    assert bulatkan(rp.capaian) == D("96.15")
    assert rp.realisasi_sd == D(1_800_000_000)
    assert rp.tingkat_capaian == 72


def test_renstra_akhir_dari_riwayat_domain_12() -> None:
    # persentase desa mandiri, target akhir 40: 2022 = 25, 2023 = 30, 2024 = 34 → 34 → 85,00
    baris = BarisIndikator(
        nama="Desa mandiri", satuan="%", kumulasi="akhir", target_tahunan=35,
        realisasi_tahunan=34,
        riwayat=[TahunIndikator(2022, realisasi=25), TahunIndikator(2023, realisasi=30)],
        renstra=RenstraIndikator(2022, 2026, target_akhir=40),
    )  # fmt: skip
    (k,) = hitung(_lap(baris)).renstra.baris
    assert k.realisasi_sebelumnya == 30
    assert k.realisasi_sd == 34
    assert k.tingkat_capaian == 85


def test_renstra_tanpa_riwayat_lengkap_dan_tanpa_sebelumnya() -> None:
    baris = _dokumen(
        riwayat=[TahunIndikator(2023, realisasi=90)],
        renstra=RenstraIndikator(2021, 2026, target_akhir=500),
    )
    (k,) = hitung(_lap(baris)).renstra.baris
    assert k.realisasi_sd is None
    assert k.tingkat_capaian is None
    assert k.keterangan is not None
    assert "2021, 2022" in k.keterangan


def test_renstra_sebelumnya_berbeda_dari_riwayat_adalah_temuan() -> None:
    riwayat = [TahunIndikator(2021, realisasi=95), TahunIndikator(2022, realisasi=95),
               TahunIndikator(2023, realisasi=90)]  # fmt: skip
    benar = _dokumen(riwayat=riwayat, renstra=RenstraIndikator(2021, 2026, 500, 280))
    salah = _dokumen(riwayat=riwayat, renstra=RenstraIndikator(2021, 2026, 500, 285))
    assert [t for t in periksa(_lap(benar)) if t.tabel == "capaian terhadap renstra"] == []
    (t,) = [t for t in periksa(_lap(salah)) if t.tabel == "capaian terhadap renstra"]
    assert (t.tercetak, t.dihitung, t.jenis) == (D(285), D(280), "tidak konsisten")
    # tabel memakai yang ditulis laporan: 285 + 95 = 380
    assert hitung(_lap(salah)).renstra.baris[0].realisasi_sd == 380


def test_riwayat_contoh_terhitung_domain_11() -> None:
    baris = BarisIndikator(
        nama="IKM", satuan="indeks", kumulasi="akhir", target_tahunan=84,
        realisasi_tahunan="85,00",
        riwayat=[TahunIndikator(2023, target=82, realisasi="82,40"),
                 TahunIndikator(2022, target=80, realisasi="80,10")],
    )  # fmt: skip
    b22, b23, b24 = hitung(_lap(baris)).riwayat.baris
    assert [b.tahun for b in (b22, b23, b24)] == [2022, 2023, 2024]
    assert b22.poin is None
    assert b22.perubahan is None
    assert b22.arah is None
    assert b23.dari_tahun == 2022
    assert b23.poin == D("2.30")
    assert b23.perubahan is not None
    assert bulatkan(b23.perubahan) == D("2.87")
    assert b24.poin == D("2.60")
    assert b24.arah is ArahPerubahan.MEMBAIK
    assert b24.perubahan is not None
    assert bulatkan(b24.perubahan) == D("3.16")
    # setiap tahun dengan target dan realisasinya sendiri: 80,10 / 80 = 100,125 → 100,13
    assert b22.capaian is not None
    assert bulatkan(b22.capaian) == D("100.13")
    assert b24.capaian is not None
    assert bulatkan(b24.capaian) == D("101.19")


def test_riwayat_negatif_celah_tahun_dan_lama_nol() -> None:
    miskin = BarisIndikator(
        nama="Miskin", satuan="%", polaritas="negatif", kumulasi="akhir", target_tahunan="9,5",
        realisasi_tahunan="9,2", riwayat=[TahunIndikator(2021, target=10, realisasi="9,8")],
    )  # fmt: skip
    _, kini = hitung(_lap(miskin)).riwayat.baris
    # celah 2022–2023 boleh: pembandingnya 2021; −0,60 poin, −6,12%, membaik (polaritas negatif)
    assert kini.dari_tahun == 2021
    assert kini.poin == D("-0.6")
    assert kini.perubahan is not None
    assert bulatkan(kini.perubahan) == D("-6.12")
    assert kini.arah is ArahPerubahan.MEMBAIK
    nol = BarisIndikator(nama="Aduan", target_tahunan=5, realisasi_tahunan=3,
                         riwayat=[TahunIndikator(2023, target=5, realisasi=0)])  # fmt: skip
    tabel = hitung(_lap(nol)).riwayat
    _, b = tabel.baris
    assert b.poin == 3
    assert b.perubahan is None
    assert b.keterangan is not None
    teks = tabel.ke_sajian().ke_teks()
    assert "'lama' bernilai 0" in teks


def test_riwayat_anggaran() -> None:
    baris = _belanja(riwayat=[TahunAnggaran(2023, pagu="480.000.000", realisasi="470.000.000")])
    b23, b24 = hitung(_lap(anggaran=(baris,))).riwayat.baris
    # 470 / 480 = 97,916… → 97,92; 500 / 520 → 96,15; +30 juta = +6,38%
    assert b23.capaian is not None
    assert bulatkan(b23.capaian) == D("97.92")
    assert b24.poin == D(30_000_000)
    assert b24.arah is None
    assert b24.perubahan is not None
    assert bulatkan(b24.perubahan) == D("6.38")


def test_riwayat_tercetak_diperiksa_setiap_tahun() -> None:
    baris = BarisIndikator(
        nama="IKM", kumulasi="akhir", target_tahunan=84, realisasi_tahunan=85,
        riwayat=[
            TahunIndikator(2022, target=80, realisasi="80,10",
                           tercetak=TercetakTahunIndikator(capaian="100,31")),  # benar 100,13
            TahunIndikator(2023, target=82, realisasi="82,40",
                           tercetak=TercetakTahunIndikator(capaian="100,49", poin="2,3",
                                                            perubahan="2,78")),
        ],
    )  # fmt: skip
    temuan = [(t.kolom, t.tercetak, t.dihitung) for t in periksa(_lap(baris))]
    assert temuan == [("capaian 2022", D("100.31"), D("100.13")),
                      ("perubahan 2023", D("2.78"), D("2.87"))]  # fmt: skip
