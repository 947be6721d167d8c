"""Jalur cepat lapisan baca (berkas 90.000 baris) sama persis dengan jalur umumnya.

Setiap jalur cepat di ``baca_laporan`` dibandingkan dengan rujukan yang ditulis ulang di sini
dengan cara lama yang lugas: hasil yang sama untuk masukan sah, dan galat yang sama (jenis dan
pesan) untuk masukan yang ditolak. Tidak ada pengukuran waktu di sini (lihat
``benchmarks/bench_laporan_besar.py``).
"""

from __future__ import annotations

import contextlib
import gc
import subprocess
import sys
from decimal import Decimal, DecimalException
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja._isian import angka_opsional, teks, teks_opsional, teks_tak_kosong
from kinerja.angka import ke_desimal
from kinerja.besaran import periksa_besaran, uji_besaran
from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.laporan import baris, berkas, kait_berkas
from kinerja.laporan.batas_berkas import BatasBerkas, periksa_batas
from kinerja.laporan.kait_berkas import angka_berkas
from kinerja.laporan.model import (
    BarisAnggaran,
    BarisIndikator,
    NilaiTriwulan,
    TercetakAnggaran,
    TercetakIndikator,
)
from kinerja.urai_angka import baca_teks, desimal_cepat

# ---------------------------------------------------------------------------------------------
# periksa_batas: satu iterator per tabel/daftar, bukan satu entri tumpukan per skalar


def _periksa_batas_rujukan(data: object, batas: BatasBerkas, sumber: str) -> None:
    """Penelusuran lama: satu entri tumpukan per nilai (salinan lugas, sebagai rujukan)."""
    tumpukan: list[tuple[object, int]] = [(data, 1)]
    while tumpukan:
        nilai, dalam = tumpukan.pop()
        if isinstance(nilai, (dict, list)):
            if dalam > batas.kedalaman:
                raise BerkasTidakSah(
                    f"{sumber}: susunan terlalu dalam (lebih dari {batas.kedalaman} tingkat)"
                )
            isi = nilai.values() if isinstance(nilai, dict) else nilai
            tumpukan.extend((x, dalam + 1) for x in isi)
        elif (
            isinstance(nilai, int)
            and not isinstance(nilai, bool)
            and nilai.bit_length() > batas.panjang_angka * 4
        ):
            raise BerkasTidakSah(f"{sumber}: bilangan bulat lebih dari {batas.panjang_angka} digit")
    if isinstance(data, dict):
        # baris = daftar di lima jalur tetap (indikator, anggaran, fasilitasi.kegiatan,
        # fasilitasi.desa, dokumen_desa.desa), ditelusuri per jalur
        baris = 0
        for jalur in ("indikator", "anggaran", "fasilitasi.kegiatan", "fasilitasi.desa",
                      "dokumen_desa.desa"):  # fmt: skip
            simpul: object = data
            for bagian in jalur.split("."):
                simpul = simpul.get(bagian) if isinstance(simpul, dict) else None
            baris += len(simpul) if isinstance(simpul, list) else 0
        if baris > batas.jumlah_baris:
            raise BerkasTidakSah(
                f"{sumber}: {baris} baris, lebih dari batas {batas.jumlah_baris} baris"
            )


def _hasil(fungsi: Any, *argumen: object) -> tuple[str, str]:
    try:
        fungsi(*argumen)
    except KinerjaError as galat:
        return (type(galat).__name__, str(galat))
    return ("ok", "")


_skalar = st.one_of(
    st.text(max_size=3),
    st.booleans(),
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=2**30, max_value=2**70),  # melewati batas panjang kecil
    st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**6),
)
_kunci = st.sampled_from(["indikator", "anggaran", "fasilitasi", "desa", "kegiatan", "x", "y"])
_susunan = st.recursive(
    _skalar,
    lambda anak: st.one_of(st.lists(anak, max_size=4), st.dictionaries(_kunci, anak, max_size=4)),
    max_leaves=40,
)
_batas = st.builds(
    BatasBerkas,
    jumlah_baris=st.integers(min_value=1, max_value=5),
    kedalaman=st.integers(min_value=1, max_value=6),
    panjang_angka=st.integers(min_value=1, max_value=15),
)


@given(data=_susunan, batas=_batas)
def test_periksa_batas_sama_dengan_penelusuran_lama(data: object, batas: BatasBerkas) -> None:
    """Terima dan tolak persis sama, dengan galat pertama yang sama (urutan penelusuran sama)."""
    assert _hasil(periksa_batas, data, batas, "b.json") == _hasil(
        _periksa_batas_rujukan, data, batas, "b.json"
    )


