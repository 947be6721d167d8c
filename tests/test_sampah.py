"""Sapuan sampah: setiap titik masuk publik hanya boleh memunculkan galat pustaka.

Daftar titik masuk (:data:`SAPUAN`) memuat setiap nama yang dapat dipanggil di
``kinerja.__all__`` — fungsi, kelas (konstruktornya), konstruktor alternatif (``Target.rentang``,
``KodeRekening.parse``, ``*.dari`` enum …) dan metode publik nilai (``Realisasi.sebagai_persen``,
``Sajian.ke_teks`` …) — serta ``kinerja.vektor`` bila pandas terpasang. Uji
:func:`test_setiap_nama_publik_tercakup` menghitung nama-nama itu dari ``__all__`` (bukan dari
daftar tangan) dan gagal bila ada yang tidak punya entri; :func:`test_setiap_parameter_disapu`
gagal bila ada parameter (posisi atau kata kunci) yang tidak disapu.

Setiap entri adalah panggilan sah; sapuan mengganti satu argumen dengan satu nilai sampah
(:data:`SAMPAH`: ``None``, teks kosong, objek asing, float, Decimal ekstrem, digit bukan ASCII,
teks enum salah, tipe salah). Hasilnya boleh sukses (sampah kebetulan sah) atau galat turunan
``KinerjaError``; galat lain (``TypeError``/``ValueError``/``AttributeError`` mentah,
``decimal.*``, ``RecursionError``) berarti titik masuk itu tidak memeriksa masukannya.

Yang sengaja tidak disapu: kelas galat (dibuat oleh pustaka, bukan masukan data) dan properti
(tidak berargumen; nilainya berasal dari isian yang sudah disapu lewat konstruktor).
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import importlib
import importlib.util
import inspect
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja
from kinerja import (
    SKALA_LKJ,
    DokumenDesa,
    KalenderBelumLengkap,
    KinerjaError,
    Kumulasi,
    Triwulan,
)
from kinerja.hari_kerja import nama_libur
from tests.sampah_evaluasi import entri_evaluasi
from tests.strategies import sampah

modul_skala = importlib.import_module("kinerja.skala_terdaftar")
modul_jawaban = importlib.import_module("kinerja.lke_jawaban")
ADA_PANDAS = importlib.util.find_spec("pandas") is not None

# ---------------------------------------------------------------- nilai sampah

SAMPAH: list[object] = [
    None,
    "",
    "€",
    "x",
    object(),
    float("nan"),
    1.5,
    Decimal("NaN"),
    Decimal("-NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E+999999"),
    Decimal("-1E+999999"),
    Decimal("1E-999999"),
    Decimal("0E+999999"),
    Decimal("-0"),
    Decimal("3333333333333333333333333333333333"),  # 34 digit
    Decimal("-1234567890123456789012345678901234567890.123456789"),  # 50 digit
    Decimal("-1E-999999"),
    Decimal("0E-999999"),
    Decimal("9.99E+23"),
    Decimal("3333333333333333333333333333333333E-32"),
    Decimal.from_float(99.815),
    10**40,
    -1,
    "١٢٣",
    "１２３",
    "١٢٣,٤",
    "٣٫٥",
    "1_000",
    ",5",
    "−5",
    "positip",
    "NEGATIF ",
    "kumulatif2",
    [1],
    [None],
    [],
    ("a",),
    {"a": 1},
    b"1",
    True,
    datetime.datetime(2024, 1, 1, 8),
]
"""Sampah deterministik; Decimal ekstrem, digit bukan ASCII, teks enum salah, tipe salah."""


# ---------------------------------------------------------------- titik masuk


@attrs.frozen
class Entri:
    """Satu panggilan sah: ``fungsi(*args, **kwargs)``."""

    nama: str
    fungsi: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = attrs.Factory(dict)


def _isian(obj: Any) -> dict[str, Any]:
    """Argumen kata kunci sah untuk membuat ulang nilai attrs ``obj``."""
    return {(f.alias or f.name): getattr(obj, f.name) for f in attrs.fields(type(obj)) if f.init}


CONTOH_BERKAS = Path(kinerja.__file__).parent / "laporan" / "data" / "contoh"
NAMA_CONTOH = "klakah-2024-tw4"
LAPORAN = kinerja.muat_contoh(NAMA_CONTOH)
HASIL = kinerja.hitung(LAPORAN)
SAJIAN = HASIL.sajian()[0]
BARIS_I = LAPORAN.indikator[0]
BARIS_A = next(b for b in LAPORAN.anggaran if b.kode is not None)
KODE = kinerja.KodeRekening.parse("7.01.01.2.01")
PITA = kinerja.Pita("A", 0, 10)
TANGGAL_DESA = kinerja.TanggalDokumenDesa("Klakah", apbdes=datetime.date(2023, 12, 20))
REKAP = kinerja.RekapFasilitasi(desa=["A", "B"], centang={"x": [True, False]})
NILAI_TW = kinerja.NilaiTriwulan(1, 2, "2,5", 4)
SIMPUL = HASIL.pohon.akar[0]
TEMUAN = kinerja.Temuan("t", "b", "k", Decimal(1), Decimal(2), Decimal(1), "alasan")


def _entri_kinerja() -> list[Entri]:
    L = kinerja
    return [
        # angka
        Entri("baca_angka", L.baca_angka, ("1.500,5",), {"notasi": "id"}),
        Entri("bulatkan", L.bulatkan, (Decimal("1.005"), 2)),
        Entri("dari_float", L.dari_float, (99.815,)),
        Entri("format_angka", L.format_angka, (Decimal(1), 2)),
        Entri("format_persen", L.format_persen, (Decimal(1), 2)),
        Entri("format_rupiah", L.format_rupiah, (Decimal(1),), {"sen": True}),
        Entri("ke_desimal", L.ke_desimal, ("1", "nilai")),
        Entri("tulis_angka_tepat", L.tulis_angka_tepat, (Decimal("1234.5"),)),
        Entri("persen", L.persen, (1, 4), {"nama_bagian": "a", "nama_keseluruhan": "b"}),
        # capaian dan anggaran
        Entri(
            "capaian",
            L.capaian,
            (L.Target(10), 8),
            {"polaritas": "negatif", "rumus_negatif": "selisih", "maksimum": 120, "minimum": 0},
        ),
        Entri("capaian_agregat", L.capaian_agregat, (), {"target": [1, 2], "realisasi": [1, 2]}),
        Entri("rata_rata_capaian", L.rata_rata_capaian, ([100, 90],)),
        Entri("rata_rata_tertimbang", L.rata_rata_tertimbang, ([100, 90], [1, 2])),
        Entri("sampai_dengan", L.sampai_dengan, ([1, 2, None, 4], Kumulasi.KUMULATIF, 4)),
        Entri("serapan", L.serapan, (100, 50)),
        Entri("serapan_total", L.serapan_total, ([L.Anggaran(100, 50)],)),
        Entri("efisiensi", L.efisiensi, (100, 95)),
        Entri("perubahan", L.perubahan, ("80,10", "82,40")),
        Entri("selisih_poin", L.selisih_poin, ("80,10", "82,40")),
        Entri("arah_perubahan", L.arah_perubahan, ("9,8", "9,2", "negatif")),
        Entri("ArahPerubahan", L.ArahPerubahan, ("membaik",)),
        Entri("Anggaran", L.Anggaran, (100, 50)),
        Entri("predikat", L.predikat, (95, SKALA_LKJ)),
        # indikator
        Entri("Target", L.Target, (10, "Dokumen"), {"atas": 20}),
        Entri("Target.rentang", L.Target.rentang, (10, 20), {"satuan": "%"}),
        Entri("Realisasi", L.Realisasi, (3, "Desa"), {"dari": 12}),
        Entri("Realisasi.sebagai_persen", L.Realisasi(3, "Desa", dari=12).sebagai_persen),
        Entri(
            "Indikator",
            L.Indikator,
            ("x", "Dokumen"),
            {
                "polaritas": "positif",
                "target_tahunan": 4,
                "target_triwulan": [1, 1, 1, 1],
                "kumulasi": "akhir",
            },
        ),
        Entri("Polaritas", L.Polaritas, ("negatif",)),
        Entri("Polaritas.dari", L.Polaritas.dari, ("negatif",)),
        Entri("Kumulasi", L.Kumulasi, ("akhir",)),
        Entri("Kumulasi.dari", L.Kumulasi.dari, ("akhir",)),
        Entri("RumusNegatif", L.RumusNegatif, ("selisih",)),
        Entri("RumusNegatif.dari", L.RumusNegatif.dari, ("selisih",)),
        # kode rekening
        Entri("KodeRekening", L.KodeRekening, (("7", "01"),), {"teks": "7.01"}),
        Entri("KodeRekening.parse", L.KodeRekening.parse, ("7.01.01",)),
        Entri("KodeRekening.leluhur", KODE.leluhur),
        Entri("KodeRekening.adalah_turunan_dari", KODE.adalah_turunan_dari, (KODE.induk,)),
        Entri("TingkatKode", L.TingkatKode, (next(iter(L.TingkatKode)).value,)),
        # periode dan hari kerja
        Entri("Triwulan", L.Triwulan, (1,)),
        Entri("Triwulan.dari", L.Triwulan.dari, ("TW I",)),
        Entri("Triwulan.awal", Triwulan.I.awal, (2024,)),
        Entri("Triwulan.akhir", Triwulan.I.akhir, (2024,)),
        Entri("Periode", L.Periode, (2024, 1)),
        Entri("adalah_hari_kerja", L.adalah_hari_kerja, (datetime.date(2024, 1, 2),)),
        Entri(
            "batas_waktu_laporan",
            L.batas_waktu_laporan,
            (2024, 4, 5),
            {"kalender_tak_lengkap": False},
        ),
        Entri("cuti_bersama_tersedia", L.cuti_bersama_tersedia, (2024,)),
        Entri(
            "tambah_hari_kerja",
            L.tambah_hari_kerja,
            (datetime.date(2024, 1, 1), 3),
            {"kalender_tak_lengkap": False},
        ),
        # desa dan fasilitasi
        Entri("DokumenDesa", L.DokumenDesa, ("APBDes",)),
        Entri("DokumenDesa.dari", L.DokumenDesa.dari, ("apbdes",)),
        Entri("DokumenDesa.batas_waktu", DokumenDesa.APBDES.batas_waktu, (2024,)),
        Entri(
            "tepat_waktu",
            L.tepat_waktu,
            (DokumenDesa.APBDES, datetime.date(2023, 1, 1), 2024),
        ),
        Entri(
            "persentase_tepat_waktu",
            L.persentase_tepat_waktu,
            (12, {DokumenDesa.RKPDES: 1, DokumenDesa.APBDES: 2, DokumenDesa.LPPDES: 3}),
        ),
        Entri(
            "RekapFasilitasi",
            L.RekapFasilitasi,
            (),
            {"desa": ["A"], "centang": {"x": [True]}, "nilai_tercetak": {"x": "1,00"}},
        ),
        # yang dicetak laporan: rumus dan label periode
        Entri("hitung_ungkapan", L.hitung_ungkapan, ("(12 + 12) / 2",)),
        Entri("baca_label_periode", L.baca_label_periode, ("Triwulan III 2024",)),
        Entri("LabelPeriode", L.LabelPeriode, (2024, kinerja.Triwulan.III)),
        Entri("LabelTercetak", L.LabelTercetak, (), {"tempat": "l. 1", "teks": "TW I"}),
        Entri(
            "RumusTercetak", L.RumusTercetak, (), {"tempat": "l. 1", "ungkapan": "1", "hasil": 1}
        ),
        Entri("RekapFasilitasi.nilai_baris", REKAP.nilai_baris, ("x",)),
        Entri("TanggalDokumenDesa", L.TanggalDokumenDesa, (), _isian(TANGGAL_DESA)),
        Entri("TanggalDokumenDesa.tanggal", TANGGAL_DESA.tanggal, (DokumenDesa.APBDES,)),
        Entri(
            "KetepatanDokumenDesa",
            L.KetepatanDokumenDesa,
            (2024,),
            {"jumlah_desa": 12, "tepat": {"RKPDes": 1, "APBDes": 2, "LPPDes": 3}},
        ),
        Entri(
            "KetepatanDokumenDesa(desa)",
            L.KetepatanDokumenDesa,
            (2024,),
            {"desa": [TANGGAL_DESA]},
        ),
        # predikat
        Entri(
            "Pita",
            L.Pita,
            ("A", 0, 10),
            {"termasuk_bawah": True, "termasuk_atas": False, "keterangan": "Baik"},
        ),
        Entri("Pita.memuat", PITA.memuat, (Decimal(5),)),
        Entri(
            "SkalaPredikat",
            L.SkalaPredikat,
            ("s", [L.Pita("A", None, None)]),
            {"tempat_desimal": 2},
        ),
        Entri(
            "SkalaPredikat.dari_ambang",
            L.SkalaPredikat.dari_ambang,
            ("s", [50], ["A", "B"]),
            {
                "termasuk": "atas",
                "minimum": 0,
                "maksimum": 100,
                "keterangan": ["K", "B"],
                "tempat_desimal": 2,
            },
        ),
        Entri("skala", L.skala, ("lkj",)),
        Entri("daftarkan_skala", L.daftarkan_skala, ("sapuan-sampah", SKALA_LKJ)),
        # model laporan
        Entri("Unit", L.Unit, ("Seksi", "Kecamatan X"), {"pejabat": "A", "kabupaten": "B"}),
        Entri("NilaiTriwulan", L.NilaiTriwulan, (1, None, "2,5", 4)),
        Entri("NilaiTriwulan.sebagai_tuple", NILAI_TW.sebagai_tuple),
        Entri("NilaiTriwulan.sampai_dengan", NILAI_TW.sampai_dengan, (Kumulasi.KUMULATIF, 3)),
        Entri("BarisIndikator", L.BarisIndikator, (), _isian(BARIS_I)),
        Entri("BarisIndikator.target_sd", BARIS_I.target_sd, (Triwulan.II,)),
        Entri("BarisIndikator.realisasi_sd", BARIS_I.realisasi_sd, (Triwulan.II,)),
        Entri("BarisAnggaran", L.BarisAnggaran, (), _isian(BARIS_A)),
        Entri("BarisAnggaran.target_sd", BARIS_A.target_sd, (Triwulan.II,)),
        Entri("BarisAnggaran.realisasi_sd", BARIS_A.realisasi_sd, (Triwulan.II,)),
        Entri("TercetakIndikator", L.TercetakIndikator, (), _isian(BARIS_I.tercetak)),
        Entri("TercetakAnggaran", L.TercetakAnggaran, (), _isian(BARIS_A.tercetak)),
        Entri("TercetakRingkasan", L.TercetakRingkasan, (), _isian(LAPORAN.tercetak)),
        Entri("Laporan", L.Laporan, (), _isian(LAPORAN)),
        Entri("BatasBerkas", L.BatasBerkas, (), _isian(L.BATAS_BAWAAN)),
        # mesin laporan dan hasilnya
        Entri("hitung", L.hitung, (LAPORAN,)),
        Entri("periksa", L.periksa, (LAPORAN,), {"hasil": HASIL}),
        Entri("HasilLaporan", L.HasilLaporan, (), _isian(HASIL)),
        Entri("HasilLaporan.sajian", HASIL.sajian),
        Entri("HasilLaporan.sajian_satu", HASIL.sajian_satu, ("keuangan",)),
        Entri("HasilLaporan.sajian_bernama", HASIL.sajian_bernama),
        Entri("HasilLaporan.ke_excel", HASIL.ke_excel, ("sapuan.xlsx",), {"temuan": False}),
        Entri("HasilLaporan.gambar", HASIL.gambar, ("capaian",)),
        Entri("TabelCapaian", L.TabelCapaian, (), _isian(HASIL.capaian)),
        Entri("TabelCapaian.ke_sajian", HASIL.capaian.ke_sajian),
        Entri("TabelKeuangan", L.TabelKeuangan, (), _isian(HASIL.keuangan)),
        Entri("TabelKeuangan.ke_sajian", HASIL.keuangan.ke_sajian),
        Entri("TabelRiwayat", L.TabelRiwayat, (), _isian(HASIL.riwayat)),
        Entri("TabelRiwayat.ke_sajian", HASIL.riwayat.ke_sajian),
        Entri("TabelRenstra", L.TabelRenstra, (), _isian(HASIL.renstra)),
        Entri("TabelRenstra.ke_sajian", HASIL.renstra.ke_sajian),
        Entri("TabelCostPerOutcome", L.TabelCostPerOutcome, (), _isian(HASIL.cost_per_outcome)),
        Entri("TabelCostPerOutcome.ke_sajian", HASIL.cost_per_outcome.ke_sajian),
        Entri("Ringkasan", L.Ringkasan, (), _isian(HASIL.ringkasan)),
        Entri("Ringkasan.ke_sajian", HASIL.ringkasan.ke_sajian),
        Entri("PohonAnggaran", L.PohonAnggaran, (), _isian(HASIL.pohon)),
        Entri(
            "PohonAnggaran.dari_baris",
            L.PohonAnggaran.dari_baris,
            (LAPORAN.anggaran, Triwulan.IV),
            {"realisasi": [b.realisasi_sd(Triwulan.IV) for b in LAPORAN.anggaran]},
        ),
        Entri("PohonAnggaran.telusuri", HASIL.pohon.telusuri),
        Entri("SimpulAnggaran", L.SimpulAnggaran, (), _isian(SIMPUL)),
        Entri("SimpulAnggaran.telusuri", SIMPUL.telusuri, (1,)),
        Entri("Temuan", L.Temuan, (), _isian(TEMUAN)),
        Entri("Sajian", L.Sajian, (), _isian(SAJIAN)),
        Entri("Sajian.sel", SAJIAN.sel),
        Entri("Sajian.tanpa_kolom_kosong", SAJIAN.tanpa_kolom_kosong),
        Entri("Sajian.ke_teks", SAJIAN.ke_teks, (60,)),
        Entri("Sajian.ke_markdown", SAJIAN.ke_markdown),
        Entri("Sajian.ke_csv", SAJIAN.ke_csv, (), {"tepat": True}),
        Entri("Sajian.ke_data", SAJIAN.ke_data),
        Entri("Sajian.ke_json", SAJIAN.ke_json),
        Entri("Sajian.ke_dataframe", SAJIAN.ke_dataframe),
        # berkas dan contoh
        Entri("muat_contoh", L.muat_contoh, (NAMA_CONTOH,)),
        Entri("teks_contoh", L.teks_contoh, (NAMA_CONTOH,)),
        Entri(
            "baca_laporan",
            L.baca_laporan,
            (CONTOH_BERKAS / f"{NAMA_CONTOH}.toml",),
            {"batas": L.BATAS_BAWAAN, "jenis": "toml"},
        ),
        Entri(
            "baca_laporan_teks",
            L.baca_laporan_teks,
            (L.teks_contoh(NAMA_CONTOH), "toml", "contoh"),
            {"batas": L.BATAS_BAWAAN},
        ),
        Entri("tulis_laporan", L.tulis_laporan, (LAPORAN, "sapuan.json")),
        Entri("tulis_laporan_teks", L.tulis_laporan_teks, (LAPORAN, "json")),
        # publik di modulnya walau tak diekspor kinerja
        Entri("hari_kerja.nama_libur", nama_libur, (datetime.date(2024, 1, 1),)),
    ]


def _entri_vektor() -> list[Entri]:
    import pandas as pd

    from kinerja import vektor

    df = pd.DataFrame(
        {
            "target": ["100", "10"],
            "realisasi": ["95", "12"],
            "polaritas": ["positif", "negatif"],
            "pagu": ["1000", "500"],
            "ra": ["900", "400"],
            "atas": [None, "15"],
            "dari": [None, None],
        }
    )
    panjang = pd.DataFrame(
        {"indikator": ["A", "A"], "tw": [1, 2], "nilai": ["1", "2"], "kumulasi": ["akhir"] * 2}
    )
    return [
        Entri(
            "vektor.agregat_kelompok",
            vektor.agregat_kelompok,
            (df.drop(columns=["polaritas", "atas"]).assign(opd=["A", "B"]), "opd"),
            {
                "target": "target",
                "realisasi": "realisasi",
                "polaritas": None,
                "target_atas": None,
                "penyebut": "dari",
                "pagu": "pagu",
                "realisasi_anggaran": "ra",
                "strict": False,
            },
        ),
        Entri(
            "vektor.sampai_dengan_panjang",
            vektor.sampai_dengan_panjang,
            (panjang, "indikator", 2),
            {"kolom_triwulan": "tw", "nilai": "nilai", "kumulasi": "kumulasi", "strict": False},
        ),
        Entri("vektor.bulatkan", vektor.bulatkan, ([Decimal("1.005")], 2)),
        Entri(
            "vektor.capaian",
            vektor.capaian,
            ([100, 10], [95, 12], "negatif"),
            {
                "rumus_negatif": "selisih",
                "target_atas": [None, 15],
                "penyebut": [None, None],
                "maksimum": 150,
                "minimum": 0,
                "strict": False,
            },
        ),
        Entri("vektor.efisiensi", vektor.efisiensi, ([100], [95]), {"strict": False}),
        Entri("vektor.predikat", vektor.predikat, ([95, 50], SKALA_LKJ), {"strict": False}),
        Entri(
            "vektor.sampai_dengan",
            vektor.sampai_dengan,
            ([[1, 2, 3, 4]], "kumulatif", 4),
            {"strict": False},
        ),
        Entri("vektor.serapan", vektor.serapan, ([100], [50]), {"strict": False}),
        Entri(
            "vektor.tambah_kolom_kinerja",
            vektor.tambah_kolom_kinerja,
            (df,),
            {
                "target": "target",
                "realisasi": "realisasi",
                "polaritas": "polaritas",
                "rumus_negatif": "rasio",
                "target_atas": "atas",
                "penyebut": "dari",
                "kumulasi": None,
                "triwulan": None,
                "pagu": "pagu",
                "realisasi_anggaran": "ra",
                "skala": SKALA_LKJ,
                "maksimum": None,
                "minimum": None,
                "kolom_alasan": "alasan",
                "strict": False,
            },
        ),
    ]


PERINGATAN: tuple[type[Warning], ...] = (KalenderBelumLengkap,)
"""Peringatan pustaka yang boleh keluar (``-W error`` menjadikannya galat)."""
if ADA_PANDAS:
    from kinerja.vektor import BarisTidakSah

    PERINGATAN += (BarisTidakSah,)

SAPUAN: list[Entri] = (
    _entri_kinerja() + entri_evaluasi(Entri) + (_entri_vektor() if ADA_PANDAS else [])
)
PER_NAMA = {e.nama: e for e in SAPUAN}
assert len(PER_NAMA) == len(SAPUAN), "nama entri sapuan ganda"


# ---------------------------------------------------------------- cakupan


def _metode_publik(kelas: type) -> Iterator[str]:
    for nama, isi in vars(kelas).items():
        if nama.startswith("_"):
            continue
        if isinstance(isi, (classmethod, staticmethod)) or inspect.isfunction(isi):
            yield f"{kelas.__name__}.{nama}"


def nama_publik_dapat_dipanggil() -> set[str]:
    """Setiap nama publik yang dapat dipanggil, dihitung dari ``__all__``."""
    modul: list[tuple[str, Any]] = [("", kinerja)]
    if ADA_PANDAS:
        from kinerja import vektor

        modul.append(("vektor.", vektor))
    nama: set[str] = set()
    for awalan, m in modul:
        for n in m.__all__:
            obj = getattr(m, n)
            if not callable(obj) or (isinstance(obj, type) and issubclass(obj, BaseException)):
                continue
            nama.add(awalan + n)
            if isinstance(obj, type):
                nama.update(awalan + x for x in _metode_publik(obj))
    return nama


TAMBAHAN = {"hari_kerja.nama_libur"}
"""Entri untuk nama publik modul yang tidak diekspor ``kinerja``."""


def test_setiap_nama_publik_tercakup() -> None:
    dasar = {n.split("(")[0] for n in PER_NAMA} - TAMBAHAN
    kurang = nama_publik_dapat_dipanggil() - dasar
    assert not kurang, f"nama publik tanpa entri sapuan: {sorted(kurang)}"
    # dan tidak ada entri basi untuk nama yang sudah tidak publik
    assert dasar <= nama_publik_dapat_dipanggil(), sorted(dasar - nama_publik_dapat_dipanggil())


def _parameter(entri: Entri) -> list[str]:
    """Nama parameter fungsi entri (enum: hanya ``value``; API fungsional enum bukan masukan)."""
    if isinstance(entri.fungsi, enum.EnumMeta):
        return ["value"]
    return [
        p.name
        for p in inspect.signature(entri.fungsi).parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


def _tersapu(entri: Entri) -> list[str]:
    param = _parameter(entri)
    return [param[i] for i in range(len(entri.args))] + list(entri.kwargs)


@pytest.mark.parametrize("entri", SAPUAN, ids=lambda e: e.nama)
def test_setiap_parameter_disapu(entri: Entri) -> None:
    if entri.nama == "KetepatanDokumenDesa":  # 'desa' disapu lewat entri kembarnya
        assert set(_parameter(entri)) - set(_tersapu(entri)) == {"desa"}
        return
    if entri.nama == "KetepatanDokumenDesa(desa)":
        return
    assert sorted(_tersapu(entri)) == sorted(_parameter(entri))


# ---------------------------------------------------------------- sapuan


@pytest.fixture(autouse=True)
def _terisolasi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Berkas yang mungkin ditulis jatuh di tmp_path; daftar skala dipulihkan sesudahnya."""
    monkeypatch.chdir(tmp_path)
    simpanan = dict(modul_skala._TERDAFTAR)
    simpanan_jawaban = dict(modul_jawaban._TERDAFTAR)
    yield
    modul_skala._TERDAFTAR.clear()
    modul_skala._TERDAFTAR.update(simpanan)
    modul_jawaban._TERDAFTAR.clear()
    modul_jawaban._TERDAFTAR.update(simpanan_jawaban)


