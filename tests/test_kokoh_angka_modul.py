"""Isu 8 (Kokoh), babak 2 porsi angka: modul angka yang dipecah, konteks tanpa objek bersama,
dan batas tempat desimal yang menjaga tulis–baca bolak-balik tepat.

Nilai harapan: rujukan ``fractions.Fraction``, teks yang ditulis tangan, dan sifat bolak-balik.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from decimal import ROUND_DOWN, Context, Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import kinerja
from kinerja import (
    Anggaran,
    InputTidakSah,
    KinerjaError,
    Kumulasi,
    Polaritas,
    baca_angka,
    capaian,
    capaian_agregat,
    ke_desimal,
    persen,
    rata_rata_capaian,
    rata_rata_tertimbang,
    sampai_dengan,
    serapan,
    tulis_angka_tepat,
)
from kinerja.urai_angka import PANJANG_TEKS_MAKSIMUM


def _modul_kinerja() -> Iterator[ModuleType]:
    yield kinerja
    for info in pkgutil.walk_packages(kinerja.__path__, "kinerja."):
        if info.name != "kinerja.__main__":  # menjalankan perintah saat diimpor
            yield importlib.import_module(info.name)


MODUL = list(_modul_kinerja())


# ------------------------------------------------ konteks: tak ada objek bersama yang bisa diubah

# Hitungan yang membagi, mengali atau mengurang dalam konteks pustaka, dengan rujukan pecahan.
HITUNGAN: list[tuple[str, Callable[[], Decimal], Fraction]] = [
    ("capaian", lambda: capaian(3, 7), Fraction(700, 3)),
    ("capaian Decimal", lambda: capaian(Decimal(3), Decimal(7)), Fraction(700, 3)),
    ("capaian negatif", lambda: capaian(3, 1, polaritas=Polaritas.NEGATIF), Fraction(500, 3)),
    ("capaian agregat", lambda: capaian_agregat(target=[1, 2], realisasi=[1, 1]), Fraction(200, 3)),
    ("persen", lambda: persen(1, 7), Fraction(100, 7)),
    ("serapan", lambda: serapan(3, 1), Fraction(100, 3)),
    ("rata-rata capaian", lambda: rata_rata_capaian([1, 1, 2]), Fraction(4, 3)),
    ("rata-rata tertimbang", lambda: rata_rata_tertimbang([1, 2], [1, 2]), Fraction(5, 3)),
    (
        "kumulasi rata-rata",
        lambda: sampai_dengan([1, 1, 2, None], Kumulasi.RATA_RATA, 3),
        Fraction(4, 3),
    ),
    (
        "sisa anggaran",
        lambda: Anggaran(Decimal("1000000000000000000000.5"), Decimal("0.25")).sisa,
        Fraction(4000000000000000000001, 4),
    ),
]


def _cocok_34_digit(hasil: Decimal, rujukan: Fraction) -> bool:
    return abs(Fraction(hasil) - rujukan) <= abs(rujukan) / 10**33


def test_rujukan_hitungan_benar_tanpa_gangguan() -> None:
    for nama, hitung, rujukan in HITUNGAN:
        assert _cocok_34_digit(hitung(), rujukan), nama


def _konteks_terlihat(modul: ModuleType) -> Iterator[tuple[str, Context]]:
    """Konteks yang bisa dijangkau lewat nama publik modul (juga lewat operasi terikatnya)."""
    for nama in sorted(set(dir(modul)) | set(getattr(modul, "__all__", ()))):
        if nama.startswith("_"):
            continue
        nilai = getattr(modul, nama)
        if isinstance(nilai, Context):
            yield nama, nilai
        elif isinstance(getattr(nilai, "__self__", None), Context):
            yield nama, nilai.__self__


def test_mengubah_konteks_yang_terlihat_di_modul_mana_pun_tidak_mengubah_hasil(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sebelum = [hitung() for _, hitung, _ in HITUNGAN]
    diubah = []
    for modul in MODUL:
        for nama, konteks in _konteks_terlihat(modul):
            monkeypatch.setattr(konteks, "prec", 3)
            monkeypatch.setattr(konteks, "rounding", ROUND_DOWN)
            diubah.append(f"{modul.__name__}.{nama}")
    assert "kinerja.angka.KONTEKS" in diubah  # satu-satunya nama konteks yang didokumentasikan
    for (nama, hitung, rujukan), lama in zip(HITUNGAN, sebelum, strict=True):
        sesudah = hitung()
        assert sesudah == lama, (nama, diubah)
        assert _cocok_34_digit(sesudah, rujukan), nama


def test_konteks_hanya_lewat_kinerja_angka_dan_selalu_salinan_baru() -> None:
    pemegang = sorted(
        f"{modul.__name__}.{nama}" for modul in MODUL for nama, _ in _konteks_terlihat(modul)
    )
    # kinerja.angka.KONTEKS dibuat baru tiap kali dibaca; modul lain tidak menyimpan konteks.
    assert pemegang == ["kinerja.angka.KONTEKS"]
    from kinerja import angka

    assert angka.KONTEKS is not angka.KONTEKS


# ------------------------------------------- batas tempat desimal: tulis–baca bolak-balik tepat


@st.composite
def _desimal_bernol_ujung(draw: st.DrawFn) -> Decimal:
    """Decimal dengan sedikit digit bermakna lalu banyak nol di ujung, di segala tempat."""
    bermakna = draw(st.lists(st.integers(0, 9), min_size=1, max_size=34))
    nol = draw(st.integers(0, 120))
    eksponen = draw(st.integers(-160, 30))
    return Decimal((draw(st.integers(0, 1)), (*bermakna, *(0,) * nol), eksponen))


@given(_desimal_bernol_ujung())
@example(Decimal("1." + "0" * 99))  # 101 karakter bila ditulis
@example(Decimal("-1." + "0" * 57))
@example(Decimal("1." + "0" * 58))
@example(Decimal("9" * 24 + "." + "0" * 57))
@example(Decimal("0E-57"))
def test_setiap_angka_yang_diterima_tertulis_dan_terbaca_kembali_tepat(x: Decimal) -> None:
    try:
        nilai = ke_desimal(x, "x")
    except KinerjaError:
        return
    teks = tulis_angka_tepat(nilai)
    assert len(teks) <= PANJANG_TEKS_MAKSIMUM
    kembali = baca_angka(teks)
    assert kembali == nilai
    assert kembali.is_signed() == nilai.is_signed()  # juga "-0,00"
    assert _tempat_desimal(kembali) == _tempat_desimal(nilai)


def _tempat_desimal(x: Decimal) -> int:
    eksponen = x.as_tuple().exponent
    assert isinstance(eksponen, int)
    return max(0, -eksponen)


@pytest.mark.parametrize(
    "teks",
    [
        "1," + "0" * 58,  # teks: 58 tempat desimal
        "-2,5" + "0" * 60,
    ],
)
def test_lebih_dari_57_tempat_desimal_ditolak_dari_teks(teks: str) -> None:
    with pytest.raises(InputTidakSah, match="tempat desimal, lebih dari 57"):
        baca_angka(teks)


def test_lebih_dari_57_tempat_desimal_ditolak_dari_decimal_dengan_saran() -> None:
    with pytest.raises(InputTidakSah, match=r"'pagu' punya 99 tempat desimal.*normalize"):
        ke_desimal(Decimal("1." + "0" * 99), "pagu")


def test_57_tempat_desimal_dan_koefisien_panjang_tetap_sah() -> None:
    # Hasil bulatkan(…, 30) dari angka 24 digit: koefisien 54 digit, tetap masukan sah.
    besar = Decimal("9" * 24 + "." + "0" * 30)
    assert ke_desimal(besar) == 10**24 - 1
    assert ke_desimal(Decimal("1." + "0" * 57)) == 1
    assert baca_angka("0," + "0" * 56 + "0") == 0


def test_jalur_cepat_capaian_menolak_nol_ujung_berlebih_seperti_jalur_umum() -> None:
    x = Decimal("1." + "0" * 60)
    with pytest.raises(InputTidakSah, match="tempat desimal"):
        capaian(x, Decimal(1))
    with pytest.raises(InputTidakSah, match="tempat desimal"):
        capaian(Decimal(1), x)
    # bernol ujung tetapi ≤ 57 tempat: jalur cepat jatuh ke jalur umum dan menghitung
    assert capaian(Decimal("4." + "0" * 50), Decimal(1)) == 25


# ------------------------------------------------------------ nama dan impor yang terdokumentasi


def test_semua_nama_publik_bisa_diimpor_dari_kinerja() -> None:
    for nama in kinerja.__all__:
        assert getattr(kinerja, nama) is not None, nama


def test_nama_lama_tulis_angka_tidak_lagi_ada() -> None:
    # Satu nama per hal: tulis_angka_tepat (tepat, berkas) berbeda dari format_angka (tampilan).
    assert not hasattr(kinerja, "tulis_angka")
    assert kinerja.format_angka(Decimal("95.275")) == "95,28"
    assert kinerja.tulis_angka_tepat(Decimal("95.275")) == "95,275"


# ------------------------------------------------- urutan di dalam lapisan angka: tanpa lingkaran

URUTAN_ANGKA = ["kinerja.besaran", "kinerja.urai_angka", "kinerja.angka", "kinerja.teks_angka"]


@pytest.mark.parametrize("modul", URUTAN_ANGKA)
def test_modul_angka_hanya_mengimpor_modul_angka_di_bawahnya(modul: str) -> None:
    berkas = Path(importlib.import_module(modul).__file__ or "")
    impor = {
        simpul.module
        for simpul in ast.walk(ast.parse(berkas.read_text("utf-8")))
        if isinstance(simpul, ast.ImportFrom) and simpul.module in URUTAN_ANGKA
    }
    di_bawah = set(URUTAN_ANGKA[: URUTAN_ANGKA.index(modul)])
    assert impor <= di_bawah, f"{modul} mengimpor {sorted(impor - di_bawah)}"


@pytest.mark.parametrize("modul", URUTAN_ANGKA)
def test_modul_angka_di_bawah_300_baris(modul: str) -> None:
    berkas = Path(importlib.import_module(modul).__file__ or "")
    assert len(berkas.read_text("utf-8").splitlines()) < 300
