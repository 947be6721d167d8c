"""Masukan laporan tahunan yang salah: galat jelas yang menyebut isian, dalam satu laporan galat."""

from __future__ import annotations

import pytest

from kinerja import (
    BarisIndikator,
    BerkasTidakSah,
    InputTidakSah,
    Laporan,
    Periode,
    TipeTidakSah,
    Unit,
    baca_laporan_teks,
)
from kinerja.galat import TahunTidakSah
from kinerja.laporan.tahunan import RenstraAnggaran, RenstraIndikator, TahunIndikator

KEPALA = """
[unit]
nama = "Seksi"
instansi = "Kecamatan X"
[periode]
tahun = 2024
"""


def _kesalahan(teks: str) -> tuple[str, ...]:
    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(KEPALA + teks, "toml", "laporan.toml")
    return galat.value.kesalahan


def test_semua_kesalahan_tahunan_dalam_satu_laporan_bersama_galat_lain() -> None:
    kesalahan = _kesalahan("""
[[indikator]]
nama = "A"
polaritas = "positip"
riwayat = [
  { tahun = 2025, realisasi = 1 },
  { tahun = 2023, realisasi = "8x" },
]
[[indikator]]
nama = "B"
riwayat = [{ tahun = 2022, realisasi = 1 }, { tahun = 2022, realisasi = 2 }]
renstra = { tahun_awal = 2021, tahun_akhir = 2026, target_akhir = "-5" }
[[indikator]]
nama = "C"
renstra = { tahun_awal = 2025, tahun_akhir = 2029, target_akhir = 10 }
""")
    teks = "\n".join(kesalahan)
    assert len(kesalahan) == 6, teks
    # galat lain
    assert any("polaritas" in k and "positip" in k for k in kesalahan)
    # teks di tempat angka, menyebut isian dan unsurnya
    assert any(k.startswith('indikator ke-1 ("A").riwayat ke-2.realisasi') and "'8x'" in k
               for k in kesalahan)  # fmt: skip
    # tahun sesudah tahun laporan (pada baris yang juga punya galat lain)
    assert any(k.startswith('indikator ke-1 ("A").riwayat ke-1.tahun') and "2025" in k
               and "2024" in k for k in kesalahan)  # fmt: skip
    # tahun ganda
    assert any(k.startswith('indikator ke-2 ("B").riwayat ke-2.tahun') and "2022" in k
               and "dua kali" in k for k in kesalahan)  # fmt: skip
    # target akhir negatif
    assert any(k.startswith('indikator ke-2 ("B").renstra') and "'target_akhir'" in k
               and "-5" in k for k in kesalahan)  # fmt: skip
    # periode Renstra tidak memuat tahun laporan
    assert any(k.startswith('indikator ke-3 ("C").renstra') and "2025–2029" in k
               and "2024" in k for k in kesalahan)  # fmt: skip


def test_kesalahan_tahun_saja_berjalur_dan_bernomor_baris() -> None:
    kesalahan = _kesalahan("""
[[indikator]]
nama = "A"
riwayat = [{ tahun = 2023, realisasi = 1 }, { tahun = 2024, realisasi = 2 }]
[[anggaran]]
uraian = "Belanja"
pagu = 10
renstra = { tahun_awal = 2018, tahun_akhir = 2023, pagu_periode = 50 }
""")
    assert kesalahan == (
        'indikator ke-1 ("A").riwayat ke-2.tahun (baris 10): tahun 2024 tidak sebelum tahun '
        "laporan 2024: riwayat hanya memuat tahun-tahun sebelumnya",
        'anggaran ke-1 ("Belanja").renstra (baris 14): periode Renstra 2018–2023 tidak memuat '
        "tahun laporan 2024",
    )


def test_realisasi_tahunan_hanya_di_laporan_tahunan() -> None:
    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(
            KEPALA + 'triwulan = 2\n[[indikator]]\nnama = "A"\nrealisasi_tahunan = "88,95"\n',
            "toml",
        )
    (pesan,) = galat.value.kesalahan
    assert pesan.startswith('indikator ke-1 ("A").realisasi_tahunan')
    assert "laporan tahunan" in pesan
    assert "TW II 2024" in pesan


def test_teks_bukan_angka_di_renstra_dan_riwayat_anggaran() -> None:
    kesalahan = _kesalahan("""
[[anggaran]]
uraian = "Belanja"
pagu = 10
riwayat = [{ tahun = "2023", pagu = 5 }, { tahun = 2022, pagu = "lima" }]
renstra = { tahun_awal = 2021, tahun_akhir = 2026, pagu_periode = "1,000,000" }
""")
    teks = "\n".join(kesalahan)
    assert 'anggaran ke-1 ("Belanja").riwayat ke-1.tahun' in teks
    assert 'anggaran ke-1 ("Belanja").riwayat ke-2.pagu' in teks
    assert "'lima'" in teks
    assert 'anggaran ke-1 ("Belanja").renstra.pagu_periode' in teks
    assert "1.000.000" in teks


def test_api_python_galat_menyebut_isian() -> None:
    unit = Unit(nama="S", instansi="K")
    with pytest.raises(TahunTidakSah) as galat:
        Laporan(
            unit, Periode(2024),
            indikator=[
                BarisIndikator(nama="A", riwayat=[TahunIndikator(2024, realisasi=1)]),
                BarisIndikator(nama="B", renstra=RenstraIndikator(2025, 2030, target_akhir=1)),
            ],
        )  # fmt: skip
    assert "indikator ke-1 ('A').riwayat ke-1.tahun" in str(galat.value)
    assert "indikator ke-2 ('B').renstra" in str(galat.value)
    assert len(galat.value.kesalahan) == 2
    with pytest.raises(InputTidakSah, match=r"'tahun_awal' \(2026\).*'tahun_akhir' \(2021\)"):
        RenstraIndikator(2026, 2021, target_akhir=1)
    with pytest.raises(InputTidakSah, match="'pagu_periode' harus >= 0"):
        RenstraAnggaran(2021, 2026, pagu_periode=-1)
    with pytest.raises(TahunTidakSah, match=r"riwayat ke-2\.tahun: tahun 2023 ditulis dua kali"):
        Laporan(unit, Periode(2024), indikator=[
            BarisIndikator(nama="A", riwayat=[TahunIndikator(2023), TahunIndikator(2023)])
        ])  # fmt: skip
    with pytest.raises(TipeTidakSah, match="'renstra'"):
        BarisIndikator(nama="A", renstra={"tahun_awal": 2021})
    with pytest.raises(InputTidakSah, match="'target_akhir'"):
        RenstraIndikator(2021, 2026, target_akhir="banyak")
    with pytest.raises(InputTidakSah, match="realisasi_sebelumnya"):
        Laporan(unit, Periode(2021), indikator=[
            BarisIndikator(nama="A", renstra=RenstraIndikator(2021, 2026, 5, 3))
        ])  # fmt: skip


def test_realisasi_tahunan_tidak_bersama_sumber_lain() -> None:
    with pytest.raises(InputTidakSah, match=r"'realisasi_tahunan'.*'fasilitasi'"):
        BarisIndikator(nama="A", realisasi_tahunan=90, realisasi_dari="fasilitasi")
