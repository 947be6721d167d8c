"""Uji untuk mutan yang selamat di hitungan penuh modul aturan isu 8 kecil (``persen``,
``predikat``, ``skala_terdaftar``, ``kumulasi``, ``anggaran``, ``fasilitasi``, ``angka``; lihat
docs/mutasi.md): nama isian di pesan, daftar nama desa kembar yang dipotong di sepuluh, kesamaan
dan hash rekap fasilitasi, dan pembulatan skala ber-``tempat_desimal`` di tepi cakupannya."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from kinerja import NilaiDiLuarSkala, Pita, SkalaPredikat, predikat
from kinerja.anggaran import efisiensi, serapan_total
from kinerja.angka import ke_desimal
from kinerja.besaran import persen_teruji
from kinerja.desa import DokumenDesa, persentase_tepat_waktu
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import (
    DataTidakAda,
    InputTidakSah,
    KalenderBelumLengkap,
    KinerjaError,
    SkalaTidakSah,
    TipeTidakSah,
)
from kinerja.hari_kerja import nama_libur, tambah_hari_kerja
from kinerja.indikator import Indikator, Kumulasi, Realisasi, Target
from kinerja.kode_rekening import KodeRekening, urai_baku
from kinerja.periode import TAHUN_MAKSIMUM, TAHUN_MINIMUM, Periode, Triwulan
from kinerja.teks_angka import tulis_angka_tepat

# --- anggaran ---------------------------------------------------------------------------------


def test_serapan_total_bukan_daftar_menyebut_isinya() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'anggaran' harus daftar Anggaran"):
        serapan_total("abc")  # type: ignore[arg-type]


def test_efisiensi_menyebut_isian() -> None:
    with pytest.raises(KinerjaError, match=r"'capaian_kinerja'"):
        efisiensi("abc", 5)
    with pytest.raises(KinerjaError, match=r"'serapan_anggaran'"):
        efisiensi(5, "abc")


# --- fasilitasi -------------------------------------------------------------------------------


def test_rekap_kosong_menyebut_sebabnya() -> None:
    with pytest.raises(DataTidakAda, match=r"^'desa' kosong: persentase fasilitasi butuh"):
        RekapFasilitasi([], {"x": []})
    with pytest.raises(DataTidakAda, match=r"^'centang' kosong: tidak ada aktivitas"):
        RekapFasilitasi(["A"], {})


def _nama(n: int) -> list[str]:
    return [f"Desa {i:02d}" for i in range(n)]


def test_sepuluh_nama_kembar_disebut_semua() -> None:
    with pytest.raises(InputTidakSah) as info:
        RekapFasilitasi(_nama(10) * 2, {"x": [True] * 20})
    assert str(info.value) == "'desa' memuat nama kembar: " + ", ".join(repr(d) for d in _nama(10))


def test_sebelas_nama_kembar_dipotong_di_sepuluh() -> None:
    with pytest.raises(InputTidakSah) as info:
        RekapFasilitasi(_nama(11) * 2, {"x": [True] * 22})
    assert (
        str(info.value)
        == "'desa' memuat nama kembar: " + ", ".join(repr(d) for d in _nama(10)) + ", …"
    )


def test_nilai_tercetak_kegiatan_asing_menyebut_yang_pertama() -> None:
    with pytest.raises(InputTidakSah, match=r"tidak ada di rekap: 'p'$"):
        RekapFasilitasi(["A", "B"], {"x": [True, False]}, nilai_tercetak={"p": 1, "q": 2})


def test_kesamaan_dan_hash_rekap_memandang_centang() -> None:
    r1 = RekapFasilitasi(["A", "B"], {"x": [True, False]})
    sama = RekapFasilitasi(["A", "B"], {"x": [True, False]})
    lain = RekapFasilitasi(["A", "B"], {"x": [True, True]})
    assert r1 == sama
    assert r1 != lain  # desa sama, centang beda
    assert len({r1, sama, lain}) == 2


# --- predikat: skala ber-tempat_desimal -------------------------------------------------------


def test_ikm_dibulatkan_dulu_di_pita_terbawah() -> None:
    """IKM diputuskan atas angka tercetak dua desimal: 64,995 tercetak 65,00 → C (65,00–76,60),
    sedangkan 64,994 tercetak 64,99 → D."""
    assert predikat("64,995", "ikm").label == "C"
    assert predikat("64,994", "ikm").label == "D"


def test_pita_teratas_terbuka_dibulatkan_dulu() -> None:
    """99,996 tercetak 100,00, di luar [0, 100): angka tercetak yang memutuskan."""
    skala = SkalaPredikat(
        "uji", (Pita("B", 0, 50), Pita("A", 50, 100, termasuk_atas=False)), tempat_desimal=2
    )
    assert predikat("99,994", skala).label == "A"
    with pytest.raises(NilaiDiLuarSkala, match=r"nilai 100\.00 di luar skala 'uji'"):
        predikat("99,996", skala)


# --- indikator --------------------------------------------------------------------------------


def test_kumulasi_akhir_dibaca_dan_ditulis_sebagai_teksnya() -> None:
    """Nilai enum adalah bentuk tertulisnya di berkas TOML/JSON (``kumulasi = "akhir"``)."""
    assert Kumulasi("akhir") is Kumulasi.AKHIR
    assert Kumulasi.dari("akhir") is Kumulasi.AKHIR
    assert [k.value for k in Kumulasi] == ["kumulatif", "akhir", "rata-rata"]


def test_satuan_dirapikan_dengan_satu_spasi() -> None:
    assert Target(1, satuan="  dokumen   desa ").satuan == "dokumen desa"
    assert Realisasi(1, satuan="Desa\tDinas").satuan == "Desa Dinas"


@pytest.mark.parametrize(
    ("buat", "nama"),
    [
        (lambda: Target("abc"), "target"),
        (lambda: Realisasi("abc"), "realisasi"),
        (lambda: Target(1, atas="abc"), "atas"),
    ],
)
def test_target_dan_realisasi_menyebut_isian(buat: Any, nama: str) -> None:
    with pytest.raises(KinerjaError, match=rf"^'{nama}': teks 'abc' bukan angka"):
        buat()


def test_isian_kata_kunci_saja() -> None:
    """Argumen posisi berlebih tidak diam-diam menjadi batas atas, penyebut atau target TW."""
    with pytest.raises(TypeError):
        Target(1, None, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Realisasi(3, "Desa", 12)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Indikator("x", "Dokumen", (1, 2, 3, 4))  # type: ignore[call-arg, arg-type]


def test_realisasi_tanpa_penyebut_pesannya_rapi() -> None:
    with pytest.raises(InputTidakSah) as dengan_satuan:
        Realisasi(3, "Desa").sebagai_persen()
    assert str(dengan_satuan.value).startswith("realisasi 3 Desa tidak bisa dijadikan persen")
    with pytest.raises(InputTidakSah) as tanpa_satuan:
        Realisasi(3).sebagai_persen()
    assert str(tanpa_satuan.value).startswith("realisasi 3 tidak bisa dijadikan persen")


def test_target_triwulan_bukan_daftar_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'target_triwulan' harus daftar 4 target TW I–IV"):
        Indikator("x", target_triwulan="abc")


# --- desa -------------------------------------------------------------------------------------


def test_batas_waktu_menyebut_tahun_anggaran() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'tahun_anggaran' harus bilangan bulat"):
        DokumenDesa.RKPDES.batas_waktu("abc")  # type: ignore[arg-type]


def test_jumlah_desa_negatif_ditolak() -> None:
    with pytest.raises(InputTidakSah, match=r"^'jumlah_desa' harus >= 0 \(diberikan -1\)$"):
        persentase_tepat_waktu(-1, {})


def test_dokumen_yang_kurang_dipisah_koma() -> None:
    with pytest.raises(InputTidakSah, match=r"^'tepat' belum memuat dokumen APBDes, LPPDes$"):
        persentase_tepat_waktu(3, {DokumenDesa.RKPDES: 1})


# --- hari_kerja -------------------------------------------------------------------------------


def test_tanggal_di_ujung_rentang_kalender_diterima() -> None:
    nama_libur(datetime.date(TAHUN_MINIMUM, 6, 3))
    nama_libur(datetime.date(TAHUN_MAKSIMUM, 6, 3))
    for tahun in (TAHUN_MINIMUM - 1, TAHUN_MAKSIMUM + 1):
        with pytest.raises(InputTidakSah, match=r"^'tanggal' harus tanggal tahun 1945–2200"):
            nama_libur(datetime.date(tahun, 6, 3))


def test_mulai_bukan_tanggal_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'mulai' harus datetime\.date tanpa jam"):
        tambah_hari_kerja("2024-01-02", 5)  # type: ignore[arg-type]


def test_peringatan_kalender_tak_lengkap_menunjuk_pemanggil() -> None:
    """Tahun tanpa data cuti bersama: peringatannya menunjuk baris pemanggil, bukan kinerja."""
    with pytest.warns(KalenderBelumLengkap) as catatan:
        tambah_hari_kerja(datetime.date(2090, 1, 2), 5, kalender_tak_lengkap=True)
    assert [c.filename for c in catatan] == [__file__]


# --- besaran dan teks_angka -------------------------------------------------------------------


@pytest.mark.parametrize("keseluruhan", ["95.5", "1E+1", "95.45"])
def test_persen_nol_bereksponen_nol(keseluruhan: str) -> None:
    """0 / K memberi nol bereksponen (0E+1, 0E-1, 0E+2); hasilnya selalu Decimal('0') polos."""
    hasil = persen_teruji(Decimal(0), Decimal(keseluruhan))
    assert hasil.as_tuple() == Decimal(0).as_tuple()


def test_decimal_terlalu_panjang_dikutip_59_karakter() -> None:
    nilai = Decimal("1." + "1" * 80)
    with pytest.raises(InputTidakSah) as info:
        ke_desimal(nilai, "x")
    kutipan = repr(nilai)[:59] + "…"
    assert f"(diberikan {kutipan});" in str(info.value)
    assert str(info.value).startswith("'x' punya 81 digit bermakna")


def test_digit_bermakna_tanpa_nol_di_ujung() -> None:
    """1,111…1 (35 angka satu di belakang koma) diikuti lima nol: 36 digit bermakna, bukan 41."""
    with pytest.raises(InputTidakSah, match=r"^'x' punya 36 digit bermakna, lebih dari 34"):
        ke_desimal(Decimal("1." + "1" * 35 + "0" * 5), "x")


def test_nol_bereksponen_di_luar_rentang_menyebut_rentangnya() -> None:
    with pytest.raises(InputTidakSah) as info:
        ke_desimal(Decimal("0E+30"), "x")
    assert str(info.value) == (
        "'x' bernilai nol dengan eksponen di luar −57 … 23 (diberikan Decimal('0E+30')); tulis 0"
    )


def test_tulis_angka_tepat_menyebut_x() -> None:
    with pytest.raises(KinerjaError, match=r"^'x': teks 'abc' bukan angka"):
        tulis_angka_tepat("abc")


# --- periode ----------------------------------------------------------------------------------


@pytest.mark.parametrize("triwulan", [None, *Triwulan])
def test_awal_periode_selalu_1_januari(triwulan: Triwulan | None) -> None:
    """Laporan bersifat "s.d. TW n": setiap periode mulai 1 Januari tahunnya."""
    assert Periode(2024, triwulan).awal == datetime.date(2024, 1, 1)


# --- kode_rekening dan skala_predikat ---------------------------------------------------------


def test_segmen_bukan_daftar_menyebut_isinya() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'segmen' harus daftar teks segmen"):
        KodeRekening(5)


def test_urai_baku_teks_tak_baku_lewat_pengurai_umum() -> None:
    """Teks yang tidak berbentuk baku (spasi di tepi) tetap diurai oleh KodeRekening.parse."""
    assert urai_baku(" 7.01.01 ") == KodeRekening.parse("7.01.01")


def test_pita_menyebut_isian() -> None:
    with pytest.raises(SkalaTidakSah, match=r"^'keterangan' tidak boleh kosong"):
        Pita("A", 0, 1, keterangan="")
    with pytest.raises(KinerjaError, match=r"^'nilai': teks 'abc' bukan angka"):
        Pita("A", 0, 1).memuat("abc")


def test_isian_pita_sesudah_atas_hanya_kata_kunci() -> None:
    """Argumen posisi keempat tidak diam-diam menjadi termasuk_atas atau keterangan."""
    for keempat in (True, "Sangat Baik"):
        with pytest.raises(TypeError, match="positional"):
            Pita("A", 0, 1, keempat)  # type: ignore[call-arg, arg-type]


@pytest.mark.parametrize("tempat", [0, 10])
def test_tempat_desimal_0_sampai_10_sah(tempat: int) -> None:
    assert SkalaPredikat("s", (Pita("A", 0, 1),), tempat_desimal=tempat).tempat_desimal == tempat


@pytest.mark.parametrize("tempat", [11, -1, True, "1"])
def test_tempat_desimal_di_luar_0_sampai_10_ditolak(tempat: object) -> None:
    with pytest.raises(SkalaTidakSah, match=r"^'tempat_desimal' harus bilangan bulat 0–10"):
        SkalaPredikat("s", (Pita("A", 0, 1),), tempat_desimal=tempat)


def test_skala_pita_bukan_daftar_menyebut_isinya() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'pita' harus daftar Pita"):
        SkalaPredikat("s", "abc")


def test_tempat_desimal_skala_hanya_kata_kunci() -> None:
    with pytest.raises(TypeError):
        SkalaPredikat("s", (Pita("A", 0, 1),), 2)  # type: ignore[call-arg]


def test_batas_skala_tempat_desimal_diperiksa_kecuali_tak_terbatas() -> None:
    terbuka = SkalaPredikat("s", (Pita("B", None, 50), Pita("A", 50, None)), tempat_desimal=2)
    assert predikat("49,996", terbuka).label == "A"  # tercetak 50,00
    with pytest.raises(SkalaTidakSah, match=r"batas 50\.005 lebih teliti dari 2 tempat"):
        SkalaPredikat("s", (Pita("B", 0, "50,005"), Pita("A", "50,005", 100)), tempat_desimal=2)


def test_skala_ikm_25_sampai_100() -> None:
    """PermenPANRB 14/2017: interval konversi IKM 25–100, kedua ujungnya termasuk."""
    assert predikat(25, "ikm").label == "D"
    assert predikat(100, "ikm").label == "A"
    for di_luar in ("24,99", "100,01"):
        with pytest.raises(NilaiDiLuarSkala):
            predikat(di_luar, "ikm")


def test_dari_ambang_keterangan_bukan_daftar_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'keterangan' harus daftar teks"):
        SkalaPredikat.dari_ambang("s", [50], ["B", "A"], keterangan="abc")
