"""Periksa: temuan nyata di empat contoh; laporan yang angkanya dicetak benar tidak bertemuan."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.periode import Periode
from tests.strategies import desimal

DIHARAPKAN: dict[str, list[tuple[str, str, str | None, str | None]]] = {
    "kalaena-2024-tw1": [
        # target TW I 7 di Bab III (l. 95, l. 124, l. 134), 14 di Rencana Aksi (l. 84): capaian,
        # predikat dan rata-rata yang dicetak mengikuti angka 7 — satu perselisihan (tidak
        # konsisten, kedua angka disebut), akibatnya di bawahnya (↳)
        ("capaian kinerja", "target", "7", "14"),
        ("↳ capaian kinerja", "capaian", "100", "50"),
        ("↳ capaian kinerja", "predikat", "Sangat Baik", "Sangat Kurang"),
        ("↳ ringkasan", "rata-rata capaian kinerja", "100", "75"),
        # Rencana Aksi l. 84: 14 di TW I dan 14 di TW IV, target tahunan 14 (KUMULATIF)
        ("rencana aksi", "target triwulan", "28", "14"),
        # l. 134: angka sub kegiatan Perdes di bawah judul sub kegiatan Forum Koordinasi (l. 118)
        (
            "capaian kinerja",
            "uraian",
            "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan",
            "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
        ),
        # l. 158: ditandatangani 28 Maret 2024, sebelum TW I berakhir (31 Maret)
        ("dokumen", "tanggal", "2024-03-28", "2024-03-31"),
        # Rencana Aksi l. 83: Rp kegiatan Σ 22.328.000, sub kegiatannya (l. 84) 11.857.500
        ("rencana aksi", "Rp triwulan", "22328000", "11857500"),
        # Bab IV l. 143: 4.453.500 / 4.483.500 × 100 = 99,33
        ("realisasi keuangan", "capaian keuangan", "99.22", "99.33"),
    ],
    "senduro-2023-tw1": [
        # l. 50: tabel 2.1 menargetkan "12 bulan", tabel 2.2 100% (l. 67)
        ("capaian kinerja", "target tahunan", "12", "100"),
        # l. 80: "capaian kinerja sejumlah 23%" (3 dari 13), l. 67: 25%, l. 113: 100%
        ("capaian kinerja", "capaian", "23", "25"),
        # l. 113: realisasi 12% untuk indikator yang di l. 67 "3 Desa" = 25%
        ("capaian kinerja", "realisasi", "12", "25"),
        # l. 51–54: "12 Desa" di tabel 2.1, 100% di tabel 2.2 (l. 68–71)
        ("capaian kinerja", "target tahunan", "12", "100"),
        ("capaian kinerja", "target tahunan", "12", "100"),
        ("capaian kinerja", "target tahunan", "12", "100"),
        ("capaian kinerja", "target tahunan", "12", "100"),
        # l. 116: realisasi 24,14% untuk indikator yang di l. 71 "3 Desa" = 25%
        ("capaian kinerja", "realisasi", "24.14", "25.00"),
        # l. 116: capaian 75,86% (= 100 − 24,14), l. 71: 25%
        ("capaian kinerja", "capaian", "75.86", "25.00"),
        # l. 55: "12 Desa" di tabel 2.1, 100% di tabel 2.2 (l. 72)
        ("capaian kinerja", "target tahunan", "12", "100"),
        # l. 114: realisasi 0% untuk indikator yang di l. 72 "3 Desa" = 25%
        ("capaian kinerja", "realisasi", "0", "25"),
        # l. 114: capaian 100%, l. 72: 25%
        ("capaian kinerja", "capaian", "100", "25"),
        # l. 115: capaian 100% untuk realisasi 0%
        ("capaian kinerja", "capaian", "100", "0"),
        # l. 119, l. 120: baris kegiatan, capaian 100% untuk realisasi 0
        ("capaian kinerja", "capaian", "100", "0"),
        ("capaian kinerja", "capaian", "100", "0"),
        # l. 123: 88% (= 100 − 12) untuk realisasi 12%
        ("capaian kinerja", "capaian", "88", "12"),
        # l. 124: 75,86% (= 100 − 24,14) untuk realisasi 24,14%
        ("capaian kinerja", "capaian", "75.86", "24.14"),
        # l. 114: pagu 29.859.000 yang bukan baris kegiatan mana pun: tidak dapat diperiksa
        ("cost per outcome", "anggaran", None, None),
        # l. 113: realisasi 600.000, kegiatannya (l. 123) 900.000 — serapan 12% = 900.000
        ("cost per outcome", "realisasi anggaran", "600000", "900000"),
        # l. 115: realisasi 0 untuk pagu 14.700.000 = kegiatan l. 121 + l. 122 (10.200.000 +
        # 2.250.000 terealisasi), dan serapan 0 yang mengikutinya
        ("cost per outcome", "realisasi anggaran", "0", "12450000"),
        ("↳ cost per outcome", "serapan", "0", "85"),
        # l. 133: "di triwulanan II" dalam laporan TW I
        (
            "dokumen",
            "label periode",
            "gambaran kinerja yang sudah dicapai secara maksimal di triwulanan II",
            "TW I 2023",
        ),
    ],
    "ranuyoso-2022-tw4": [],
    "klakah-2024-tw4": [
        # l. 241 (juga l. 252, l. 268, l. 278): capaian 99,79; 95,27 / 95,45 = 99,81, dan dengan
        # realisasi dari centang lampiran b (baris 42 semua dicentang, l. 617) 95,45 / 95,45 = 100
        ("capaian kinerja", "capaian", "99.79", "100.00"),
        # l. 241: TW 1–4 37,84 + 17 + 10,7 + 29,63 = 95,17, bukan realisasi matriks fasilitasi
        ("capaian kinerja", "realisasi per triwulan", "95.17", "95.45"),
        # l. 241: "TW 4 : 29.63" bernotasi Inggris
        ("capaian kinerja", "realisasi.tw4", "29.63", "29.63"),
        # l. 278: efisiensi 4,48; 99,79 − 95,30 = 4,49, menurut aturan 100,00 − 95,30 = 4,71
        ("cost per outcome", "efisiensi", "4.48", "4.71"),
        # l. 280: efisiensi 4,49 untuk 100 − 95,06 = 4,94 (tabel 3.2.1 l. 352 mencetak 4,94)
        ("cost per outcome", "efisiensi", "4.49", "4.94"),
        # l. 353: efisiensi 100 untuk 100 − 100 = 0 (tabel 3.1.2 l. 282 mencetak 0)
        ("cost per outcome", "efisiensi", "100", "0"),
        # l. 480: "Klakah, 03 Januari 2024" untuk laporan TW IV 2024
        ("dokumen", "tanggal", "2024-01-03", "2024-12-31"),
        # l. 272–273: judul tabel cost per outcome "Triwulan III" dalam laporan TW IV
        (
            "dokumen",
            "label periode",
            "Tabel 3.1.2 Cost per outcome Camat 2024 Triwulan III",
            "TW IV 2024",
        ),
        # l. 258: ((0 × 12) + (1 × 12) + (1 × 12)) / 3 = 8, tercetak 100% (l. 262)
        ("dokumen", "rumus", "100", "8"),
        # l. 617: baris 42 mencentang 12 desa, nilainya tercetak 0,92 (11/12); realisasi 95,27
        # (l. 241, l. 250, l. 278) dan persentase 95,27 (l. 618) mengikuti 0,92: akibatnya
        ("fasilitasi", "nilai baris", "0.92", "1.00"),
        ("↳ capaian kinerja", "realisasi", "95.27", "95.45"),
        ("↳ ringkasan", "persentase fasilitasi", "95.27", "95.45"),
        # l. 542: lampiran a "Rp. 1.780.578.508.00" (titik sebelum sen)
        ("realisasi keuangan", "pagu", "1.780.578.508.00", "1780578508"),
        # l. 393: realisasi "1,361,248,977" bernotasi Inggris
        ("realisasi keuangan", "realisasi", "1,361,248,977", "1361248977"),
        # l. 411, l. 412: serapan 0% untuk pagu 0 (0/0 tidak terdefinisi)
        ("realisasi keuangan", "serapan", "0", None),
        ("realisasi keuangan", "serapan", "0", None),
        # l. 413: realisasi "19.7195.216" cacat (pagu − sisa = 197.195.216)
        ("realisasi keuangan", "realisasi", "19.7195.216", "197195216"),
        # l. 414, l. 415: sisa "3,509,752" dan "699,282" bernotasi Inggris
        ("realisasi keuangan", "sisa", "3,509,752", "3509752"),
        ("realisasi keuangan", "sisa", "699,282", "699282"),
        # l. 417: realisasi "32,928,200" bernotasi Inggris
        ("realisasi keuangan", "realisasi", "32,928,200", "32928200"),
        # l. 419: serapan 0% untuk pagu 0
        ("realisasi keuangan", "serapan", "0", None),
        # l. 537: lampiran a "Rp. 4.430.000.00"
        ("realisasi keuangan", "pagu", "4.430.000.00", "4430000"),
        # l. 425: kode sub kegiatan 2 digit
        ("realisasi keuangan", "kode", "7.01.02.2.01.02", None),
        # l. 428: serapan 99,90 untuk 55.045.000 / 55.095.000 = 99,909
        ("realisasi keuangan", "serapan", "99.90", "99.91"),
        # l. 538: lampiran a "Rp. 55.095.000.00"
        ("realisasi keuangan", "pagu", "55.095.000.00", "55095000"),
        # l. 440, l. 441: serapan 0% untuk pagu 0
        ("realisasi keuangan", "serapan", "0", None),
        ("realisasi keuangan", "serapan", "0", None),
        # l. 539: lampiran a "Rp. 24.250.000.00"
        ("realisasi keuangan", "pagu", "24.250.000.00", "24250000"),
        # l. 447: serapan 0% untuk pagu 0
        ("realisasi keuangan", "serapan", "0", None),
        # l. 540, l. 541: lampiran a "Rp. 7.200.000.00", "Rp. 23.850.000.00"
        ("realisasi keuangan", "pagu", "7.200.000.00", "7200000"),
        ("realisasi keuangan", "pagu", "23.850.000.00", "23850000"),
    ],
    # dua salah cetak yang ditanam (komentar berkasnya): (82,40 − 80,10) / 80,10 = 2,87%;
    # 1.800.000.000 / 2.500.000.000 = 72%
    "tahunan-2024-dikonstruksi": [
        ("perbandingan antartahun", "perubahan 2023", "2.78", "2.87"),
        ("capaian terhadap renstra", "tingkat capaian", "72.50", "72.00"),
    ],
}


def _ringkas(t: Temuan) -> tuple[str, str, str | None, str | None]:
    def teks(x: object) -> str | None:
        return None if x is None else str(x)

    return (t.tabel, t.kolom, teks(t.tercetak), teks(t.dihitung))


def _rata(temuan: list[Temuan]) -> list[tuple[str, str, str | None, str | None]]:
    hasil = []
    for t in temuan:
        hasil.append(_ringkas(t))
        hasil += [("↳ " + a.tabel, *_ringkas(a)[1:]) for a in t.akibat]
    return hasil


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_temuan_contoh_tepat(nama: str) -> None:
    assert _rata(periksa(muat_contoh(nama))) == DIHARAPKAN[nama]


def test_salah_hitung_nyata_ditemukan() -> None:
    kalaena = periksa(muat_contoh("kalaena-2024-tw1"))
    assert any(t.tercetak == Decimal("99.22") and t.dihitung == Decimal("99.33") for t in kalaena)
    # Klakah l. 241: 99,79 salah baik untuk 95,27 / 95,45 (99,81) maupun untuk realisasi dari
    # centang lampiran b (95,45 / 95,45 = 100): masukannya mengikuti centang
    klakah = periksa(muat_contoh("klakah-2024-tw4"))
    assert any(t.tercetak == Decimal("99.79") and t.dihitung == Decimal("100") for t in klakah)
    selisih = next(t for t in kalaena if t.tercetak == Decimal("99.22")).selisih
    assert selisih == Decimal("-0.11")


def test_pembulatan_di_bawah_ketelitian_cetak_bukan_temuan() -> None:
    # Kalaena mencetak "Rata-rata 46%" untuk agregat 46,14: bukan temuan
    temuan = periksa(muat_contoh("kalaena-2024-tw1"))
    assert not [t for t in temuan if t.kolom == "rata-rata capaian keuangan"]


def test_teks_temuan_berbahasa_indonesia() -> None:
    t = next(t for t in periksa(muat_contoh("kalaena-2024-tw1")) if t.kolom == "capaian keuangan")
    assert str(t) == (
        "[realisasi keuangan] Pelaksanaan Tugas Forum Koordinasi di Pimpinan Kecamatan — "
        "capaian keuangan: tercetak 99,22 di Bab IV, realisasi keuangan (l. 143), seharusnya "
        "99,33 (selisih -0,11); capaian keuangan = realisasi / target keuangan × 100"
    )


def _bulat(x: Fraction, tempat: int) -> Decimal:
    """Pembulatan setengah ke atas (menjauhi nol) seperti laporan, dihitung dengan pecahan."""
    q = abs(x) * 10**tempat
    n = math.floor(q + Fraction(1, 2))
    return Decimal(n if x >= 0 else -n).scaleb(-tempat)


def _predikat_lkj(x: Fraction) -> str:
    """Skala LKj dari tabel DOMAIN.md §6."""
    for bawah, label in ((91, "Sangat Baik"), (76, "Baik"), (66, "Cukup"), (51, "Kurang")):
        if x >= bawah:
            return label
    return "Sangat Kurang"


@st.composite
def laporan_tercetak_benar(draw: st.DrawFn) -> Laporan:
    """Laporan acak yang angka tercetaknya dihitung benar lalu dibulatkan seperti laporan.

    Angka tercetak dihitung di sini dengan pecahan tepat menurut DOMAIN.md (capaian R / T × 100,
    predikat LKj, serapan, sisa, jumlah), bukan dengan ``hitung()`` yang dipakai ``periksa``.
    """
    tempat = draw(st.sampled_from([0, 2]))
    indikator = []
    for i in range(draw(st.integers(min_value=1, max_value=4))):
        target = draw(desimal(1, 1000, 2).filter(lambda x: x > 0))
        realisasi = draw(desimal(0, 1500, 2))
        c = Fraction(realisasi) * 100 / Fraction(target)
        indikator.append(
            BarisIndikator(
                nama=f"Indikator {i}",
                satuan="Dokumen",
                kumulasi="akhir",
                target_tahunan=target,
                realisasi=NilaiTriwulan(tw4=realisasi),
                tercetak=TercetakIndikator(capaian=_bulat(c, tempat), predikat=_predikat_lkj(c)),
            )
        )
    anggaran = []
    jumlah_pagu = jumlah_realisasi = Fraction(0)
    for i in range(draw(st.integers(min_value=1, max_value=4))):
        pagu = draw(desimal(1, 10**10, 0).filter(lambda x: x > 0))
        realisasi = draw(desimal(0, pagu, 0))
        jumlah_pagu += Fraction(pagu)
        jumlah_realisasi += Fraction(realisasi)
        anggaran.append(
            BarisAnggaran(
                f"Kegiatan {i}",
                pagu,
                kode=f"7.01.0{i + 1}",  # program-program sejajar di bawah bidang 7.01
                realisasi_kumulatif=realisasi,
                tercetak=TercetakAnggaran(
                    serapan=_bulat(Fraction(realisasi) * 100 / Fraction(pagu), tempat),
                    sisa=pagu - realisasi,
                ),
            )
        )
    ringkasan = TercetakRingkasan(
        jumlah_pagu=_bulat(jumlah_pagu, 0),
        jumlah_realisasi=_bulat(jumlah_realisasi, 0),
        serapan_total=_bulat(jumlah_realisasi * 100 / jumlah_pagu, tempat),
    )
    unit = Unit("Seksi Uji", "Kecamatan Uji")
    return Laporan(unit, Periode(2024, 4), indikator, anggaran, tercetak=ringkasan)


def test_pembulatan_rujukan_setengah_ke_atas() -> None:
    assert _bulat(Fraction(99805, 1000), 2) == Decimal("99.81")
    assert _bulat(Fraction(-99805, 1000), 2) == Decimal("-99.81")
    assert _bulat(Fraction(4614, 100), 0) == Decimal(46)
    assert _bulat(Fraction(1, 2), 0) == Decimal(1)


@given(laporan_tercetak_benar())
def test_laporan_yang_dicetak_benar_tanpa_temuan(laporan: Laporan) -> None:
    assert periksa(laporan) == []


@given(laporan_tercetak_benar(), st.sampled_from([Decimal("0.01"), Decimal(1), Decimal(-1)]))
def test_angka_tercetak_yang_digeser_selalu_ditemukan(laporan: Laporan, geser: Decimal) -> None:
    baris = laporan.anggaran[0]
    serapan_tercetak = baris.tercetak.serapan
    assert serapan_tercetak is not None
    kuantum = Decimal(1).scaleb(serapan_tercetak.as_tuple().exponent)  # type: ignore[arg-type]
    langkah = geser if abs(geser) >= kuantum else kuantum.copy_sign(geser)
    salah = attrs.evolve(
        baris, tercetak=attrs.evolve(baris.tercetak, serapan=serapan_tercetak + langkah)
    )
    temuan = periksa(attrs.evolve(laporan, anggaran=(salah, *laporan.anggaran[1:])))
    assert [(t.kolom, t.tercetak) for t in temuan] == [("serapan", serapan_tercetak + langkah)]
