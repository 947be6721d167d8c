"""Uji untuk mutan yang selamat di sampel aturan isu 9, 10, 13 (``benchmarks/mutasi.py
perubahan renstra ikm ikm_jawaban lke lke_jawaban lke_lembar label_periode ungkapan --sampel 10
--benih 30``; lihat docs/mutasi.md). Setiap uji menegaskan perilaku yang terlihat pemakai: nama
isian di pesan galat, batas panjang, operator tertulis, kode kriteria lembar kerja."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja.galat import DataTidakAda, InputTidakSah, KinerjaError, TipeTidakSah
from kinerja.ikm import UNSUR_IKM, ikm
from kinerja.ikm_jawaban import nilai_jawaban_ikm
from kinerja.indikator import Kumulasi
from kinerja.label_periode import LabelPeriode, baca_label_periode, label_sesuai
from kinerja.lke import BobotKomponen, KerangkaLogis, saran_nilai_lke
from kinerja.lke_jawaban import (
    JAWABAN_YT_AE,
    SkalaJawaban,
    daftarkan_skala_jawaban,
    skala_jawaban,
)
from kinerja.lke_lembar import Komponen, Kriteria, LembarKerja, Subkomponen
from kinerja.periode import TAHUN_MAKSIMUM, TAHUN_MINIMUM, Periode
from kinerja.perubahan import arah_perubahan, perubahan, selisih_poin
from kinerja.renstra import (
    deret_sebelumnya,
    realisasi_sampai_tahun,
    serapan_renstra,
    tingkat_capaian_renstra,
)
from kinerja.ungkapan import PANJANG_MAKSIMUM, hitung_ungkapan


@pytest.mark.parametrize("fungsi", [selisih_poin, perubahan, arah_perubahan])
def test_perubahan_menyebut_isian_lama_dan_baru(fungsi: object) -> None:
    assert callable(fungsi)
    with pytest.raises(KinerjaError, match="'lama'"):
        fungsi("abc", 5)
    with pytest.raises(KinerjaError, match="'baru'"):
        fungsi(5, "abc")


def test_realisasi_sampai_tahun_menyebut_isian_dan_sebabnya() -> None:
    with pytest.raises(TipeTidakSah, match=r"nilai_per_tahun.*realisasi per tahun"):
        realisasi_sampai_tahun("80", "kumulatif")
    with pytest.raises(DataTidakAda, match="tidak ada realisasi tahunan"):
        realisasi_sampai_tahun([None, None], "kumulatif")


def test_tingkat_capaian_renstra_menyebut_isian() -> None:
    with pytest.raises(KinerjaError, match="'target_akhir'"):
        tingkat_capaian_renstra("abc", 5)
    with pytest.raises(KinerjaError, match="'realisasi_sd'"):
        tingkat_capaian_renstra(40, "abc")


def test_deret_sebelumnya_satu_tahun_sah_nol_ditolak() -> None:
    assert deret_sebelumnya(Decimal(80), Kumulasi.RATA_RATA, 1) == (Decimal(80),)
    assert deret_sebelumnya(Decimal(80), Kumulasi.KUMULATIF, 1) == (Decimal(80),)
    with pytest.raises(InputTidakSah, match="banyak_tahun"):
        deret_sebelumnya(Decimal(80), Kumulasi.RATA_RATA, 0)


def test_ikm_bobot_tidak_sah_menyebut_isian_bobot() -> None:
    with pytest.raises(KinerjaError, match="'bobot'"):
        ikm(jumlah_per_unsur=[32, 30, 31], responden=10, bobot="abc")


def test_bobot_komponen_nama_dirapikan() -> None:
    b = BobotKomponen("  Perencanaan   Kinerja ", [(" Dokumen  Renstra", 6), ("Rencana Aksi", 4)])
    assert b.nama == "Perencanaan Kinerja"
    assert [n for n, _ in b.subkomponen] == ["Dokumen Renstra", "Rencana Aksi"]
    assert b.bobot == 10


def test_kerangka_logis_menyebut_isian_kode() -> None:
    with pytest.raises(InputTidakSah, match="'kode'"):
        KerangkaLogis(" ", "1.a")


def test_pilihan_skala_jawaban_dipisah_koma() -> None:
    with pytest.raises(InputTidakSah, match=r"pilihan: Y, T") as galat:
        JAWABAN_YT_AE.nilai("Z")
    assert "YT" not in str(galat.value)
    with pytest.raises(TipeTidakSah, match=r"teks seperti Y, T"):
        JAWABAN_YT_AE.nilai(5)  # type: ignore[arg-type]


def test_kode_sub_komponen_ke_27_dan_seterusnya_bernomor() -> None:
    # sub-komponen a–z, lalu nomor urutnya sendiri (27, 28), bukan huruf atau nomor lain
    sub = [Subkomponen(f"S{j}", 1, nilai="B") for j in range(28)]
    lembar = LembarKerja([Komponen("Perencanaan", sub)])
    kode = [lembar.kode(s) for s in sub]
    assert kode[:2] == ["1.a", "1.b"]
    assert kode[25] == "1.z"
    assert kode[26:] == ["1.27", "1.28"]


def test_ungkapan_sepanjang_batas_diterima_lebih_ditolak() -> None:
    tepat = "1+" * ((PANJANG_MAKSIMUM - 1) // 2) + "1"
    tepat = tepat + " " * (PANJANG_MAKSIMUM - len(tepat))
    assert len(tepat) == PANJANG_MAKSIMUM == 500
    assert hitung_ungkapan(tepat) == Decimal((PANJANG_MAKSIMUM - 1) // 2 + 1)
    with pytest.raises(InputTidakSah, match="terlalu panjang"):
        hitung_ungkapan(tepat + " ")


@pytest.mark.parametrize("kali", ["×", "x", "X", "*"])
def test_tanda_kali_tertulis(kali: str) -> None:
    assert hitung_ungkapan(f"3 {kali} 4") == 12


# --- sampel kedua (--benih 31 --kecuali sampel pertama) ---------------------------------------


def test_serapan_renstra_menyebut_isian() -> None:
    with pytest.raises(KinerjaError, match="'pagu_periode'"):
        serapan_renstra("abc", 5)
    with pytest.raises(KinerjaError, match="'realisasi_sd'"):
        serapan_renstra(100, "abc")


def test_unsur_ikm_sembilan_unsur_regulasi_berurutan() -> None:
    # DOMAIN.md §13 (PermenPANRB 14/2017), urutan regulasi, tanpa beda huruf
    regulasi = [
        "persyaratan",
        "sistem, mekanisme dan prosedur",
        "waktu penyelesaian",
        "biaya/tarif",
        "produk spesifikasi jenis pelayanan",
        "kompetensi pelaksana",
        "perilaku pelaksana",
        "penanganan pengaduan, saran dan masukan",
        "sarana dan prasarana",
    ]
    assert [u.lower() for u in UNSUR_IKM] == regulasi


def test_ikm_menyebut_isian_dan_syaratnya() -> None:
    with pytest.raises(KinerjaError, match="'responden' harus ≥ 1"):
        ikm(jumlah_per_unsur=[3, 3], responden=0)
    with pytest.raises(KinerjaError, match="'jumlah_per_unsur'"):
        ikm(jumlah_per_unsur="abc", responden=10)


def test_saran_lke_satu_kriteria() -> None:
    # > 75–100% → B; tidak ada yang terpenuhi → E (PermenPANRB 88/2021, DOMAIN.md §14)
    assert saran_nilai_lke(1, 1) == "B"
    assert saran_nilai_lke(0, 1) == "E"
    with pytest.raises(InputTidakSah, match="'jumlah' ≥ 1"):
        saran_nilai_lke(0, 0)


def test_pilihan_skala_jawaban_negatif_ditolak() -> None:
    with pytest.raises(InputTidakSah, match="≥ 0"):
        SkalaJawaban("coba", {"Y": 1, "T": "-0,5"})
    assert SkalaJawaban("coba", {"Y": 1, "T": 0}).nilai("t") == 0


def test_kode_kriteria_hanya_kata_kunci() -> None:
    assert Kriteria("Ada dokumen", "Y", kode="1.a.1").kode == "1.a.1"
    with pytest.raises(TypeError):
        Kriteria("Ada dokumen", "Y", "1.a.1")  # type: ignore[call-arg]


def test_komponen_tanpa_sub_komponen_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match="'subkomponen' kosong"):
        Komponen("Perencanaan", [])
    with pytest.raises(TipeTidakSah, match=r"^subkomponen \[0\] harus Subkomponen"):
        Komponen("Perencanaan", ["bukan sub-komponen"])
    with pytest.raises(TipeTidakSah, match=r"^'subkomponen' harus daftar Subkomponen"):
        Komponen("Perencanaan", "abc")


def test_skor_komponen_bukan_komponen_menyebut_isian() -> None:
    lembar = LembarKerja([Komponen("Perencanaan", [Subkomponen("S", 10, nilai="B")])])
    with pytest.raises(TipeTidakSah, match="'komponen'"):
        lembar.skor_komponen("Perencanaan")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "triwulan"),
    [("Triwulan I 2024", 1), ("Triwulan II 2024", 2), ("TW III 2024", 3), ("TW IV 2024", 4),
     ("Triwulan 2 Tahun 2024", 2)],
)  # fmt: skip
def test_label_triwulan_romawi_dan_angka(label: str, triwulan: int) -> None:
    hasil = baca_label_periode(label)
    assert hasil.triwulan is not None
    assert hasil.triwulan.value == triwulan
    assert hasil.tahun == 2024


@pytest.mark.parametrize("tahun", [TAHUN_MINIMUM, TAHUN_MAKSIMUM])
def test_label_tahun_di_batas_rentang_terbaca(tahun: int) -> None:
    assert baca_label_periode(f"Triwulan I {tahun}").tahun == tahun


@pytest.mark.parametrize(("ungkapan", "hasil"), [("12 ÷ 4", 3), ("12 : 4", 3), ("12 / 4", 3)])
def test_tanda_bagi_tertulis(ungkapan: str, hasil: int) -> None:
    assert hitung_ungkapan(ungkapan) == hasil


# --- sampel ketiga (--benih 32, tanpa mutan kedua sampel sebelumnya) ----------------------------


def test_arah_memburuk_bertuliskan_memburuk() -> None:
    arah = arah_perubahan("82,40", "80,10")
    assert str(arah) == "memburuk"
    assert arah_perubahan("9,2", "9,8", "negatif") is arah


def test_saran_lke_jumlah_bukan_bulat_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'jumlah' harus bilangan bulat"):
        saran_nilai_lke(1, "2")  # type: ignore[arg-type]


def test_skala_jawaban_nama_kosong_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match=r"^'nama' tidak boleh kosong"):
        daftarkan_skala_jawaban(" ", JAWABAN_YT_AE)
    with pytest.raises(InputTidakSah, match=r"^'skala' tidak boleh kosong"):
        skala_jawaban(" ")


def test_jawaban_kriteria_kosong_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match=r"^'jawaban' tidak boleh kosong"):
        Kriteria("Ada dokumen", " ")


def test_label_dua_triwulan_yang_terakhir_dipakai() -> None:
    # "Triwulan I s.d. Triwulan III": periode yang dilaporkan adalah triwulan terakhir yang disebut
    hasil = baca_label_periode("Triwulan I s.d. Triwulan III 2024")
    assert hasil.triwulan is not None
    assert hasil.triwulan.value == 3


def test_label_dua_tahun_yang_terakhir_dipakai() -> None:
    assert baca_label_periode("Triwulan II 2023 dan Triwulan II 2024").tahun == 2024


def test_tanda_persen_hanya_pemisah_bukan_penyambung_angka() -> None:
    assert hitung_ungkapan("99,33 %") == Decimal("99.33")
    with pytest.raises(KinerjaError):
        hitung_ungkapan("2%3")  # bukan 23


# --- sampel keempat (--benih 33, tanpa mutan ketiga sampel sebelumnya) --------------------------


def test_kata_jawaban_ikm_tak_dikenal_menyebut_pilihan_berkoma() -> None:
    with pytest.raises(InputTidakSah, match=r"\('[^']+', '[^']+'"):
        nilai_jawaban_ikm("luar biasa sekali")


def test_pilihan_skala_jawaban_kosong_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match=r"^'pilihan \(jawaban\)' tidak boleh kosong"):
        SkalaJawaban("coba", {" ": 1})


def test_skala_jawaban_dapat_di_hash() -> None:
    # pilihan (mapping) tidak ikut hash; skala yang sama memberi hash yang sama
    sama = SkalaJawaban(JAWABAN_YT_AE.nama, dict(JAWABAN_YT_AE.pilihan))
    assert sama == JAWABAN_YT_AE
    assert hash(sama) == hash(JAWABAN_YT_AE)
    assert len({sama, JAWABAN_YT_AE}) == 1


def test_skala_jawaban_tak_terdaftar_menyebut_pilihan_berkoma() -> None:
    with pytest.raises(InputTidakSah, match=r"pilihan: \S+, \S+"):
        skala_jawaban("tidak-ada")


def test_nilai_sub_komponen_bukan_sub_komponen_menyebut_isian() -> None:
    lembar = LembarKerja([Komponen("Perencanaan", [Subkomponen("S", 10, nilai="B")])])
    with pytest.raises(TipeTidakSah, match="'subkomponen'"):
        lembar.nilai("S")  # type: ignore[arg-type]


def test_kerangka_logis_kriteria_belum_dijawab_bernilai_nol() -> None:
    # kriteria tanpa jawaban bernilai 0: "k2" (Y = 1) melebihi "k1" (belum dijawab) → pelanggaran
    sub = Subkomponen(
        "S", 10, [Kriteria("a", None, kode="k1"), Kriteria("b", "Y", kode="k2")], nilai="B"
    )
    lembar = LembarKerja(
        [Komponen("Perencanaan", [sub])], kerangka_logis=[KerangkaLogis("k2", "k1")]
    )
    (langgar,) = lembar.pelanggaran()
    assert langgar.nilai == 1
    assert langgar.nilai_pembanding == 0


def test_label_sesuai_selalu_bool() -> None:
    periode = Periode(2024, 2)
    assert label_sesuai(LabelPeriode(2023, None), periode) is False
    assert label_sesuai(LabelPeriode(2024, None), periode) is True


def test_repr_skala_jawaban_tanpa_isian_dalam() -> None:
    teks = repr(JAWABAN_YT_AE)
    assert teks.startswith("SkalaJawaban(nama=")
    assert "kunci" not in teks


# --- sampel kelima (--benih 34) -----------------------------------------------------------------


def test_bobot_komponen_sub_bukan_daftar_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match="'subkomponen'"):
        BobotKomponen("Perencanaan", "abc")


def test_skala_jawaban_berbeda_pilihan_tidak_sama() -> None:
    a = SkalaJawaban("coba", {"Y": 1})
    b = SkalaJawaban("coba", {"Y": 1, "T": 0})
    assert a != b
    assert len({a, b}) == 2


def test_sub_komponen_isian_salah_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match="'kriteria'"):
        Subkomponen("S", 10, "abc")
    with pytest.raises(TypeError):
        Subkomponen("S", 10, (), "B", "1.a")  # type: ignore[call-arg]
    assert Subkomponen("S", 10, (), "B", kode="1.a").kode == "1.a"


def test_lembar_kerja_kerangka_logis_salah_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match="'kerangka_logis'"):
        LembarKerja([Komponen("P", [Subkomponen("S", 10, nilai="B")])], kerangka_logis="abc")


def test_repr_lembar_kerja_tanpa_indeks_kode() -> None:
    lembar = LembarKerja([Komponen("P", [Subkomponen("S", 10, nilai="B")])])
    assert "_kode=" not in repr(lembar)