def _panggil(entri: Entri, posisi: int | str, nilai: object) -> None:
    daftar = list(entri.args)
    kata_kunci = dict(entri.kwargs)
    if isinstance(posisi, int):
        daftar[posisi] = nilai
    else:
        kata_kunci[posisi] = nilai
    with contextlib.suppress(KinerjaError, *PERINGATAN):
        entri.fungsi(*daftar, **kata_kunci)
    modul_skala._TERDAFTAR.pop("sapuan-sampah", None)
    modul_jawaban._TERDAFTAR.pop("sapuan-sampah-jawaban", None)


def _semua_posisi() -> list[tuple[str, int | str]]:
    posisi: list[tuple[str, int | str]] = []
    for e in SAPUAN:
        posisi += [(e.nama, i) for i in range(len(e.args))]
        posisi += [(e.nama, k) for k in e.kwargs]
    return posisi


@pytest.mark.parametrize("entri", SAPUAN, ids=lambda e: e.nama)
def test_panggilan_sah_berhasil(entri: Entri) -> None:
    entri.fungsi(*entri.args, **entri.kwargs)


@pytest.mark.parametrize(("nama", "posisi"), _semua_posisi())
def test_sampah_hanya_memunculkan_galat_kinerja(nama: str, posisi: int | str) -> None:
    entri = PER_NAMA[nama]
    for nilai in SAMPAH:
        try:
            _panggil(entri, posisi, nilai)
        except Exception as e:  # pragma: no cover - pesan kegagalan yang jelas
            raise AssertionError(f"{nama}[{posisi!r}] = {nilai!r} → {e!r}") from e


