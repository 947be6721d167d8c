"""Antarmuka publik ``kinerja`` untuk pemeriksa jenis; saat berjalan, :mod:`kinerja` memuat
setiap nama ini malas dari stub ini (``lazy_loader.attach_stub``): aturan dimuat saat
pertama dipakai.
"""

from .anggaran import Anggaran, efisiensi, serapan, serapan_total
from .angka import AngkaMasukan, baca_angka, dari_float, ke_desimal
from .capaian import (
    RumusNegatif,
    capaian,
    capaian_agregat,
    rata_rata_capaian,
    rata_rata_tertimbang,
)
from .desa import DokumenDesa, persentase_tepat_waktu, tepat_waktu
from .fasilitasi import RekapFasilitasi
from .galat import (
    AnggaranMelebihiPagu,
    BerkasTidakSah,
    DataTidakAda,
    ExtraTidakTerpasang,
    FormatAngkaSalah,
    InputTidakSah,
    KalenderBelumLengkap,
    KalenderBelumTersedia,
    KinerjaError,
    KodeRekeningSalah,
    NilaiDiLuarSkala,
    NilaiLamaNol,
    PaguNol,
    RealisasiNol,
    SatuanTidakCocok,
    SkalaTidakSah,
    TahunTidakSah,
    TargetNol,
    TipeTidakSah,
)
from .hari_kerja import (
    HARI_KERJA_LAPORAN,
    adalah_hari_kerja,
    batas_waktu_laporan,
    cuti_bersama_tersedia,
    tambah_hari_kerja,
)
from .ikm import UNSUR_IKM, ikm, nrr
from .ikm_jawaban import nilai_jawaban_ikm
from .indikator import Indikator, Kumulasi, Polaritas, Realisasi, Target
from .kode_rekening import KodeRekening, TingkatKode
from .kumulasi import sampai_dengan
from .label_periode import LabelPeriode, baca_label_periode
from .laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from .laporan.berkas import (
    baca_laporan,
    baca_laporan_teks,
    tulis_laporan,
    tulis_laporan_teks,
)
from .laporan.cetakan import LabelTercetak, RumusTercetak
from .laporan.contoh import CONTOH, muat_contoh, teks_contoh
from .laporan.cost_per_outcome import TabelCostPerOutcome
from .laporan.model import (
    BarisAnggaran,
    BarisIndikator,
    KetepatanDokumenDesa,
    Laporan,
    NilaiTriwulan,
    TanggalDokumenDesa,
    TercetakAnggaran,
    TercetakIndikator,
    TercetakRingkasan,
    Unit,
)
from .laporan.periksa import Temuan, periksa
from .laporan.pohon import PohonAnggaran, SimpulAnggaran
from .laporan.ringkasan import Ringkasan
from .laporan.sajian import Sajian
from .laporan.tabel import HasilLaporan, hitung
from .laporan.tabel_capaian import TabelCapaian
from .laporan.tabel_keuangan import TabelKeuangan
from .laporan.tabel_renstra import TabelRenstra
from .laporan.tabel_riwayat import TabelRiwayat
from .lke import (
    BOBOT_LKE_2015,
    BOBOT_LKE_2021,
    BobotKomponen,
    KerangkaLogis,
    PelanggaranKerangkaLogis,
    saran_nilai_lke,
    skor_subkomponen,
)
from .lke_jawaban import (
    JAWABAN_AA_E,
    JAWABAN_YT_AE,
    SKALA_JAWABAN,
    SkalaJawaban,
    daftarkan_skala_jawaban,
    skala_jawaban,
)
from .lke_lembar import Komponen, Kriteria, LembarKerja, MetodeLKE, Subkomponen
from .periode import Periode, Triwulan
from .persen import persen
from .perubahan import ArahPerubahan, arah_perubahan, perubahan, selisih_poin
from .predikat import (
    SKALA_AKIP,
    SKALA_IKM,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    Pita,
    SkalaPredikat,
    predikat,
)
from .skala_terdaftar import SKALA, daftarkan_skala, skala
from .teks_angka import (
    bulatkan,
    format_angka,
    format_persen,
    format_rupiah,
    tulis_angka_tepat,
)
from .ungkapan import hitung_ungkapan