def test_periksa_batas_galat_pertama_menurut_urutan_lama() -> None:
    """Dua pelanggaran berbeda: yang dilaporkan adalah yang ditemukan penelusuran lama lebih dulu
    (anak terakhir lebih dulu)."""
    batas = BatasBerkas(kedalaman=2, panjang_angka=2)
    dalam_dulu = {"a": 10**9, "b": [[1]]}
    angka_dulu = {"b": [[1]], "a": 10**9}
    assert "susunan terlalu dalam" in _hasil(periksa_batas, dalam_dulu, batas, "x")[1]
    assert "bilangan bulat lebih dari 2 digit" in _hasil(periksa_batas, angka_dulu, batas, "x")[1]
    for data in (dalam_dulu, angka_dulu):
        assert _hasil(periksa_batas, data, batas, "x") == _hasil(
            _periksa_batas_rujukan, data, batas, "x"
        )


class _Tabel(dict[str, object]):
    pass


class _Daftar(list[object]):
    pass


def _subkelas(data: object) -> object:
    """Susunan yang sama dengan subkelas dict/list (jalur umum penelusuran)."""
    if isinstance(data, dict):
        return _Tabel({k: _subkelas(v) for k, v in data.items()})
    if isinstance(data, list):
        return _Daftar(_subkelas(v) for v in data)
    return data


@given(data=_susunan, batas=_batas)
def test_periksa_batas_subkelas_sama_dengan_penelusuran_lama(
    data: object, batas: BatasBerkas
) -> None:
    """Subkelas dict/list (bukan keluaran json/tomllib) ditelusuri dengan urutan yang sama."""
    data = _subkelas(data)
    assert _hasil(periksa_batas, data, batas, "b.json") == _hasil(
        _periksa_batas_rujukan, data, batas, "b.json"
    )


def test_periksa_batas_decimal_dan_teks_tidak_diperiksa_panjangnya() -> None:
    """Decimal dan teks (dibatasi saat diurai) lolos; hanya bilangan bulat yang diukur."""
    batas = BatasBerkas(panjang_angka=1)
    periksa_batas({"a": [Decimal("123456789"), "123456789", 9]}, batas, "x")
    assert _hasil(periksa_batas, {"a": [Decimal(1), 99]}, batas, "x")[0] == "BerkasTidakSah"


# ---------------------------------------------------------------------------------------------
# angka_berkas: jalur cepat (teks "1.234,5", bilangan bulat, Decimal dalam batas) = jalur umum


def _angka(fungsi: Any, nilai: object) -> tuple[str, ...]:
    try:
        hasil = fungsi(nilai)
    except KinerjaError as galat:
        saran = getattr(galat, "saran", ())
        return (type(galat).__name__, str(galat), repr(saran))
    return ("ok", type(hasil).__name__, repr(hasil))


_desimal_tepi = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**25),
    st.sampled_from(
        [
            Decimal("1E+24"),
            Decimal("-1E+24"),
            Decimal("9" * 24),
            Decimal("0." + "0" * 23 + "1"),
            Decimal("1E-25"),
            Decimal("0E-58"),
            Decimal("0E-57"),
            Decimal("0E+24"),
            Decimal("1" * 35),
            Decimal("1" * 34 + "0"),
            Decimal("1" + "0" * 23 + ".0"),
            Decimal("-0"),
            Decimal("sNaN"),
        ]
    ),
)
_bulat_tepi = st.one_of(
    st.integers(),
    st.integers(min_value=10**24 - 5, max_value=10**24 + 5),
    st.integers(min_value=-(10**24) - 5, max_value=-(10**24) + 5),
)
_teks_angka = st.one_of(
    _desimal_tepi.filter(lambda d: d.is_finite()).map(lambda d: f"{d:,f}"),
    _desimal_tepi.filter(lambda d: d.is_finite()).map(
        lambda d: f"{d:,f}".replace(",", "_").replace(".", ",").replace("_", ".")
    ),
    st.text(alphabet="0123456789.,-−+ Rp%e", max_size=40),
    st.text(max_size=8),
    st.sampled_from(["", "-", " - ", "–", "1.000.000", "1,000,000", "0,5", ",5", "5,", "01"]),
    st.integers(min_value=0, max_value=10**30).map(lambda n: f"{n:,}".replace(",", ".")),
    st.text(alphabet="0123456789", min_size=90, max_size=110),
)


_nilai_angka = st.one_of(
    _teks_angka,
    _bulat_tepi,
    _desimal_tepi,
    st.booleans(),
    st.none(),
    st.floats(),
    st.lists(st.integers(), max_size=2),
)


@given(nilai=_nilai_angka)
def test_pengubah_attrs_cepat_sama_dengan_ke_desimal(nilai: object) -> None:
    """Pengubah isian angka (jalur cepat Decimal) = ``ke_desimal`` dengan nama isiannya."""
    assert _angka(angka_opsional, nilai) == _angka(
        lambda v: None if v is None else ke_desimal(v, "nilai"), nilai
    )
    assert _angka(baris._pagu, nilai) == _angka(lambda v: ke_desimal(v, "pagu"), nilai)