@pytest.mark.parametrize(("nama", "posisi"), _semua_posisi())
@settings(max_examples=25)
@given(nilai=sampah)
def test_sampah_acak_hanya_memunculkan_galat_kinerja(
    nama: str, posisi: int | str, nilai: Any
) -> None:
    _panggil(PER_NAMA[nama], posisi, nilai)


@given(st.text(max_size=40))
def test_teks_acak_ke_baca_angka_dan_kode(teks: str) -> None:
    for fungsi in (kinerja.baca_angka, kinerja.KodeRekening.parse, kinerja.Triwulan.dari):
        with contextlib.suppress(KinerjaError):
            fungsi(teks)


def test_semua_galat_turunan_bawaan() -> None:
    for nama in kinerja.__all__:
        obj = getattr(kinerja, nama)
        if isinstance(obj, type) and issubclass(obj, KinerjaError) and obj is not KinerjaError:
            assert issubclass(obj, (ValueError, TypeError, ImportError)), nama


# ------------------------------------------- sampah yang menggagalkan repr() di pesan galat


def _bersarang(kedalaman: int) -> list[Any]:
    x: list[Any] = []
    for _ in range(kedalaman):
        x = [x]
    return x


class _ReprGagal:
    def __repr__(self) -> str:
        raise ValueError("repr gagal")


