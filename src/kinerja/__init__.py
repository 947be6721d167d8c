"""kinerja — aritmetika akuntabilitas kinerja pemerintah Indonesia (SAKIP), tepat dengan Decimal.

Capaian indikator, kumulasi triwulan, anggaran dan serapan, predikat, dokumen desa tepat waktu,
rekap fasilitasi, batas waktu laporan, dan angka bernotasi Indonesia.

>>> from kinerja import capaian, bulatkan, format_persen
>>> format_persen(capaian("95,45", "95,27"))
'99,81%'
"""

from kinerja.anggaran import Anggaran, efisiensi, serapan
from kinerja.angka import (
    AngkaMasukan,
    baca_angka,
    bulatkan,
    dari_float,
    format_angka,
    format_persen,
    format_rupiah,
    ke_desimal,
    tulis_angka,
)
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
    PaguNol,
    RealisasiNol,
    SatuanTidakCocok,
    SkalaTidakSah,
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
from kinerja.indikator import Indikator, Kumulasi, Polaritas, Realisasi, Target
from kinerja.kode_rekening import KodeRekening, TingkatKode
from kinerja.kumulasi import sampai_dengan
from kinerja.laporan.model import (
    BarisAnggaran,
    BarisIndikator,
    DesaDokumen,
    DokumenDesaLaporan,
    Laporan,
    NilaiTriwulan,
    Tercetak,
    TercetakLaporan,
    Unit,
)
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.laporan.pohon import PohonAnggaran, SimpulAnggaran
from kinerja.laporan.tabel import HasilLaporan, hitung
from kinerja.periode import Periode, Triwulan
from kinerja.predikat import (
    SKALA,
    SKALA_AKIP,
    SKALA_LKJ,
    SKALA_PERMENDAGRI_86_2017,
    Pita,
    SkalaPredikat,
    predikat,
)

__all__ = [
    "HARI_KERJA_LAPORAN",
    "SKALA",
    "SKALA_AKIP",
    "SKALA_LKJ",
    "SKALA_PERMENDAGRI_86_2017",
    "Anggaran",
    "AnggaranMelebihiPagu",
    "AngkaMasukan",
    "BarisAnggaran",
    "BarisIndikator",
    "BerkasTidakSah",
    "DataTidakAda",
    "DesaDokumen",
    "DokumenDesa",
    "DokumenDesaLaporan",
    "ExtraTidakTerpasang",
    "FormatAngkaSalah",
    "HasilLaporan",
    "Indikator",
    "InputTidakSah",
    "KalenderBelumLengkap",
    "KalenderBelumTersedia",
    "KinerjaError",
    "KodeRekening",
    "KodeRekeningSalah",
    "Kumulasi",
    "Laporan",
    "NilaiDiLuarSkala",
    "NilaiTriwulan",
    "PaguNol",
    "Periode",
    "Pita",
    "PohonAnggaran",
    "Polaritas",
    "Realisasi",
    "RealisasiNol",
    "RekapFasilitasi",
    "RumusNegatif",
    "SatuanTidakCocok",
    "SimpulAnggaran",
    "SkalaPredikat",
    "SkalaTidakSah",
    "Target",
    "TargetNol",
    "Temuan",
    "Tercetak",
    "TercetakLaporan",
    "TingkatKode",
    "TipeTidakSah",
    "Triwulan",
    "Unit",
    "adalah_hari_kerja",
    "baca_angka",
    "batas_waktu_laporan",
    "bulatkan",
    "capaian",
    "capaian_agregat",
    "cuti_bersama_tersedia",
    "dari_float",
    "efisiensi",
    "format_angka",
    "format_persen",
    "format_rupiah",
    "hitung",
    "ke_desimal",
    "periksa",
    "persentase_tepat_waktu",
    "predikat",
    "rata_rata_capaian",
    "rata_rata_tertimbang",
    "sampai_dengan",
    "serapan",
    "tambah_hari_kerja",
    "tepat_waktu",
    "tulis_angka",
]

__version__ = "0.1.0"
