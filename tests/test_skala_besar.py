"""Jalur cepat tambahan untuk berkas anggaran besar (isu 8, bagian skala) = jalur umumnya.

Setiap jalur cepat yang ditambahkan untuk ``benchmarks/bench_laporan_besar.py`` dibandingkan
dengan jalur umumnya: nilai yang sama untuk masukan yang diterima, galat yang sama (jenis dan
pesan) untuk masukan yang ditolak. Tidak ada pengukuran waktu di sini.
"""

from __future__ import annotations

import datetime
import pathlib
import subprocess
import sys
import tomllib
import typing
from decimal import Decimal
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kinerja.angka import ke_desimal
from kinerja.galat import BerkasTidakSah, KinerjaError
from kinerja.kode_rekening import KodeRekening
from kinerja.laporan import berkas, kait_berkas
from kinerja.laporan.baris import BarisAnggaran, baku_kode
from kinerja.laporan.berkas import tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.kait_berkas import angka_berkas
from kinerja.laporan.konverter import KONVERTER, KONVERTER_CEPAT
from kinerja.laporan.model import Laporan
from kinerja.laporan.tabel import hitung
from kinerja.urai_angka import baca_teks, desimal_cepat


def _hasil(fungsi: Any, nilai: object) -> tuple[str, ...]:
    try:
        hasil = fungsi(nilai)
    except KinerjaError as galat:
        return (type(galat).__name__, str(galat), repr(getattr(galat, "saran", ())))
    return ("ok", type(hasil).__name__, repr(hasil))


# ---------------------------------------------------------------------------------------------
# desimal_cepat: teks pendek (≤ 24 karakter) berbentuk jalur cepat tidak diuji besarannya lagi

# Bentuk jalur cepat di sekitar batas panjang 24: digit polos, dengan pemisah ribuan, dengan
# koma dan nol di depan (angka kecil), bertanda.
_TEKS_TEPI = st.one_of(
    st.from_regex(r"-?[0-9]{20,28}", fullmatch=True),
    st.from_regex(r"-?[0-9]{1,3}(\.[0-9]{3}){5,8}(,[0-9]{1,6})?", fullmatch=True),
    st.from_regex(r"-?0,0{15,26}[0-9]{0,3}", fullmatch=True),
    st.from_regex(r"-?[0-9]{1,12},[0-9]{8,16}", fullmatch=True),
)


@given(teks=_TEKS_TEPI)
@example(teks="9" * 24)  # 24 digit: < 10²⁴, sah
@example(teks="1" + "0" * 24)  # 25 karakter: tepat 10²⁴, ditolak jalur umum
@example(teks="-" + "9" * 24)
@example(teks="0," + "0" * 21 + "1")  # 24 karakter: 10⁻²², sah
@example(teks="0," + "0" * 23 + "1")  # 26 karakter: 10⁻²⁴, sah (tepat di batas)
@example(teks="0," + "0" * 24 + "1")  # 10⁻²⁵: ditolak jalur umum
@example(teks="0," + "0" * 22)
@example(teks="999.999.999.999.999.999,99")
def test_desimal_cepat_teks_pendek_sama_dengan_jalur_umum(teks: str) -> None:
    umum = _hasil(lambda t: baca_teks(t, "id", "angka"), teks)
    cepat = desimal_cepat(teks)
    if cepat is None:
        assert len(teks) > 24 or umum[0] != "ok"  # teks pendek berbentuk cepat selalu terbaca
    else:
        assert _hasil(lambda _: cepat, teks) == umum
    # kait berkas (jalur cepat + jalur umumnya) = jalur umum saja, juga untuk yang ditolak
    assert _hasil(angka_berkas, teks) == _hasil(kait_berkas._angka_berkas_umum, teks)
    if umum[0] == "ok":
        assert _hasil(lambda t: ke_desimal(t, "angka"), teks) == umum


def test_desimal_cepat_batas_panjang() -> None:
    """Tepi aturan besaran dengan teks ≤ 24 karakter diterima, yang di luarnya tidak."""
    assert desimal_cepat("9" * 24) == Decimal("9" * 24)
    assert desimal_cepat("0," + "0" * 21 + "1") == Decimal("1E-22")
    assert desimal_cepat("1" + "0" * 24) is None  # 10²⁴
    assert desimal_cepat("0," + "0" * 24 + "1") is None  # 10⁻²⁵
    assert _hasil(angka_berkas, "1" + "0" * 24)[0] == "InputTidakSah"


