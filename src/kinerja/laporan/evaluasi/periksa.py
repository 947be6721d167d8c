"""Periksa berkas evaluasi: hitung ulang setiap indeks, NRR, skor dan predikat tercetak.

Angka tercetak dibandingkan dengan nilai aturan yang dibulatkan ke jumlah desimal yang tercetak
(:func:`kinerja.laporan.periksa.banding.banding`), seperti laporan kinerja. Untuk IKM, indeks
tercetak yang salah tetapi cocok dengan indeks berbobot terbulatkan (0,11 atau 0,111 alih-alih
1/9; DOMAIN.md §13) disebut sebagai kemungkinan penyebabnya. Untuk LKE, pelanggaran kerangka
logis juga temuan (jenis "kerangka logis").

>>> from kinerja.laporan.evaluasi.berkas import muat_contoh_evaluasi
>>> for t in periksa_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024")):
...     print(t.kolom, t.tercetak, "→", t.dihitung)
indeks 79.75 → 80.56
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kinerja.besaran import bagi
from kinerja.galat import TipeTidakSah, tampil_aman
from kinerja.laporan.evaluasi.model import BerkasLKE, SurveiIKM
from kinerja.laporan.periksa.banding import banding, tempat_cetak
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.predikat import predikat
from kinerja.skala_predikat import SKALA_AKIP, SKALA_IKM
from kinerja.teks_angka import bulatkan, tulis_angka_tepat

__all__ = ["BOBOT_TERBULATKAN", "periksa_evaluasi"]

BOBOT_TERBULATKAN = (Decimal("0.11"), Decimal("0.111"))
"""Bobot 1/9 terbulatkan yang dipakai banyak survei terbit (PermenPANRB 14/2017 mencetak 0,11)."""


def _label(
    tabel: str, baris: str, kolom: str, tercetak: str | None, benar: str
) -> Iterator[Temuan]:
    if tercetak is not None and tercetak.strip().upper() != benar.upper():
        yield Temuan(tabel, baris, kolom, tercetak, benar, None, f"{kolom} menurut aturan")


def _ikm(s: SurveiIKM) -> Iterator[Temuan]:
    t = s.tercetak
    baris = s.unit
    for (nama, _, _), tercetak, x in zip(s.per_unsur(), t.nrr, s.nrr(), strict=False):
        yield from banding("ikm", nama, "NRR", tercetak, x, "NRR = Σ nilai / jawaban diberikan")
    indeks = s.indeks()
    temuan = list(banding("ikm", baris, "indeks", t.indeks, indeks, "IKM = rerata NRR × 25"))
    if temuan and t.indeks is not None and len(s.nrr()) == 9:
        temuan = [_sebab_bobot(temuan[0], s, t.indeks)]
    yield from temuan
    tertimbang = bagi(indeks, Decimal(25))
    yield from banding(
        "ikm", baris, "NRR tertimbang", t.nrr_tertimbang, tertimbang, "NRR tertimbang = IKM / 25"
    )
    yield from _label("ikm", baris, "mutu", t.mutu, predikat(indeks, SKALA_IKM).label)


def _sebab_bobot(temuan: Temuan, s: SurveiIKM, tercetak: Decimal) -> Temuan:
    tempat = tempat_cetak(tercetak)
    for bobot in BOBOT_TERBULATKAN:
        if bulatkan(s.indeks(bobot), tempat) == tercetak:
            alasan = (
                f"{temuan.alasan}; angka tercetak cocok dengan indeks berbobot terbulatkan "
                f"{tulis_angka_tepat(bobot)} (bukan 1/9 tepat): kemungkinan penyebabnya"
            )
            return Temuan(
                temuan.tabel,
                temuan.baris,
                temuan.kolom,
                temuan.tercetak,
                temuan.dihitung,
                temuan.selisih,
                alasan,
                "bobot terbulatkan",
            )
    return temuan


def _lke(b: BerkasLKE) -> Iterator[Temuan]:
    lk = b.lembar
    for kb, k in zip(b.komponen, lk.komponen, strict=True):
        for sb, s in zip(kb.subkomponen, k.subkomponen, strict=True):
            yield from banding(
                "lke", f"{lk.kode(s)} {s.nama}", "skor", sb.skor_tercetak, lk.skor(s),
                "skor sub-komponen menurut aturan",
            )  # fmt: skip
        yield from banding(
            "lke", k.nama, "skor", kb.skor_tercetak, lk.skor_komponen(k),
            "skor komponen = Σ skor sub-komponen",
        )  # fmt: skip
    t = b.tercetak
    yield from banding("lke", "Nilai evaluasi", "nilai", t.nilai, lk.total, "Σ skor komponen")
    benar = predikat(lk.total, SKALA_AKIP).label
    yield from _label("lke", "Nilai evaluasi", "predikat", t.predikat, benar)
    for p in lk.pelanggaran():
        a = p.aturan
        yield Temuan(
            "lke", f"{a.kode} {p.nama}", "jawaban", None, None, None, str(p), "kerangka logis"
        )  # fmt: skip


def periksa_evaluasi(dokumen: SurveiIKM | BerkasLKE) -> list[Temuan]:
    """Semua temuan berkas evaluasi (survei IKM atau lembar kerja LKE)."""
    if isinstance(dokumen, SurveiIKM):
        return list(_ikm(dokumen))
    if isinstance(dokumen, BerkasLKE):
        return list(_lke(dokumen))
    raise TipeTidakSah(
        f"'dokumen' harus SurveiIKM atau BerkasLKE (diberikan {tampil_aman(dokumen)})"
    )
