"""Uji untuk mutan yang selamat di hitungan penuh modul aturan isu 8 kecil (``persen``,
``predikat``, ``skala_terdaftar``, ``kumulasi``, ``anggaran``, ``fasilitasi``, ``angka``; lihat
docs/mutasi.md): nama isian di pesan, daftar nama desa kembar yang dipotong di sepuluh, kesamaan
dan hash rekap fasilitasi, dan pembulatan skala ber-``tempat_desimal`` di tepi cakupannya."""

from __future__ import annotations

import pytest

from kinerja import NilaiDiLuarSkala, Pita, SkalaPredikat, predikat
from kinerja.anggaran import efisiensi, serapan_total
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import DataTidakAda, InputTidakSah, KinerjaError, TipeTidakSah

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