# ---------------------------------------------------------------------------------------------
# KONVERTER_CEPAT (tanpa validasi rinci cattrs) = KONVERTER; galat selalu dari KONVERTER


def _struktur(konverter: Any, data: object, kelas: type = Laporan) -> tuple[str, str]:
    try:
        return ("ok", repr(konverter.structure(data, kelas)))
    except Exception as galat:
        return (type(galat).__name__, str(galat))


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_konverter_cepat_sama_dengan_konverter_rinci_untuk_contoh(nama: str) -> None:
    data = tomllib.loads(teks_contoh(nama), parse_float=Decimal)
    assert KONVERTER_CEPAT.structure(data, Laporan) == KONVERTER.structure(data, Laporan)


_SALAH: list[object] = [
    {"unit": {"nama": "A", "instansi": "B"}, "periode": {"tahun": 2024, "triwulan": 1}, "x": 1},
    {"unit": {"nama": "A", "instansi": "B"}, "periode": {"tahun": 2024, "triwulan": 9}},
    {
        "unit": {"nama": "A", "instansi": "B"},
        "periode": {"tahun": 2024, "triwulan": 2},
        "anggaran": [
            {"uraian": "a", "pagu": "1.000"},
            {"uraian": "b", "pagu": "1,000,000", "kode": "7.01"},
            {"uraian": " ", "pagu": "-", "realisasi": {"tw1": "5,", "tw5": 1}},
            "bukan tabel",
        ],
    },
]


@pytest.mark.parametrize("data", _SALAH)
def test_berkas_salah_galatnya_dari_konverter_rinci(data: object) -> None:
    """Konverter cepat menolak yang ditolak konverter rinci; galat berkas sama dengan lewat
    KONVERTER saja (daftar lengkap beserta tempatnya)."""
    assert _struktur(KONVERTER_CEPAT, data)[0] != "ok"
    assert _struktur(KONVERTER, data)[0] != "ok"
    with pytest.raises(BerkasTidakSah) as lewat_baca:
        berkas._dari_data(data, "x.json")
    with (
        pytest.raises(BerkasTidakSah) as rujukan,
        mock.patch.object(berkas, "KONVERTER_CEPAT", KONVERTER),
    ):
        berkas._dari_data(data, "x.json")
    assert str(lewat_baca.value) == str(rujukan.value)
    assert lewat_baca.value.kesalahan == rujukan.value.kesalahan
    assert len(lewat_baca.value.kesalahan) >= 1


def _kelas_attrs(cl: type, ketemu: set[type]) -> set[type]:
    """Kelas attrs yang terjangkau dari ``cl`` lewat anotasi isian (termasuk ``X | None``)."""
    if cl in ketemu or not attrs.has(cl):
        return ketemu
    ketemu.add(cl)
    for isian in attrs.fields(attrs.resolve_types(cl)):
        for jenis in (isian.type, *typing.get_args(isian.type)):
            for dalam in (jenis, *typing.get_args(jenis)):
                if isinstance(dalam, type):
                    _kelas_attrs(dalam, ketemu)
    return ketemu


_BUKAN_TABEL = ["teks", "", "tw1 nama", [], ["tw1", "nama"], 5, None, True, Decimal(1), 1.5,
                datetime.date(2024, 1, 1), ("nama",)]  # fmt: skip


_KELAS: list[type] = sorted(_kelas_attrs(Laporan, set()), key=lambda k: k.__name__)


@pytest.mark.parametrize("kelas", _KELAS)
def test_konverter_cepat_menolak_yang_bukan_tabel(kelas: type) -> None:
    """Tanpa pemeriksaan tabel tambahan, konverter cepat tetap menolak setiap nilai berkas yang
    bukan tabel (lalu konverter rinci memberi pesannya)."""
    assert len(_kelas_attrs(Laporan, set())) >= 6
    for nilai in _BUKAN_TABEL:
        assert _struktur(KONVERTER_CEPAT, nilai, kelas)[0] != "ok", nilai
        assert _struktur(KONVERTER, nilai, kelas)[0] != "ok", nilai