@given(nilai=_nilai_angka)
def test_angka_berkas_cepat_sama_dengan_jalur_umum(nilai: object) -> None:
    """Hasil (tipe, nilai dan eksponen lewat repr) dan galat (jenis, pesan, saran) sama."""
    assert _angka(angka_berkas, nilai) == _angka(kait_berkas._angka_berkas_umum, nilai)


@given(teks=_teks_angka)
def test_desimal_cepat_sama_dengan_baca_teks(teks: str) -> None:
    """Bila jalur cepat memberi nilai, pengurai umum memberi nilai yang sama persis."""
    cepat = desimal_cepat(teks)
    if cepat is not None:
        assert _angka(lambda t: baca_teks(t, "id", "angka"), teks) == _angka(lambda _: cepat, teks)


def test_angka_berkas_cepat_menolak_di_luar_batas() -> None:
    """Nilai di tepi batas besaran tidak diterima jalur cepat; galatnya dari jalur umum."""
    for nilai in (10**24, -(10**24), "1" + ".000" * 8, Decimal("1E+24"), "1" * 101, "1" * 35):
        hasil = _angka(angka_berkas, nilai)
        assert hasil[0] in ("InputTidakSah", "FormatAngkaSalah"), nilai
        assert hasil == _angka(kait_berkas._angka_berkas_umum, nilai)
    assert _angka(angka_berkas, 10**24 - 1) == ("ok", "Decimal", repr(Decimal(10**24 - 1)))
    assert _angka(angka_berkas, "1," + "0" * 33) == ("ok", "Decimal", f"Decimal('1.{'0' * 33}')")


# ---------------------------------------------------------------------------------------------
# teks_tak_kosong: jalur sukses tanpa menyusun awalan pesan; hasil dan galat sama


def _teks_tak_kosong_rujukan(nilai: object, nama: str | None = None) -> str:
    """Bentuk lama yang lugas (sebagai rujukan)."""
    awal = "teks" if nama is None else f"'{nama}'"
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"{awal} harus teks (diberikan {tampil_aman(nilai)})")
    if not nilai.strip():
        raise InputTidakSah(f"{awal} tidak boleh kosong (diberikan {tampil_aman(nilai)})")
    return " ".join(nilai.split())


@given(
    nilai=st.one_of(
        st.text(),
        st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u3000\u200bx"),
        st.integers(),
        st.none(),
        st.binary(max_size=3),
    ),
    nama=st.one_of(st.none(), st.text(max_size=5)),
)
def test_teks_tak_kosong_sama_dengan_bentuk_lama(nilai: object, nama: str | None) -> None:
    """Spasi Unicode apa pun: ``split()`` kosong tepat bila ``strip()`` kosong."""
    assert _angka(lambda v: teks_tak_kosong(v, nama), nilai) == _angka(
        lambda v: _teks_tak_kosong_rujukan(v, nama), nilai
    )
    assert _angka(teks, nilai) == _angka(_teks_tak_kosong_rujukan, nilai)
    rujukan_opsional = _angka(lambda v: None if v is None else _teks_tak_kosong_rujukan(v), nilai)
    assert _angka(teks_opsional, nilai) == rujukan_opsional


# ---------------------------------------------------------------------------------------------
# baca_laporan_teks tidak mengubah keadaan GC proses (hanya perintah kinerja yang melakukannya)


@pytest.mark.parametrize("teks", ['{"unit": {"nama": "a", "instansi": "b"}, "periode": 2024}', "{"])
def test_baca_tidak_mengubah_keadaan_gc(teks: str) -> None:
    """Pustaka bisa dipanggil beberapa thread sekaligus: GC tidak dimatikan di dalamnya."""
    selama: list[bool] = []
    asli = berkas._dari_data

    def amati(*argumen: Any) -> Any:
        selama.append(gc.isenabled())
        return asli(*argumen)

    assert gc.isenabled()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(berkas, "_dari_data", amati)
        with contextlib.suppress(KinerjaError):
            berkas.baca_laporan_teks(teks, "json")
    assert gc.isenabled()
    assert selama == ([] if teks == "{" else [True])  # "{": JSON rusak, galat sebelumnya


# ---------------------------------------------------------------------------------------------
# Nilai kosong bersama: baris tanpa target/realisasi/tercetak berbagi satu objek beku