__all__ = [
    "BATAS_BAWAAN",
    "BOBOT_LKE_2015",
    "BOBOT_LKE_2021",
    "CONTOH",
    "HARI_KERJA_LAPORAN",
    "JAWABAN_AA_E",
    "JAWABAN_YT_AE",
    "SKALA",
    "SKALA_AKIP",
    "SKALA_IKM",
    "SKALA_JAWABAN",
    "SKALA_LKJ",
    "SKALA_PERMENDAGRI_86_2017",
    "UNSUR_IKM",
    "Anggaran",
    "AnggaranMelebihiPagu",
    "AngkaMasukan",
    "ArahPerubahan",
    "BarisAnggaran",
    "BarisIndikator",
    "BatasBerkas",
    "BerkasTidakSah",
    "BobotKomponen",
    "DataTidakAda",
    "DokumenDesa",
    "ExtraTidakTerpasang",
    "FormatAngkaSalah",
    "HasilLaporan",
    "Indikator",
    "InputTidakSah",
    "KalenderBelumLengkap",
    "KalenderBelumTersedia",
    "KerangkaLogis",
    "KetepatanDokumenDesa",
    "KinerjaError",
    "KodeRekening",
    "KodeRekeningSalah",
    "Komponen",
    "Kriteria",
    "Kumulasi",
    "LabelPeriode",
    "LabelTercetak",
    "Laporan",
    "LembarKerja",
    "MetodeLKE",
    "NilaiDiLuarSkala",
    "NilaiLamaNol",
    "NilaiTriwulan",
    "PaguNol",
    "PelanggaranKerangkaLogis",
    "Periode",
    "Pita",
    "PohonAnggaran",
    "Polaritas",
    "Realisasi",
    "RealisasiNol",
    "RekapFasilitasi",
    "Ringkasan",
    "RumusNegatif",
    "RumusTercetak",
    "Sajian",
    "SatuanTidakCocok",
    "SimpulAnggaran",
    "SkalaJawaban",
    "SkalaPredikat",
    "SkalaTidakSah",
    "Subkomponen",
    "TabelCapaian",
    "TabelCostPerOutcome",
    "TabelKeuangan",
    "TabelRenstra",
    "TabelRiwayat",
    "TahunTidakSah",
    "TanggalDokumenDesa",
    "Target",
    "TargetNol",
    "Temuan",
    "TercetakAnggaran",
    "TercetakIndikator",
    "TercetakRingkasan",
    "TingkatKode",
    "TipeTidakSah",
    "Triwulan",
    "Unit",
    "adalah_hari_kerja",
    "arah_perubahan",
    "baca_angka",
    "baca_label_periode",
    "baca_laporan",
    "baca_laporan_teks",
    "batas_waktu_laporan",
    "bulatkan",
    "capaian",
    "capaian_agregat",
    "cuti_bersama_tersedia",
    "daftarkan_skala",
    "daftarkan_skala_jawaban",
    "dari_float",
    "efisiensi",
    "format_angka",
    "format_persen",
    "format_rupiah",
    "hitung",
    "hitung_ungkapan",
    "ikm",
    "ke_desimal",
    "muat_contoh",
    "nilai_jawaban_ikm",
    "nrr",
    "periksa",
    "persen",
    "persentase_tepat_waktu",
    "perubahan",
    "predikat",
    "rata_rata_capaian",
    "rata_rata_tertimbang",
    "sampai_dengan",
    "saran_nilai_lke",
    "selisih_poin",
    "serapan",
    "serapan_total",
    "skala",
    "skala_jawaban",
    "skor_subkomponen",
    "tambah_hari_kerja",
    "teks_contoh",
    "tepat_waktu",
    "tulis_angka_tepat",
    "tulis_laporan",
    "tulis_laporan_teks",
]

__version__: str
