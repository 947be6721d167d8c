"""Jalur cepat lapisan hitung berkas besar menerima dan menolak persis sama dengan jalur umum.

- ``anggaran.serapan`` punya jalur singkat untuk dua ``Decimal`` biasa; rujukannya jalur umum
  ``anggaran._serapan_umum`` (setiap masukan lewat ``ke_desimal``), dibandingkan hasil *dan*
  galatnya (jenis dan pesan) untuk Decimal apa pun: NaN, tak hingga, -0, negatif, di atas pagu,
  pagu 0, di luar besaran pustaka, 35 digit bermakna.
- ``pohon.indeks_akar`` (baris JUMLAH tabel keuangan tanpa membangun simpul) sama dengan
  ``PohonAnggaran.dari_baris(...).indeks_akar``.
- Sel Rupiah dan persen sajian (jalur cepat tanpa Babel) sama dengan ``format_angka`` (Babel),
  termasuk galatnya; ``Sajian.ke_teks`` (diformat per kolom) sama dengan rujukan per sel.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from kinerja import anggaran
from kinerja.laporan import format_sel
from kinerja.laporan.baris import NilaiTriwulan
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.model import BarisAnggaran
from kinerja.laporan.periksa import periksa
from kinerja.laporan.pohon import PohonAnggaran, indeks_akar
from kinerja.laporan.sajian import Kolom, Sajian
from kinerja.laporan.tabel_keuangan import baris_keuangan, tabel_keuangan
from kinerja.periode import Periode, Triwulan
from kinerja.teks_angka import format_angka, tulis_angka_tepat


def _hasil(fungsi: object, *argumen: object) -> tuple[str, object]:
    """('ok', nilai beserta eksponennya) atau (nama galat, pesan)."""
    assert callable(fungsi)
    try:
        nilai = fungsi(*argumen)
    except Exception as galat:  # jenis dan pesan galat ikut dibandingkan
        return (type(galat).__name__, str(galat))
    assert type(nilai) is Decimal
    return ("ok", nilai.as_tuple())


desimal_bebas = st.builds(
    lambda tanda, digit, eksponen: Decimal((tanda, tuple(int(d) for d in str(digit)), eksponen)),
    st.integers(0, 1),
    st.one_of(st.integers(0, 10**6), st.integers(0, 10**35)),
    st.integers(-60, 30),
)
desimal_khusus = st.sampled_from(
    [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0")]
)
uang = st.decimals(min_value=0, max_value=Decimal(10**15), places=2)
nilai = st.one_of(desimal_bebas, desimal_khusus, uang, st.integers(-5, 10**25), st.just("1.500"))


@given(nilai, nilai)
@example(Decimal(100), Decimal(100))
@example(Decimal(100), Decimal("100.01"))  # di atas pagu
@example(Decimal(0), Decimal(0))  # pagu 0
@example(Decimal("-0"), Decimal("-0"))
@example(Decimal(100), Decimal("-0"))
@example(Decimal(100), Decimal("-1"))
@example(Decimal("1E+24"), Decimal(1))  # di luar besaran
@example(Decimal("1E-25"), Decimal(0))
@example(Decimal("0E-58"), Decimal(0))  # nol dengan eksponen di luar batas
@example(Decimal(10**34), Decimal(10**34))  # 35 digit, nol di ujung: sah
@example(Decimal(10**34 + 1), Decimal(1))  # 35 digit bermakna: ditolak
@example(Decimal("NaN"), Decimal(1))
@example(Decimal(1), Decimal("sNaN"))
@example(Decimal("Infinity"), Decimal(1))
def test_serapan_jalur_cepat_sama_dengan_jalur_umum(pagu: object, realisasi: object) -> None:
    assert _hasil(anggaran.serapan, pagu, realisasi) == _hasil(
        anggaran._serapan_umum, pagu, realisasi
    )


class _DesimalTurunan(Decimal):
    """Subkelas Decimal: tidak boleh lewat jalur singkat yang memeriksa ``type(x) is Decimal``."""


@given(uang, uang)
def test_serapan_subkelas_decimal_sama_dengan_decimal(pagu: Decimal, realisasi: Decimal) -> None:
    assert _hasil(anggaran.serapan, _DesimalTurunan(pagu), _DesimalTurunan(realisasi)) == _hasil(
        anggaran._serapan_umum, pagu, realisasi
    )


def test_serapan_contoh_domain() -> None:
    # Kalaena TW I 2024 (DOMAIN.md): 4.453.500 / 4.483.500 → 99,33; Klakah 7.01.01 → 95,06
    assert anggaran.serapan(Decimal(4483500), Decimal(4453500)).quantize(Decimal("0.01")) == (
        Decimal("99.33")
    )
    assert anggaran.serapan(Decimal(1780578508), Decimal(1692625798)).quantize(
        Decimal("0.01")
    ) == Decimal("95.06")


# kode rekening: sah, huruf kecil, berspasi, kembar, cacat (sub kegiatan 2 digit), kosong
kode = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "7",
            "7.01",
            "7.01.01",
            "7.01.01.2.01",
            "7.01.01.2.01.0001",
            "7.01.01.2.01.02",
            "7.01.02",
            "7.01.02.2.01",
            "7.01.02.2.01.02",
            "7. 01.02",
            "x.xx.01",
            "X.XX.01",
            "X.XX.01.2.01",
            "8.02",
            "bukan kode",
        ]
    ),
)
baris_anggaran = st.builds(
    lambda uraian, pagu, k: BarisAnggaran(uraian, pagu, kode=k),
    st.sampled_from(["Program", "Kegiatan", "Sub kegiatan"]),
    uang,
    kode,
)


@given(st.lists(baris_anggaran, max_size=12))
def test_indeks_akar_sama_dengan_pohon(baris: list[BarisAnggaran]) -> None:
    pohon = PohonAnggaran.dari_baris(baris, Triwulan.IV)
    assert indeks_akar(baris) == pohon.indeks_akar


def test_indeks_akar_contoh() -> None:
    # anak (termasuk berkode cacat berleluhur) tidak dijumlah; tanpa kode dan yatim dijumlah
    baris = [
        BarisAnggaran("Program", "100", kode="7.01.01"),
        BarisAnggaran("Kegiatan", "60", kode="7.01.01.2.01"),
        BarisAnggaran("Cacat", "40", kode="7.01.01.2.01.02"),
        BarisAnggaran("Tanpa kode", "5"),
        BarisAnggaran("Yatim cacat", "5", kode="9.99.99.9.99.99"),
        BarisAnggaran("Kembar", "100", kode="7.01.01"),
    ]
    assert indeks_akar(baris) == frozenset({0, 3, 4})


# --- cetak: sel rupiah/persen jalur cepat terhadap format_angka (Babel), ke_teks per kolom ---


def _rupiah_babel(nilai: Decimal) -> str:
    """Rujukan: Rupiah bulat tanpa desimal, selain itu dua desimal, lewat Babel."""
    return format_angka(nilai, 0 if nilai == nilai.to_integral_value() else 2)


def _persen_babel(nilai: Decimal) -> str:
    return format_angka(nilai, 2)


sel_desimal = st.one_of(
    desimal_bebas,
    desimal_khusus,
    st.decimals(min_value=Decimal(-(10**22)), max_value=Decimal(10**22), places=3),
    st.decimals(allow_nan=False, allow_infinity=False),
)


@given(sel_desimal)
@example(Decimal("-0"))
@example(Decimal("0E+5"))
@example(Decimal("-0E-3"))
@example(Decimal("1.5E+3"))
@example(Decimal("1500.00"))
@example(Decimal("-0.005"))
@example(Decimal("0.005"))
@example(Decimal("-0.004"))
@example(Decimal("99999999999999999999.995"))
@example(Decimal("99999999999999999999"))
@example(Decimal("1E+20"))
@example(Decimal("1E-13"))
@example(Decimal("sNaN"))
def test_sel_rupiah_dan_persen_sama_dengan_babel(nilai: Decimal) -> None:
    assert _hasil_teks(format_sel.sel_rupiah, nilai) == _hasil_teks(_rupiah_babel, nilai)
    assert _hasil_teks(format_sel.sel_persen, nilai) == _hasil_teks(_persen_babel, nilai)


def _hasil_teks(fungsi: object, nilai: object) -> tuple[str, object]:
    assert callable(fungsi)
    try:
        return ("ok", fungsi(nilai))
    except Exception as galat:  # jenis dan pesan galat ikut dibandingkan
        return (type(galat).__name__, str(galat))


def _ke_teks_rujukan(s: Sajian, lebar_teks: int) -> str:
    """Rujukan per sel (lewat ``Sajian.sel``), bukan per kolom: padding dengan ljust/rjust."""
    isi = s.sel()
    teks_kolom = [k.jenis == "teks" for k in s.kolom]
    for b in isi:
        for i, teks in enumerate(teks_kolom):
            if teks and len(b[i]) > lebar_teks:
                b[i] = b[i][: lebar_teks - 1] + "…"
    judul = [k.judul for k in s.kolom]
    lebar = [max([len(judul[i])] + [len(b[i]) for b in isi]) for i in range(len(s.kolom))]

    def baris(sel: list[str]) -> str:
        return " | ".join(
            x.ljust(w) if t else x.rjust(w) for x, w, t in zip(sel, lebar, teks_kolom, strict=True)
        ).rstrip()

    garis = "-+-".join("-" * w for w in lebar)
    return "\n".join(
        [s.judul, baris(judul), garis, *map(baris, isi), *(f"* {c}" for c in s.catatan)]
    )


jenis_kolom = st.sampled_from(["teks", "angka", "persen", "rupiah"])
isi_sel = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.decimals(min_value=-(10**12), max_value=10**12, places=3),
)


@st.composite
def sajian_acak(draw: st.DrawFn) -> Sajian:
    kolom = draw(st.lists(st.builds(Kolom, st.text(max_size=6), jenis_kolom), max_size=5))
    baris = draw(
        st.lists(st.tuples(*(isi_sel for _ in kolom)), max_size=6)
        if kolom
        else st.lists(st.just(()), max_size=3)
    )
    return Sajian(draw(st.text(max_size=5)), tuple(kolom), tuple(baris), ("catatan",))


@given(sajian_acak(), st.integers(1, 10))
def test_ke_teks_per_kolom_sama_dengan_rujukan_per_sel(s: Sajian, lebar_teks: int) -> None:
    assert s.ke_teks(lebar_teks) == _ke_teks_rujukan(s, lebar_teks)
    assert s.tanpa_kolom_kosong().ke_teks(lebar_teks) == _ke_teks_rujukan(
        s.tanpa_kolom_kosong(), lebar_teks
    )


def test_format_tanpa_babel_menolak_35_digit_bermakna_seperti_babel() -> None:
    # Besaran biasa (10¹⁹) tetapi 35 digit bermakna: ke_desimal menolak, jalur Babel melempar;
    # jalur tanpa Babel dulu memformatnya diam-diam.
    nilai = Decimal("10000000000000000000.000000000000001")
    for tempat in (0, 1, 2):
        harapan = _hasil_teks(lambda x, t=tempat: format_angka(x, t), nilai)
        assert harapan[0] == "InputTidakSah"
        assert _hasil_teks(lambda x, t=tempat: format_sel.format_desimal(x, t), nilai) == harapan
    harapan = _hasil_teks(tulis_angka_tepat, nilai)
    assert harapan[0] == "InputTidakSah"
    assert _hasil_teks(format_sel.tulis_desimal, nilai) == harapan


@given(st.lists(baris_anggaran, max_size=12))
def test_telusuri_pohon_sama_dengan_telusuri_tiap_akar(baris: list[BarisAnggaran]) -> None:
    # PohonAnggaran.telusuri (tumpukan) = urutan rekursif SimpulAnggaran.telusuri tiap akar
    pohon = PohonAnggaran.dari_baris(baris, Triwulan.IV)
    harapan = [(d, s.kode, s.baris) for a in pohon.akar for d, s in a.telusuri()]
    assert [(d, s.kode, s.baris) for d, s in pohon.telusuri()] == harapan
    assert len(harapan) == len(baris) - len(pohon.indeks_kembar) - sum(
        b.kode is None or b.kode_rekening is None for b in baris
    )


target_tw = st.lists(
    st.one_of(st.none(), st.decimals(min_value=0, max_value=10**9, places=2)),
    min_size=4,
    max_size=4,
)


@given(target_tw, st.sampled_from(list(Triwulan)))
def test_target_keuangan_dan_sigma_target_tanpa_target_triwulan(
    target: list[Decimal | None], tw: Triwulan
) -> None:
    # Rujukan: Σ target TW I–n yang dilaporkan, None bila tidak ada satu pun; Σ TW I–IV ≠ pagu
    # dilaporkan periksa tepat bila ada target triwulan.
    pagu = Decimal(1000)
    baris = BarisAnggaran("Sub kegiatan", pagu, kode="7.01.01", target=NilaiTriwulan(*target))
    laporan = attrs.evolve(
        muat_contoh("kalaena-2024-tw1"),
        periode=Periode(2024, tw),
        indikator=(),
        anggaran=(baris,),
        rencana_aksi=(),
        tanggal=None,
        label_periode=(),
    )
    dilaporkan = [t for t in target[:tw] if t is not None]
    harapan = sum(dilaporkan, Decimal(0)) if dilaporkan else None
    assert tabel_keuangan(laporan).baris[0].target == harapan
    semua = [t for t in target if t is not None]
    sigma = [t for t in periksa(laporan) if t.kolom == "target keuangan"]
    if semua and sum(semua, Decimal(0)) != pagu:
        assert [(t.tercetak, t.dihitung) for t in sigma] == [(sum(semua, Decimal(0)), pagu)]
    else:
        assert sigma == []


# --- cetak: pemformat per kolom (ke_teks) sama dengan pemformat per sel ---

isi_kolom_acak = st.lists(
    st.one_of(st.none(), st.text(max_size=4), st.integers(-5, 5), sel_desimal), max_size=8
)


@given(isi_kolom_acak)
@example([Decimal("-0"), Decimal("1.5E+3"), Decimal("1500.00"), Decimal("-0.005"), None])
@example([Decimal("99999999999999999999.995"), Decimal("1E+20"), Decimal("1E-13")])
@example([Decimal("1234567890123456789.012345678901234567")])  # 37 digit: uji_besaran menolak
def test_pemformat_kolom_sama_dengan_per_sel(isi: list[object]) -> None:
    for per_kolom, per_sel in (
        (format_sel.kolom_rupiah, format_sel.sel_rupiah),
        (format_sel.kolom_persen, format_sel.sel_persen),
        (format_sel.kolom_angka, format_sel.sel_angka),
    ):
        # per sel: galat (Decimal di luar batas) ikut dibandingkan; per kolom melempar galat
        # yang sama pada sel pertama yang gagal
        rujukan = [_hasil_teks(per_sel, v) for v in isi]
        gagal = [h for h in rujukan if h[0] != "ok"]
        hasil = _hasil_teks(per_kolom, isi)
        if gagal:
            assert hasil == gagal[0]
        else:
            assert hasil == ("ok", [h[1] for h in rujukan])


# --- hitung: tabel_keuangan (loop sebaris) sama dengan baris_keuangan per baris ---


# nilai triwulan: kosong, atau sebagian triwulan terisi (realisasi bisa melebihi pagu, pagu 0)
nilai_triwulan = st.one_of(
    st.just(NilaiTriwulan()),
    st.builds(NilaiTriwulan, *(st.one_of(st.none(), uang) for _ in range(4))),
)
baris_anggaran_lengkap = st.builds(
    lambda uraian, pagu, k, target, realisasi: BarisAnggaran(
        uraian, pagu, kode=k, target=target, realisasi=realisasi
    ),
    st.sampled_from(["Program", "Kegiatan"]),
    st.one_of(st.just(Decimal(0)), uang),
    kode,
    nilai_triwulan,
    nilai_triwulan,
)


@given(st.lists(baris_anggaran_lengkap, max_size=8), st.sampled_from(list(Triwulan)))
def test_tabel_keuangan_sama_dengan_baris_keuangan_per_baris(
    baris: list[BarisAnggaran], tw: Triwulan
) -> None:
    laporan = attrs.evolve(muat_contoh("klakah-2024-tw4"), anggaran=tuple(baris))
    laporan = attrs.evolve(laporan, periode=Periode(laporan.periode.tahun, tw))
    akar = PohonAnggaran.dari_baris(baris, tw).indeks_akar
    rujukan = tuple(
        baris_keuangan(laporan, b, akar=i in akar) for i, b in enumerate(laporan.anggaran)
    )
    assert tabel_keuangan(laporan).baris == rujukan