SAMPAH_REPR: list[object] = [_bersarang(100_000), 10**5000, _ReprGagal()]
"""Nilai yang membuat ``repr`` biasa gagal (RecursionError; ValueError batas digit int; __repr__
milik pengguna): pesan galat pustaka harus tetap terbentuk (``galat.tampil_aman``)."""


def _modul_asal(galat: BaseException) -> str:
    modul = "?"
    tb = galat.__traceback__
    while tb is not None:
        nama = tb.tb_frame.f_globals.get("__name__", "")
        if nama.startswith("kinerja"):
            modul = nama
        tb = tb.tb_next
    return modul


@pytest.mark.parametrize(("nama", "posisi"), _semua_posisi())
def test_repr_gagal_tetap_galat_pustaka(nama: str, posisi: int | str) -> None:
    entri = PER_NAMA[nama]
    bocor: list[str] = []
    for nilai in SAMPAH_REPR:
        try:
            _panggil(entri, posisi, nilai)
        except KinerjaError:
            continue
        except Exception as e:
            bocor.append(f"{type(e).__name__} di {_modul_asal(e)}")
    assert not bocor, f"{nama}[{posisi!r}]: {bocor}"


def test_tampil_aman_selalu_menghasilkan_teks() -> None:
    from kinerja.galat import tampil_aman

    for nilai in [*SAMPAH_REPR, *SAMPAH]:
        assert isinstance(tampil_aman(nilai), str)
        assert len(tampil_aman(nilai)) < 200
    assert tampil_aman("positip") == "'positip'"  # nilai biasa tampil seperti repr
    assert tampil_aman(Decimal("1.5")) == "Decimal('1.5')"


def test_angka_repr_gagal_galat_pustaka() -> None:
    for nilai in SAMPAH_REPR:
        with pytest.raises(KinerjaError):
            kinerja.ke_desimal(nilai)


def test_baris_repr_gagal_galat_pustaka() -> None:
    for nilai in SAMPAH_REPR:
        with pytest.raises(KinerjaError):
            kinerja.BarisIndikator(nama="x", realisasi_dari=nilai)


@pytest.mark.skipif(not ADA_PANDAS, reason="pandas tidak terpasang")
def test_vektor_repr_gagal_galat_pustaka() -> None:
    from kinerja import vektor

    for nilai in SAMPAH_REPR:
        with pytest.raises(KinerjaError):
            vektor.bulatkan([1], nilai)  # type: ignore[arg-type]