def test_nilai_kosong_bersama_sama_dengan_objek_baru_dan_tak_bisa_diubah() -> None:
    """Objek kosong bersama sama dengan yang dibuat baru, dan tak satu pun bagiannya bisa diubah
    (berbagi aman): isian beku, pemetaan teks tercetak hanya-baca."""
    a = BarisAnggaran(uraian="a", pagu=1)
    b = BarisAnggaran(uraian="b", pagu=2, target=None, realisasi=None, tercetak=None)
    i = BarisIndikator(nama="x", target=None, realisasi=None, tercetak=None)
    assert a.target is b.realisasi is i.target  # satu objek, bukan 90.000
    assert a.target == NilaiTriwulan()
    assert a.target.kosong
    assert a.tercetak is b.tercetak
    assert a.tercetak == TercetakAnggaran()
    assert i.tercetak == TercetakIndikator()
    for objek, isian in ((a.target, "tw1"), (a.tercetak, "realisasi"), (i.tercetak, "target")):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(objek, isian, Decimal(1))
    for teks_tercetak in (a.tercetak.teks, i.tercetak.teks):
        with pytest.raises(TypeError):
            teks_tercetak["pagu"] = "1"  # type: ignore[index]


# ---------------------------------------------------------------------------------------------
# BarisAnggaran: pagu dibandingkan dengan nol hanya bila bertanda; uji_besaran tanpa pembungkus


@given(pagu=_desimal_tepi.filter(lambda d: d.is_finite()))
def test_pagu_negatif_ditolak_tepat_bila_lebih_kecil_dari_nol(pagu: Decimal) -> None:
    """Rujukan Fraction: ditolak 'harus >= 0' tepat bila pagu < 0 (−0 dan 0E-57 diterima)."""
    try:
        ke_desimal(pagu, "pagu")
    except KinerjaError:
        return  # di luar batas besaran: ditolak pengubahnya, bukan oleh pemeriksaan tanda
    hasil = _angka(lambda p: BarisAnggaran("a", p).pagu, pagu)
    if Fraction(pagu) < 0:
        assert hasil == ("InputTidakSah", f"'pagu' harus >= 0 (diberikan {pagu!r})", "()")
    else:
        assert hasil == ("ok", "Decimal", repr(pagu))


def test_pagu_nol_bertanda_diterima() -> None:
    for pagu in (Decimal("-0"), Decimal("-0.00"), Decimal("-0E-57")):
        assert BarisAnggaran("a", pagu).pagu.is_signed()
    with pytest.raises(InputTidakSah, match="harus >= 0"):
        BarisAnggaran("a", Decimal("-1E-24"))


@given(nilai=_desimal_tepi.filter(lambda d: d.is_finite()))
def test_uji_besaran_lolos_berarti_periksa_besaran_menerima(nilai: Decimal) -> None:
    """Kontrak jalur cepat: uji_besaran tidak melempar → periksa_besaran menerima nilai itu."""
    try:
        uji_besaran(nilai)
    except DecimalException:
        return
    assert periksa_besaran(nilai, "nilai") is nilai


def test_impor_perintah_tanpa_babel_dates() -> None:
    """``kinerja hitung``/``periksa`` tidak mengimpor babel.dates (dan zoneinfo) saat mulai."""
    kode = (
        "import sys, kinerja.cli; "
        "print(sorted(m for m in ('babel.dates', 'zoneinfo') if m in sys.modules))"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout
    assert keluaran.strip() == "[]"


def test_baca_json_tanpa_tomllib_dan_importlib_resources() -> None:
    """Berkas JSON yang sah dibaca tanpa memuat tomllib atau importlib.resources (galat TOML
    dikenali dengan mengimpornya hanya bila ada galat)."""
    kode = (
        "import sys, kinerja.cli\n"
        "from kinerja.laporan.berkas import baca_laporan_teks\n"
        "lap = baca_laporan_teks("
        '\'{"unit": {"nama": "a", "instansi": "b"}, "periode": {"tahun": 2024}}\', '
        "'json')\n"
        "assert lap.periode.tahun == 2024\n"
        "print(sorted(m for m in ('tomllib', 'importlib.resources') if m in sys.modules))"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout
    assert keluaran.strip() == "[]"


@pytest.mark.parametrize(
    ("teks", "format", "awal"),
    [
        ("[unit\n", "toml", "<teks> baris 1"),
        ("{", "json", "<teks>: JSON tidak sah di baris 1 kolom 2"),
        ("x = 1." + "1" * 101 + "\n", "toml", "<teks>: angka 1.1111"),
    ],
)
def test_galat_urai_tetap_sama_setelah_tomllib_malas(teks: str, format: str, awal: str) -> None:
    """Galat TOML masih lewat galat_toml (nomor baris), galat JSON dan angka seperti sebelumnya."""
    with pytest.raises(BerkasTidakSah) as info:
        berkas.baca_laporan_teks(teks, format)  # type: ignore[arg-type]
    assert str(info.value).startswith(awal), str(info.value)
