"""Uji untuk mutan yang selamat di sapuan sisa ``ikm``, ``lke``, ``lke_jawaban``, ``lke_lembar``.

Sapuan: ``benchmarks/mutasi.py ikm lke lke_jawaban lke_lembar`` dengan ``--kecuali`` kelima
sampel sebelumnya (198 mutan, 170 terbunuh; lihat docs/mutasi.md). Setiap uji menegaskan
perilaku yang terlihat pemakai: nama isian dan uraiannya di pesan galat, nol yang sah, batas
bobot yang tertutup, isian kata kunci saja.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from kinerja.galat import InputTidakSah, TipeTidakSah
from kinerja.ikm import ikm
from kinerja.lke import BobotKomponen, pecahan_rerata, saran_nilai_lke
from kinerja.lke_jawaban import JAWABAN_YT_AE, SkalaJawaban
from kinerja.lke_lembar import Komponen, Kriteria, LembarKerja, Subkomponen

# --- ikm --------------------------------------------------------------------------------------


def test_ikm_responden_nol_per_unsur_sampai_ke_pesan_unsur_tanpa_jawaban() -> None:
    """0 responden untuk satu unsur boleh ditulis; yang ditolak adalah unsur tanpa jawaban."""
    with pytest.raises(InputTidakSah, match=r"unsur \[1\] tidak punya satu jawaban pun"):
        ikm(jumlah_per_unsur=[32, 0], responden=[10, 0])


def test_ikm_responden_negatif_per_unsur_ditolak_dengan_syarat_nol() -> None:
    with pytest.raises(InputTidakSah, match=r"'responden\[1\]' harus ≥ 0 \(diberikan -1\)"):
        ikm(jumlah_per_unsur=[32, 30], responden=[10, -1])


@pytest.mark.parametrize(
    ("masukan", "pesan"),
    [
        ({"jumlah_per_unsur": "abc", "responden": 10}, r"'jumlah_per_unsur' harus daftar angka"),
        ({"jawaban": "abc"}, r"'jawaban' harus daftar baris jawaban per responden"),
        ({"jawaban": ["abc"]}, r"'jawaban\[0\]' harus daftar jawaban per unsur"),
    ],
)
def test_ikm_bukan_daftar_menyebut_isian_dan_isinya(masukan: dict[str, object], pesan: str) -> None:
    with pytest.raises(TipeTidakSah, match=pesan):
        ikm(**masukan)  # type: ignore[arg-type]


def test_ikm_bobot_satu_sah() -> None:
    """Bobot 1 (satu unsur) di batas tertutup: NRR 32 / 10 = 3,2; 3,2 × 1 × 25 = 80."""
    assert ikm(jumlah_per_unsur=[32], responden=10, bobot=1) == Decimal(80)


# --- lke --------------------------------------------------------------------------------------


def test_pecahan_rerata_bukan_daftar_menyebut_jawaban() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'jawaban' harus daftar jawaban \("):
        pecahan_rerata("abc", JAWABAN_YT_AE)


def test_saran_nilai_lke_terpenuhi_bukan_bilangan_bulat_menyebut_isian() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'terpenuhi' harus bilangan bulat"):
        saran_nilai_lke("x", 5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("nama", "sub", "jenis", "pesan"),
    [
        ("", [("a", 1)], InputTidakSah, r"^'nama' tidak boleh kosong"),
        ("K", "abc", TipeTidakSah, r"^'subkomponen' harus daftar pasangan \(nama, bobot\)"),
        ("K", [5], TipeTidakSah, r"^'subkomponen\[0\]' harus daftar nama dan bobot"),
        ("K", [], InputTidakSah, r"^'subkomponen' kosong: komponen butuh sedikitnya satu"),
    ],
)
def test_bobot_komponen_menyebut_isian(
    nama: str, sub: object, jenis: type[Exception], pesan: str
) -> None:
    with pytest.raises(jenis, match=pesan):
        BobotKomponen(nama, sub)


# --- lke_jawaban ------------------------------------------------------------------------------


@pytest.mark.parametrize("nilai", [0, "0", "0,00"])
def test_skala_jawaban_semua_nol_ditolak(nilai: object) -> None:
    """Skala tanpa jawaban bernilai > 0 tidak bisa dibagi nilai tertingginya."""
    with pytest.raises(InputTidakSah, match=r"^'pilihan' butuh sedikitnya satu jawaban bernilai"):
        SkalaJawaban("x", {"Ya": nilai, "Tidak": 0})


def test_skala_jawaban_nama_kosong_menyebut_nama() -> None:
    with pytest.raises(InputTidakSah, match=r"^'nama' tidak boleh kosong"):
        SkalaJawaban("", {"Ya": 1, "Tidak": 0})


# --- lke_lembar -------------------------------------------------------------------------------


def _sub() -> Subkomponen:
    return Subkomponen("S", 1, kriteria=[Kriteria("ada dokumen", "Y")])


def test_lembar_nama_dan_uraian_kosong_menyebut_isian() -> None:
    with pytest.raises(InputTidakSah, match=r"^'nama' tidak boleh kosong"):
        Subkomponen("", 1, nilai="B")
    with pytest.raises(InputTidakSah, match=r"^'uraian' tidak boleh kosong"):
        Kriteria("")


def test_lembar_komponen_bukan_daftar_menyebut_komponen() -> None:
    with pytest.raises(TipeTidakSah, match=r"^'komponen' harus daftar Komponen"):
        LembarKerja("abc")


def test_kode_komponen_hanya_kata_kunci() -> None:
    """Argumen ketiga tidak diam-diam menjadi kode: ``kode`` hanya lewat kata kunci."""
    with pytest.raises(TypeError):
        Komponen("K", [_sub()], "K1")  # type: ignore[call-arg]
    assert Komponen("K", [_sub()], kode="K1").kode == "K1"


def test_saran_bukan_subkomponen_menyebut_isian() -> None:
    lembar = LembarKerja([Komponen("K", [_sub()])])
    with pytest.raises(TipeTidakSah, match=r"^'subkomponen' harus Subkomponen"):
        lembar.saran("abc")  # type: ignore[arg-type]
    assert lembar.saran(_sub()) == "B"  # 1 dari 1 kriteria terpenuhi: > 75% → B


# --- attrs.evolve: isian turunan dihitung ulang, tidak terbawa dari objek lama ----------------


def test_evolve_skala_jawaban_menghitung_ulang_kesamaan() -> None:
    lama = SkalaJawaban("Y/T", {"Y": 1, "T": 0})
    baru = attrs.evolve(lama, pilihan={"YA": 1, "TIDAK": 0})
    assert baru == SkalaJawaban("Y/T", {"YA": 1, "TIDAK": 0})
    assert baru != lama


def test_evolve_lembar_kerja_menghitung_ulang_kode() -> None:
    lama = LembarKerja([Komponen("K", [_sub()])])
    sub_baru = Subkomponen("S2", 1, nilai="A")
    baru = attrs.evolve(lama, komponen=[Komponen("K", [_sub(), sub_baru])])
    assert baru.kode(sub_baru) == "1.b"  # komponen ke-1, sub-komponen kedua
    with pytest.raises(InputTidakSah, match="bukan bagian lembar kerja ini"):
        lama.kode(sub_baru)
