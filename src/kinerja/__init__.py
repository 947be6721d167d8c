"""kinerja — aritmetika akuntabilitas kinerja pemerintah Indonesia (SAKIP), tepat dengan Decimal.

Capaian indikator, kumulasi triwulan, anggaran dan serapan, predikat, dokumen desa tepat waktu,
rekap fasilitasi, batas waktu laporan, dan angka bernotasi Indonesia.

>>> from kinerja import capaian, bulatkan, format_persen
>>> format_persen(capaian("95,45", "95,27"))
'99,81%'
"""

from kinerja.anggaran import Anggaran, efisiensi, serapan, serapan_total
from kinerja.angka import AngkaMasukan, baca_angka, dari_float, ke_desimal
from kinerja.capaian import (
    RumusNegatif,
    capaian,
    capaian_agregat,
    rata_rata_capaian,
    rata_rata_tertimbang,
)
from kinerja.desa import DokumenDesa, persentase_tepat_waktu, tepat_waktu
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import (
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
from kinerja.hari_kerja import (
    HARI_KERJA_LAPORAN,
    adalah_hari_kerja,
    batas_waktu_laporan,
    cuti_bersama_tersedia,
    tambah_hari_kerja,
)
from kinerja.ikm import UNSUR_IKM, ikm, nrr
from kinerja.ikm_jawaban import nilai_jawaban_ikm
from kinerja.indikator import Indikator, Kumulasi, Polaritas, Realisasi, Target
from kinerja.kode_rekening import KodeRekening, TingkatKode
from kinerja.kumulasi import sampai_dengan
from kinerja.label_periode import LabelPeriode, baca_label_periode
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from kinerja.laporan.berkas import (
    baca_laporan,
    baca_laporan_teks,
    tulis_laporan,
    tulis_laporan_teks,
)
from kinerja.laporan.cetakan import LabelTercetak, RumusTercetak
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.cost_per_outcome import TabelCostPerOutcome
from kinerja.laporan.model import (
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
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.pohon import PohonAnggaran, SimpulAnggaran
from kinerja.laporan.ringkasan import Ringkasan
from kinerja.laporan.sajian import Sajian
from kinerja.laporan.tabel import HasilLaporan, hitung
from kinerja.laporan.tabel_capaian import TabelCapaian
from kinerja.laporan.tabel_keuangan import TabelKeuangan
from kinerja.laporan.tabel_renstra import TabelRenstra
from kinerja.laporan.tabel_riwayat import TabelRiwayat
from kinerja.lke import (
    BOBOT_LKE_2015,
    BOBOT_LKE_2021,
    BobotKomponen,
    KerangkaLogis,
    PelanggaranKerangkaLogis,
    saran_nilai_lke,
    skor_subkomponen,
)
from kinerja.lke_jawaban import (
    JAWABAN_AA_E,
    JAWABAN_YT_AE,
    SKALA_JAWABAN,
    SkalaJawaban,
    daftarkan_skala_jawaban,
    skala_jawaban,
)
from kinerja.lke_lembar import Komponen, Kriteria, LembarKerja, MetodeLKE, Subkomponen
from kinerja.periode import Periode, Triwulan
from kinerja.persen import persen
from kinerja.perubahan import ArahPerubahan, arah_perubahan, perubahan, selisih_poin
from kinerja.predikat import (
    SKALA_AKIP,
    SKALA_IKM,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    Pita,
    SkalaPredikat,
    predikat,
)
from kinerja.skala_terdaftar import SKALA, daftarkan_skala, skala
from kinerja.teks_angka import (
    bulatkan,
    format_angka,
    format_persen,
    format_rupiah,
    tulis_angka_tepat,
)
from kinerja.ungkapan import hitung_ungkapan

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

__version__ = "0.1.0"
