"""Temuan tinjauan independen atas isu 8: setiap uji gagal sebelum perbaikannya."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja import (
    Realisasi,
    SatuanTidakCocok,
    Target,
    capaian,
    hitung,
)
from kinerja.laporan.berkas import baca_laporan_teks

_LAPORAN = """
[unit]
nama = "Seksi Pemerintahan"
instansi = "Kecamatan Uji"
[periode]
tahun = 2023
triwulan = 1
[[indikator]]
nama = "Persentase desa yang tertib administrasi"
satuan = "%"
kumulasi = "akhir"
target = {{ tw1 = 100 }}
realisasi = {{ tw1 = 3 }}
penyebut = 12
{satuan_realisasi}
"""


def test_penyebut_dipakai_walau_realisasi_tanpa_satuan() -> None:
    # DOMAIN.md §2, Senduro TW I 2023: 3 dari 12 desa terhadap target 100% → 25, bukan 3.
    assert capaian(Target(100, "%"), Realisasi(3, dari=12)) == 25
    assert capaian(Target(100, "%"), Realisasi(3, "Desa", dari=12)) == 25


def test_penyebut_dengan_target_tanpa_satuan_ditolak() -> None:
    with pytest.raises(SatuanTidakCocok, match="satuan target tidak disebut"):
        capaian(Target(100), Realisasi(3, dari=12))


def test_penyebut_sebagai_keterangan_bila_satuan_sama() -> None:
    # 3 Desa terhadap target 12 Desa: penyebut 12 hanya keterangan, capaian 25.
    assert capaian(Target(12, "Desa"), Realisasi(3, "Desa", dari=12)) == 25


@pytest.mark.parametrize("satuan_realisasi", ["", 'satuan_realisasi = "Desa"'])
def test_berkas_penyebut_tanpa_satuan_realisasi(satuan_realisasi: str) -> None:
    lap = baca_laporan_teks(_LAPORAN.format(satuan_realisasi=satuan_realisasi), "toml")
    assert hitung(lap).capaian.baris[0].capaian == Decimal(25)


def test_predikat_menerima_nama_skala_terdaftar() -> None:
    # DOMAIN.md §6: 80 → Baik (LKj, [76, 91)); AKIP (70, 80] → BB; Permendagri [76, 91) → Tinggi.
    from kinerja import predikat

    assert predikat(80, "lkj").label == "Baik"
    assert predikat(80, "AKIP").label == "BB"
    assert predikat(80, "Permendagri 86 2017").label == "Tinggi"
    assert predikat(80, "permendagri-86-2017").label == "Tinggi"


def test_realisasi_dari_label_seragam_dan_saran() -> None:
    from kinerja import BarisIndikator, InputTidakSah

    assert BarisIndikator("x", realisasi_dari="Fasilitasi").realisasi_dari == "fasilitasi"
    assert BarisIndikator("x", realisasi_dari="dokumen-desa").realisasi_dari == "dokumen_desa"
    with pytest.raises(InputTidakSah, match="maksud Anda 'fasilitasi'"):
        BarisIndikator("x", realisasi_dari="fasilitas")


def test_format_rupiah_sen_harus_bool() -> None:
    from kinerja import TipeTidakSah, format_rupiah

    with pytest.raises(TipeTidakSah, match="'sen'"):
        format_rupiah(1, sen="ya")  # type: ignore[arg-type]


def test_desa_kembar_fasilitasi_disebut() -> None:
    # Pemeriksa nama kembar linear (dulu nama.count per desa: kuadratik untuk 100.000 desa).
    from kinerja import InputTidakSah, RekapFasilitasi

    with pytest.raises(InputTidakSah, match="kembar: 'A', 'B'"):
        RekapFasilitasi(["B", "A", "B", "C", "A"], {"k": [True] * 5})


def test_vektor_predikat_menerima_nama_skala() -> None:
    import pandas as pd

    from kinerja import vektor

    assert list(vektor.predikat([80.0, 95.0], "akip")) == ["BB", "AA"]
    df = pd.DataFrame({"target": [100.0], "realisasi": [80.0]})
    assert list(vektor.tambah_kolom_kinerja(df, skala="lkj")["predikat"]) == ["Baik"]


@pytest.mark.parametrize(
    ("teks", "jenis", "diharapkan"),
    [
        ("[unit\nnama = 'x'\n", "toml", "nama tabel [ … ] harus ditutup ']'"),
        ("[unit]\nnama = 'x'\ntanggal = 2023-02-30\n", "toml", "tanggal tidak sah"),
        ('{"periode": {"tahun": 2024,}}', "json", "nama kunci harus berkutip ganda"),
        ('{"periode": }', "json", "nilai tidak ada atau tidak sah"),
    ],
)
def test_galat_pengurai_berbahasa_indonesia(teks: str, jenis: str, diharapkan: str) -> None:
    from kinerja import BerkasTidakSah

    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(teks, jenis)  # type: ignore[arg-type]
    pesan = str(galat.value)
    assert diharapkan in pesan
    # tanpa pesan pengurai berbahasa Inggris
    assert "Expect" not in pesan
    assert "Invalid" not in pesan


def test_galat_kalender_tanpa_nama_atribut_python() -> None:
    import datetime

    from kinerja import InputTidakSah, adalah_hari_kerja

    with pytest.raises(InputTidakSah) as galat:
        adalah_hari_kerja(datetime.date(9999, 12, 31))
    assert ".year" not in str(galat.value)
    assert "9999-12-31" in str(galat.value)


def test_galat_berkas_tanpa_nama_parameter_internal() -> None:
    from kinerja import BerkasTidakSah

    teks = _LAPORAN.format(satuan_realisasi="").replace("penyebut = 12", "penyebut = true")
    with pytest.raises(BerkasTidakSah) as galat:
        baca_laporan_teks(teks, "toml")
    assert "'angka'" not in str(galat.value)
    assert "penyebut" in str(galat.value)
