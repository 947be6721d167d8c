"""Jalur cepat baris anggaran (``kinerja.laporan.baris_cepat``) = kait umum, untuk setiap masukan.

Rujukan: konverter rinci :data:`~kinerja.laporan.konverter.KONVERTER` (tanpa jalur cepat baris),
yang memberi pesan galat berkas. Yang diterima keduanya harus sama persis (``repr`` setiap isian,
termasuk eksponen Decimal, dan ``kode_rekening``); yang ditolak satu harus ditolak yang lain.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import hypothesis.strategies as st
from hypothesis import example, given, settings

from kinerja.laporan.baris import BarisAnggaran, NilaiTriwulan
from kinerja.laporan.baris_cepat import KUNCI_LAZIM_ANGGARAN
from kinerja.laporan.konverter import KONVERTER, KONVERTER_CEPAT, buat_konverter

# Nilai yang sah lebih sering (tiga cabang dari empat): perbedaan jalur cepat paling mungkin
# tersembunyi di baris yang selain itu sah.
angka_sah = st.one_of(
    st.sampled_from(["1.500", "1.895.403.508,00", "0", "-0", "0,5", "−12,5", "12", "1.000,5"]),
    st.integers(-5, 10**12),
    st.decimals(min_value=-1, max_value=10**15, places=2),
)
angka_cacat = st.one_of(
    st.sampled_from(
        [",5", "1,000,000", "-", "", "abc", "1e3", "1.5", "99999999999999999999999999",
         "0,0000000000000000000000001"]
    ),
    st.integers(-(10**25), 10**25),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.floats(allow_nan=False, width=32),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=1),
)  # fmt: skip
angka_berkas = st.one_of(angka_sah, angka_sah, angka_sah, angka_cacat)
teks_sah = st.sampled_from(["Belanja", "  Rapat\tDinas ", "7.01.01.2.01.0001", "Σ"])
teks_berkas = st.one_of(
    teks_sah,
    teks_sah,
    st.sampled_from(["", "   "]),
    st.text(max_size=6),
    st.none(),
    st.integers(0, 3),
)
kode_sah = st.sampled_from(
    ["7", "7.01", "7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "x.xx.01", " X.XX.01 ",
     "7.01.02.2.01.02", "7 . 01", "1.01.x1"]
)  # fmt: skip
kode_berkas = st.one_of(kode_sah, kode_sah, teks_berkas)
triwulan_sah = st.dictionaries(st.sampled_from(["tw1", "tw2", "tw3", "tw4"]), angka_sah, max_size=4)
triwulan_berkas = st.one_of(
    triwulan_sah,
    triwulan_sah,
    st.dictionaries(st.sampled_from(["tw1", "tw2", "tw3", "tw4", "tw5"]), angka_berkas, max_size=4),
    st.none(),
    st.just("1.000"),
    st.lists(angka_berkas, max_size=2),
)
nilai_per_kunci: dict[str, st.SearchStrategy[Any]] = {
    "kode": kode_berkas,
    "uraian": teks_berkas,
    "pagu": angka_berkas,
    "target": triwulan_berkas,
    "realisasi": triwulan_berkas,
    "realisasi_kumulatif": angka_berkas,
    "tercetak": st.one_of(st.just({"sisa": "1.000"}), st.just({}), st.none()),
    "riwayat": st.just([]),
    "kunci_asing": st.just(1),
}


@st.composite
def baris_berkas(draw: st.DrawFn) -> object:
    if draw(st.integers(0, 19)) == 0:
        return draw(st.one_of(st.none(), st.just([]), st.just("baris"), st.integers()))
    kunci = draw(st.lists(st.sampled_from(sorted(nilai_per_kunci)), unique=True, max_size=6))
    if draw(st.booleans()):  # kebanyakan baris menulis kunci wajibnya
        kunci = [*{"uraian", "pagu", *kunci}]
    return {k: draw(nilai_per_kunci[k]) for k in kunci}


def _hasil(konverter: Any, data: object) -> tuple[str, object]:
    try:
        baris = konverter.structure(data, BarisAnggaran)
    except Exception:
        return "ditolak", None
    isian = [(f.name, repr(getattr(baris, f.name))) for f in attrs.fields(BarisAnggaran)]
    return "diterima", (type(baris), isian, repr(baris.kode_rekening))


@settings(max_examples=1500)
@given(baris_berkas())
@example({"uraian": "Rapat", "pagu": "1.500", "realisasi": None})  # null ditolak, bukan bawaan
@example({"uraian": "Rapat", "pagu": "1.500", "target": {}})
@example({"uraian": "Rapat", "pagu": "1.500", "kode": None, "realisasi_kumulatif": None})
@example({"uraian": "Rapat", "pagu": "-1", "kode": " x. xx.01 "})
@example({"uraian": "Rapat", "pagu": 1, "realisasi": {"tw1": None, "tw2": "2,5"}})
@example({"pagu": 1})
def test_jalur_cepat_sama_dengan_kait_umum(data: object) -> None:
    assert _hasil(KONVERTER_CEPAT, data) == _hasil(KONVERTER, data)


@given(triwulan_berkas)
def test_nilai_triwulan_cepat_sama_dengan_kait_umum(data: object) -> None:
    def hasil(konverter: Any) -> tuple[str, object]:
        try:
            nilai = konverter.structure(data, NilaiTriwulan)
        except Exception:
            return "ditolak", None
        return "diterima", (repr(nilai), nilai.kosong)

    assert hasil(KONVERTER_CEPAT) == hasil(KONVERTER)


def test_kunci_lazim_adalah_isian_baris_anggaran() -> None:
    # kunci yang dibuat jalur cepat adalah isian init BarisAnggaran; isian baru di kelas itu
    # otomatis mendapat nilai bawaannya (terubah) atau membuat baris lewat kait umum
    isian = {f.name for f in attrs.fields(BarisAnggaran) if f.init}
    assert isian >= KUNCI_LAZIM_ANGGARAN
    assert {"uraian", "pagu"} <= KUNCI_LAZIM_ANGGARAN


def test_konverter_rinci_tidak_memakai_jalur_cepat() -> None:
    # pesan galat berkas berasal dari konverter rinci: ia tetap memakai kait cattrs umum
    from kinerja.laporan import baris_cepat

    cepat = KONVERTER_CEPAT.get_structure_hook(BarisAnggaran)
    assert cepat.__module__ == baris_cepat.__name__
    assert KONVERTER.get_structure_hook(BarisAnggaran).__module__ != baris_cepat.__name__
    assert buat_konverter(rinci=False).get_structure_hook(BarisAnggaran).__module__ == (
        baris_cepat.__name__
    )


def test_baris_lazim_dibuat_sekali_dengan_nilai_yang_benar() -> None:
    baris = KONVERTER_CEPAT.structure(
        {"kode": " 7.01.01.2.01.0001 ", "uraian": " Rapat  Dinas", "pagu": "1.500.000,00",
         "realisasi": {"tw1": 200000, "tw2": "300.000"}},
        BarisAnggaran,
    )  # fmt: skip
    assert baris == BarisAnggaran(
        "Rapat Dinas", Decimal("1500000.00"), "7.01.01.2.01.0001",
        realisasi=NilaiTriwulan(200000, Decimal(300000)),
    )  # fmt: skip
    assert str(baris.kode_rekening) == "7.01.01.2.01.0001"
    assert baris.realisasi.kosong is False
    assert baris.target.kosong is True
