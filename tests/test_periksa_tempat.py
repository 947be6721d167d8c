"""Isu 13: angka yang tercetak di beberapa tempat, dan satu salah cetak satu temuan."""

from __future__ import annotations

from decimal import Decimal
from decimal import Decimal as D

import pytest

from kinerja.galat import InputTidakSah, TipeTidakSah
from kinerja.indikator import Kumulasi
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
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.periode import Periode


def _lap(*indikator: BarisIndikator, **isian: object) -> Laporan:
    return Laporan(Unit("Seksi", "Kecamatan Uji"), Periode(2024, 1), list(indikator), **isian)  # type: ignore[arg-type]


def _dokumen(**isian: object) -> BarisIndikator:
    dasar: dict[str, object] = {
        "nama": "Dokumen", "satuan": "Dokumen", "target_tahunan": 14,
        "target": NilaiTriwulan(14), "realisasi": NilaiTriwulan(7),
    }  # fmt: skip
    return BarisIndikator(**(dasar | isian))  # type: ignore[arg-type]


def _semua(temuan: list[Temuan]) -> list[Temuan]:
    return [u for t in temuan for u in (t, *t.akibat)]


# ---------------------------------------------------------------- beberapa tempat


def test_angka_salah_yang_sama_di_tiga_tempat_satu_temuan() -> None:
    bab3 = [TercetakIndikator(target=7, tempat=f"Bab III (l. {n})") for n in (95, 124, 134)]
    lap = _lap(_dokumen(tercetak=bab3[0], tercetak_lain=bab3[1:]))
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak, t.dihitung) == ("target", D(7), D(14))
    assert t.tempat == ("Bab III (l. 95)", "Bab III (l. 124)", "Bab III (l. 134)")
    assert t.sebaran == ()
    assert "tercetak 7 di Bab III (l. 95); Bab III (l. 124); Bab III (l. 134)" in str(t)


def test_tempat_yang_berbeda_nilai_disebut_dengan_nilainya() -> None:
    # Senduro: realisasi yang sama tercetak 25 (l. 67) dan 12 (l. 113); seharusnya 23
    lap = _lap(
        _dokumen(
            target_tahunan=100, target=NilaiTriwulan(100), realisasi=NilaiTriwulan(23),
            tercetak=TercetakIndikator(realisasi=25, tempat="tabel 2.2 (l. 67)"),
            tercetak_lain=[TercetakIndikator(realisasi=12, tempat="tabel 2.3 (l. 113)"),
                           TercetakIndikator(realisasi=23, tempat="Bab III (l. 80)")],
        )
    )  # fmt: skip
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak, t.dihitung, t.jenis) == (
        "realisasi",
        D(25),
        D(23),
        "tidak konsisten",
    )
    assert t.tempat == ("tabel 2.2 (l. 67)",)
    assert t.sebaran == (("tabel 2.3 (l. 113)", Decimal(12)), ("Bab III (l. 80)", Decimal(23)))
    assert "tempat lain mencetak 12 di tabel 2.3 (l. 113); 23 di Bab III (l. 80)" in str(t)


def test_tempat_yang_semuanya_benar_tanpa_temuan() -> None:
    lain = [TercetakIndikator(target=14, realisasi=7, capaian=50, tempat=f"l. {n}") for n in (1, 2)]
    assert periksa(_lap(_dokumen(tercetak_lain=lain))) == []


def test_anggaran_dan_ringkasan_di_beberapa_tempat() -> None:
    anggaran = BarisAnggaran(
        "Forum", 1000, target=NilaiTriwulan(400, 200, 200, 200), realisasi=NilaiTriwulan(300),
        tercetak=TercetakAnggaran(capaian_keuangan=75),
        tercetak_lain=[TercetakAnggaran(capaian_keuangan="74,5", tempat="Bab V (l. 9)")],
    )  # fmt: skip
    lap = Laporan(
        Unit("Seksi", "Kecamatan Uji"), Periode(2024, 1), anggaran=[anggaran],
        tercetak=TercetakRingkasan(capaian_keuangan_agregat=75, tempat="Bab IV (l. 1)"),
        tercetak_lain=[TercetakRingkasan(capaian_keuangan_agregat=70, tempat="Bab V (l. 2)")],
    )  # fmt: skip
    keuangan, ringkasan = periksa(lap)
    assert (keuangan.tercetak, keuangan.tempat) == (Decimal("74.5"), ("Bab V (l. 9)",))
    assert keuangan.sebaran == (("tabel utama", Decimal(75)),)
    assert (ringkasan.tercetak, ringkasan.tempat) == (D(70), ("Bab V (l. 2)",))
    assert ringkasan.sebaran == (("Bab IV (l. 1)", Decimal(75)),)


def test_tempat_lain_wajib_bertempat_dan_tidak_kembar() -> None:
    with pytest.raises(InputTidakSah, match="tercetak_lain\\[0\\]' harus menyebut 'tempat'"):
        _dokumen(tercetak_lain=[TercetakIndikator(target=7)])
    with pytest.raises(InputTidakSah, match=r"tempat 'l\. 9' tertulis dua kali"):
        _dokumen(tercetak_lain=[TercetakIndikator(tempat="l. 9"), TercetakIndikator(tempat="l. 9")])
    with pytest.raises(TipeTidakSah, match="'tercetak_lain' harus daftar"):
        _dokumen(tercetak_lain=TercetakIndikator(tempat="l. 9"))