# ---------------------------------------------------------------------------------------------
# Impor malas: perintah atas berkas JSON yang sah tidak memuat modul yang tak dipakainya

_TAK_DIMUAT = ("babel", "babel.numbers", "difflib", "tomli_w", "html",
               "kinerja.laporan.lokasi_galat", "numpy", "pandas")  # fmt: skip


def test_hitung_dan_periksa_berkas_json_sah_tanpa_modul_yang_tak_dipakai(
    tmp_path: pathlib.Path,
) -> None:
    # seperti berkas tolok ukur: angka teks "1.895.403.508" dan bilangan JSON, angka tercetak
    jalur = tmp_path / "a.json"
    jalur.write_text(
        '{"unit": {"nama": "Badan Keuangan", "instansi": "Kabupaten Contoh"}, '
        '"periode": {"tahun": 2024, "triwulan": 2}, "anggaran": ['
        '{"kode": "1", "uraian": "Urusan", "pagu": "1.500.000", '
        '"realisasi": {"tw1": 200000, "tw2": "300.000"}}, '
        '{"kode": "1.01", "uraian": "Bidang", "pagu": 1500000, "realisasi_kumulatif": "500.000", '
        '"tercetak": {"sisa": "1.000.000", "serapan": "33,33"}}, '
        '{"kode": "1.01.x1", "uraian": "Cacat", "pagu": "0,00"}]}',
        encoding="utf-8",
    )
    kode = (
        "import contextlib, io, sys\n"
        "from kinerja.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['hitung', {str(jalur)!r}, '--tabel', 'keuangan'])\n"
        f"    main(['periksa', {str(jalur)!r}])\n"
        f"print(sorted(m for m in {_TAK_DIMUAT!r} if m in sys.modules))\n"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout
    assert keluaran.strip() == "[]"


def test_modul_malas_tetap_dipakai_saat_dibutuhkan(tmp_path: pathlib.Path) -> None:
    """Galat berkas (lokasi_galat, difflib), notasi ketat (Babel), tulis TOML dan HTML tetap
    berjalan setelah impornya dipindah ke dalam fungsi."""
    with pytest.raises(BerkasTidakSah, match="satuan"):
        berkas.baca_laporan_teks('{"unit": {"nama": "A", "instansi": "B"}, "periode": '
                                 '{"tahun": 2024}, "indikator": [{"nama": "x", "satuaan": "%"}]}',
                                 "json")  # fmt: skip
    with pytest.raises(BerkasTidakSah, match="JSON tidak sah"):
        berkas.baca_laporan_teks("{", "json")
    assert baca_teks("1.234,5", "id", "x") == Decimal("1234.5")
    with pytest.raises(KinerjaError, match=r"maksud Anda '197\.195\.216'"):
        baca_teks("19.7195.216", "id", "x")
    lap = muat_contoh("kalaena-2024-tw1")
    assert berkas.baca_laporan_teks(tulis_laporan_teks(lap, "toml"), "toml") == lap
    assert "<table>" in hitung(lap).keuangan._repr_html_()


# ---------------------------------------------------------------------------------------------
# Kode baris anggaran sudah dirapikan: " " di kode = whitespace apa pun; kode.upper() = baku_kode

_KODE_BERSPASI = st.text(alphabet="0123456789.Xx \t\u00a0\u2003\n", min_size=1, max_size=22)


@given(kode=_KODE_BERSPASI)
@example(kode="7.01\u00a0.01")
@example(kode="x.xx.01")
def test_kode_baris_dirapikan_spasi_dan_bacaan_sama(kode: str) -> None:
    try:
        b = BarisAnggaran("a", 1, kode=kode)
    except KinerjaError:
        return  # hanya whitespace: ditolak pengubah teks
    assert b.kode is not None
    assert (" " in b.kode) == (b.kode.split() != [b.kode])
    try:
        rujukan: tuple[str, ...] | None = KodeRekening.parse(baku_kode(b.kode)).segmen
    except KinerjaError:
        rujukan = None
    assert (None if b.kode_rekening is None else b.kode_rekening.segmen) == rujukan
