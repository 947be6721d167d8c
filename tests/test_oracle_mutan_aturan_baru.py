"""Uji untuk mutan yang selamat di sampel aturan isu 9, 10, 13 (``benchmarks/mutasi.py
perubahan renstra ikm ikm_jawaban lke lke_jawaban lke_lembar label_periode ungkapan --sampel 10
--benih 30``; lihat docs/mutasi.md). Setiap uji menegaskan perilaku yang terlihat pemakai: nama
isian di pesan galat, batas panjang, operator tertulis, kode kriteria lembar kerja."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja.galat import DataTidakAda, InputTidakSah, KinerjaError, TipeTidakSah
from kinerja.ikm import ikm
from kinerja.indikator import Kumulasi
from kinerja.lke import BobotKomponen, KerangkaLogis
from kinerja.lke_jawaban import JAWABAN_YT_AE
from kinerja.lke_lembar import Komponen, LembarKerja, Subkomponen
from kinerja.perubahan import arah_perubahan, perubahan, selisih_poin
from kinerja.renstra import deret_sebelumnya, realisasi_sampai_tahun, tingkat_capaian_renstra
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