def test_berkas_menulis_tempat_lain() -> None:
    lap = baca_laporan_teks(
        """
[unit]
nama = "Seksi"
instansi = "Kecamatan Uji"
[periode]
tahun = 2024
triwulan = 1
[[indikator]]
nama = "Dokumen"
target = { tw1 = 14 }
realisasi = { tw1 = 7 }
tercetak = { tempat = "Bab III (l. 95)", target = 7 }
tercetak_lain = [{ tempat = "Rencana Aksi (l. 84)", target = 14 }]
""",
        "toml",
    )
    (t,) = periksa(lap)
    assert (t.tempat, t.sebaran) == (("Bab III (l. 95)",), (("Rencana Aksi (l. 84)", Decimal(14)),))


# ---------------------------------------------------------------- akibat perselisihan


def test_capaian_yang_mengikuti_target_tercetak_adalah_akibat() -> None:
    # Kalaena: target TW I 14 (masukan), tercetak 7; capaian 100 = 7/7, predikat mengikutinya
    lap = _lap(_dokumen(tercetak=TercetakIndikator(target=7, capaian=100, predikat="Sangat Baik")))
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak, t.dihitung) == ("target", D(7), D(14))
    assert [(a.kolom, a.tercetak, a.dihitung, a.jenis) for a in t.akibat] == [
        ("capaian", 100, 50, "akibat"),
        ("predikat", "Sangat Baik", "Sangat Kurang", "akibat"),
    ]
    assert "seharusnya 50 bila target 14; tercetak 100 sesuai bila target 7" in str(t.akibat[0])


def test_capaian_yang_benar_menurut_masukan_bukan_akibat() -> None:
    lap = _lap(_dokumen(tercetak=TercetakIndikator(target=7, capaian=50)))
    (t,) = periksa(lap)
    assert (t.kolom, t.akibat) == ("target", ())


def test_capaian_yang_salah_menurut_keduanya_tetap_temuan_sendiri() -> None:
    lap = _lap(_dokumen(tercetak=TercetakIndikator(target=7, capaian=80)))
    target, capaian = periksa(lap)
    assert (target.kolom, target.akibat) == ("target", ())
    assert (capaian.kolom, capaian.tercetak, capaian.dihitung, capaian.jenis) == (
        "capaian", D(80), D(50), "salah hitung",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kumulasi", "realisasi", "tercetak", "capaian"),
    [
        # KUMULATIF TW II: s.d. = 3 + 4 = 7, tercetak 9 → capaian 9/10 = 90
        (Kumulasi.KUMULATIF, NilaiTriwulan(3, 4), 9, 90),
        # AKHIR: s.d. = TW II = 4, tercetak 9 → 90
        (Kumulasi.AKHIR, NilaiTriwulan(3, 4), 9, 90),
        # RATA_RATA: s.d. = (3 + 4) / 2 = 3,5, tercetak 9 → 90
        (Kumulasi.RATA_RATA, NilaiTriwulan(3, 4), 9, 90),
    ],
)
def test_akibat_realisasi_untuk_setiap_kumulasi(
    kumulasi: Kumulasi, realisasi: NilaiTriwulan, tercetak: int, capaian: int
) -> None:
    target = NilaiTriwulan(5, 5) if kumulasi is Kumulasi.KUMULATIF else NilaiTriwulan(10, 10)
    baris = BarisIndikator(
        "Dokumen", kumulasi=kumulasi, target=target, realisasi=realisasi,
        tercetak=TercetakIndikator(realisasi=tercetak, capaian=capaian),
    )  # fmt: skip
    lap = Laporan(Unit("Seksi", "Kecamatan Uji"), Periode(2024, 2), [baris])
    (t,) = periksa(lap)
    assert (t.kolom, t.tercetak) == ("realisasi", D(tercetak))
    assert [(a.kolom, a.tercetak) for a in t.akibat] == [("capaian", D(capaian))]


def test_akibat_menjangkau_ringkasan() -> None:
    lap = _lap(
        _dokumen(tercetak=TercetakIndikator(target=7, capaian=100)),
        tercetak=TercetakRingkasan(rata_rata_capaian_kinerja=100),
    )
    (t,) = periksa(lap)
    assert [(a.tabel, a.kolom) for a in t.akibat] == [
        ("capaian kinerja", "capaian"), ("ringkasan", "rata-rata capaian kinerja"),
    ]  # fmt: skip
    assert t.jumlah == 3
    assert len(_semua(periksa(lap))) == 3


@pytest.mark.parametrize(("serapan", "akibat"), [("0", True), ("50", False)])
def test_serapan_dari_realisasi_anggaran_tercetak_adalah_akibat(serapan: str, akibat: bool) -> None:
    # Senduro l. 115: realisasi anggaran tercetak 0 (seharusnya 12.450.000 dari pagu 14.700.000),
    # serapan tercetak 0 = 0 / 14.700.000 dihitung dari angka salah itu: satu salah cetak
    anggaran = BarisAnggaran("Kegiatan", "14.700.000", realisasi=NilaiTriwulan("12.450.000"))
    indikator = _dokumen(
        target=NilaiTriwulan(14), realisasi=NilaiTriwulan(14), anggaran="Kegiatan",
        tercetak=TercetakIndikator(
            pagu="14.700.000", realisasi_anggaran=0, serapan=serapan, tempat="tabel 2.3 (l. 115)"
        ),
    )  # fmt: skip
    lap = _lap(indikator, anggaran=[anggaran])
    temuan = [t for t in periksa(lap) if t.tabel == "cost per outcome"]
    if akibat:
        (t,) = temuan
        assert (t.kolom, [a.kolom for a in t.akibat]) == ("realisasi anggaran", ["serapan"])
        assert "tercetak 0 sesuai bila 0" in t.akibat[0].alasan
    else:
        assert [(t.kolom, t.akibat) for t in temuan] == [
            ("realisasi anggaran", ()), ("serapan", ()),
        ]  # fmt: skip
