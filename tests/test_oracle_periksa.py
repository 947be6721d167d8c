"""Oracle periksa: pemeriksaan yang belum punya uji (kode kembar, induk ≠ Σ anak) dan jenis temuan.

Nilai harapan dihitung di sini dengan pecahan tepat dari isian laporan yang dibuat uji (DOMAIN.md
§5: pagu dan realisasi induk = jumlah anak-anaknya), bukan dari ``hitung()``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from kinerja.laporan import BarisAnggaran, Laporan, Unit
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.periksa import Temuan, periksa
from kinerja.periode import Periode
from tests.strategies import desimal

UNIT = Unit("Seksi Uji", "Kecamatan Uji")


def _laporan(*baris: BarisAnggaran) -> Laporan:
    return Laporan(UNIT, Periode(2024, 4), anggaran=baris)


uang = desimal(0, 10**9, 0)


@st.composite
def pohon_program(draw: st.DrawFn) -> tuple[list[tuple[Decimal, Decimal]], Decimal, Decimal]:
    """Anak-anak (pagu, realisasi) satu program, dan geseran pagu dan realisasi induknya."""
    anak = []
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        pagu = draw(uang)
        anak.append((pagu, draw(desimal(0, pagu, 0))))
    return anak, draw(desimal(-1000, 1000, 0)), draw(desimal(-1000, 0, 0))


def _program(anak: list[tuple[Decimal, Decimal]], geser_p: Decimal, geser_r: Decimal) -> Laporan:
    pagu = sum((Fraction(p) for p, _ in anak), Fraction(0)) + Fraction(geser_p)
    realisasi = sum((Fraction(r) for _, r in anak), Fraction(0)) + Fraction(geser_r)
    induk = BarisAnggaran(
        "Program Uji",
        Decimal(pagu.numerator),
        kode="7.01.01",
        realisasi_kumulatif=Decimal(realisasi.numerator),
    )
    kegiatan = [
        BarisAnggaran(f"Kegiatan {i}", p, kode=f"7.01.01.2.{i + 1:02d}", realisasi_kumulatif=r)
        for i, (p, r) in enumerate(anak)
    ]
    return _laporan(induk, *kegiatan)


@given(pohon_program())
def test_induk_tidak_sama_jumlah_anak_dilaporkan(
    data: tuple[list[tuple[Decimal, Decimal]], Decimal, Decimal],
) -> None:
    anak, geser_p, geser_r = data
    assume(sum(Fraction(p) for p, _ in anak) + Fraction(geser_p) >= 0)
    assume(sum(Fraction(r) for _, r in anak) + Fraction(geser_r) >= 0)
    temuan = [t for t in periksa(_program(anak, geser_p, geser_r)) if t.tabel == "pohon anggaran"]
    harapan = []
    for kolom, geser, nilai in (
        ("pagu", geser_p, [p for p, _ in anak]),
        ("realisasi", geser_r, [r for _, r in anak]),
    ):
        if geser != 0:
            jumlah = sum((Fraction(v) for v in nilai), Fraction(0))
            harapan.append((kolom, jumlah + Fraction(geser), jumlah, Fraction(geser)))
    didapat = [
        (t.kolom, Fraction(t.tercetak), Fraction(t.dihitung), Fraction(t.selisih))  # type: ignore[arg-type]
        for t in temuan
    ]
    assert didapat == harapan
    assert all(t.jenis == "tidak konsisten" and "7.01.01" in t.baris for t in temuan)


def test_pohon_yang_menjumlah_tanpa_temuan() -> None:
    lap = _laporan(
        BarisAnggaran("Program", 100, kode="7.01.01", realisasi_kumulatif=50),
        BarisAnggaran("Kegiatan A", 60, kode="7.01.01.2.01", realisasi_kumulatif=20),
        BarisAnggaran("Kegiatan B", 40, kode="7.01.01.2.02", realisasi_kumulatif=30),
    )
    assert periksa(lap) == []


def test_kode_kembar_dilaporkan_sekali() -> None:
    lap = _laporan(
        BarisAnggaran("Program", 100, kode="7.01.01", realisasi_kumulatif=50),
        BarisAnggaran("Program (salin)", 100, kode="7.01.01", realisasi_kumulatif=50),
        BarisAnggaran("Program lain", 10, kode="7.01.02", realisasi_kumulatif=5),
        BarisAnggaran("Program lagi", 100, kode="7.01.01", realisasi_kumulatif=50),
    )
    kode = [t for t in periksa(lap) if t.kolom == "kode"]
    # setiap baris kembar (yang tidak masuk pohon maupun JUMLAH) sekali, di barisnya sendiri;
    # baris pertama berkode itu tetap dipakai dan tidak dilaporkan
    assert [(t.baris, t.tercetak, t.jenis) for t in kode] == [
        ("7.01.01 Program (salin)", "7.01.01", "kode rekening"),
        ("7.01.01 Program lagi", "7.01.01", "kode rekening"),
    ]
    assert all("lebih dari sekali" in t.alasan for t in kode)


def test_kode_tidak_kembar_tanpa_temuan_kode() -> None:
    lap = _laporan(
        BarisAnggaran("Program", 100, kode="7.01.01", realisasi_kumulatif=50),
        BarisAnggaran("Program lain", 10, kode="7.01.02", realisasi_kumulatif=5),
    )
    assert periksa(lap) == []


def _jenis_menurut_arti(t: Temuan) -> str:
    """Jenis temuan dari artinya, tanpa melihat kode periksa.

    Teks angka yang bukan angka Indonesia → format angka; kolom kode → kode rekening; judul baris
    milik baris lain → judul baris; tanggal sebelum akhir periode → tanggal laporan, sesudah
    batas waktu → terlambat; dua angka laporan yang saling bertentangan (rencana aksi, realisasi
    per TW, pohon, angka yang sama di dua tempat, label periode) → tidak konsisten;
    angka tercetak yang tidak punya nilai aturan → tidak dapat dihitung; selain itu salah hitung.
    """
    if t.kolom == "kode":
        return "kode rekening"
    if t.kolom == "uraian":
        return "judul baris"
    if t.kolom == "tanggal":
        terlambat = str(t.dihitung) < str(t.tercetak)  # tanggal ISO: urutan teks = urutan waktu
        return "terlambat" if terlambat else "tanggal laporan"
    if t.kolom == "label periode":  # label menyebut periode lain
        return "tidak konsisten"
    if isinstance(t.tercetak, str) and t.kolom != "predikat":
        return "format angka"
    if t.tabel in ("rencana aksi", "pohon anggaran") or t.kolom == "realisasi per triwulan":
        return "tidak konsisten"
    if t.sebaran:  # angka yang sama tercetak dengan nilai lain di tempat lain
        return "tidak konsisten"
    if t.dihitung is None:
        return "tidak dapat dihitung"
    return "salah hitung"


def test_jenis_temuan_contoh_sesuai_artinya() -> None:
    semua = [t for nama in sorted(CONTOH) for t in periksa(muat_contoh(nama))]
    assert {t.jenis for t in semua} >= {
        "salah hitung", "tidak konsisten", "format angka", "kode rekening", "tidak dapat dihitung",
        "judul baris", "tanggal laporan",
    }  # fmt: skip
    for t in semua:
        assert t.jenis == _jenis_menurut_arti(t), t


def test_setiap_angka_anggaran_yang_tercetak_sendirian_diperiksa() -> None:
    # Setiap baris mencetak tepat satu angka, salah: masing-masing harus dilaporkan (jalan pintas
    # "baris bersih" di periksa tidak boleh melewatkan baris yang hanya mencetak satu angka).
    # Nilai harapan dihitung tangan: pagu 200, realisasi 150, target TW 50 per TW (TW IV: 200).
    from kinerja import NilaiTriwulan, TercetakAnggaran

    def baris(kode: str, **tercetak: object) -> BarisAnggaran:
        return BarisAnggaran(
            f"Kegiatan {kode}", 200, kode=kode,
            target=NilaiTriwulan(50, 50, 50, 50), realisasi=NilaiTriwulan(50, 50, 25, 25),
            tercetak=TercetakAnggaran(**tercetak),  # type: ignore[arg-type]
        )  # fmt: skip

    lap = _laporan(
        baris("7.01.01", target=199),
        baris("7.01.02", realisasi=151),
        baris("7.01.03", capaian_keuangan=76),
        baris("7.01.04", serapan=74),
        baris("7.01.05", sisa=51),
    )
    temuan = {(t.baris, t.kolom, t.dihitung) for t in periksa(lap)}
    assert temuan == {
        ("7.01.01 Kegiatan 7.01.01", "target", Decimal(200)),
        ("7.01.02 Kegiatan 7.01.02", "realisasi", Decimal(150)),
        ("7.01.03 Kegiatan 7.01.03", "capaian keuangan", Decimal(75)),  # 150 / 200 × 100
        ("7.01.04 Kegiatan 7.01.04", "serapan", Decimal(75)),
        ("7.01.05 Kegiatan 7.01.05", "sisa", Decimal(50)),
    }


def test_temuan_baris_tanpa_angka_tercetak_menyebut_barisnya() -> None:
    # Temuan yang tidak berasal dari angka tercetak (realisasi > pagu, Σ target ≠ pagu,
    # realisasi kumulatif ≠ Σ triwulan, teks bernotasi salah) tetap menyebut barisnya.
    from kinerja import NilaiTriwulan, TercetakAnggaran

    lap = _laporan(
        BarisAnggaran("Lebih", 100, kode="7.01.01", realisasi_kumulatif=120),
        BarisAnggaran("Target", 100, kode="7.01.02", target=NilaiTriwulan(30, 30, 30, 30),
                      realisasi_kumulatif=50),
        BarisAnggaran("Kumulatif", 100, kode="7.01.03", realisasi=NilaiTriwulan(10, 10, 10, 10),
                      realisasi_kumulatif=50),
        BarisAnggaran("Teks", 1000000, kode="7.01.04", realisasi_kumulatif=5,
                      tercetak=TercetakAnggaran(teks={"pagu": "1,000,000"})),
        BarisAnggaran("Teks target", 1000, kode="7.01.05", target=NilaiTriwulan(1000),
                      realisasi_kumulatif=5,
                      tercetak=TercetakAnggaran(teks={"target": "1,000"})),
    )  # fmt: skip
    semua = periksa(lap)
    per_baris = {(t.baris, t.kolom) for t in semua}
    assert ("7.01.01 Lebih", "realisasi") in per_baris
    # realisasi > pagu dan Σ target ≠ pagu: dua angka laporan yang bertentangan (DOMAIN §4–5)
    lebih = next(t for t in semua if t.baris == "7.01.01 Lebih")
    assert lebih.jenis == "tidak konsisten"
    assert "melebihi pagu" in lebih.alasan
    target = next(t for t in semua if t.kolom == "target keuangan")
    assert target.jenis == "tidak konsisten"
    assert (target.tercetak, target.dihitung) == (Decimal(120), Decimal(100))
    assert ("7.01.02 Target", "target keuangan") in per_baris
    assert ("7.01.03 Kumulatif", "realisasi kumulatif") in per_baris
    assert ("7.01.04 Teks", "pagu") in per_baris
    assert ("7.01.05 Teks target", "target") in per_baris
    assert all(t.baris for t in periksa(lap))
