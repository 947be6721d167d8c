"""Lembar Kerja Evaluasi (LKE) AKIP: skor sub-komponen, saran nilai, bobot regulasi.

Evaluasi AKIP menilai setiap OPD atas komponen (perencanaan, pengukuran, pelaporan, evaluasi
internal), masing-masing dipecah menjadi sub-komponen berbobot, dari jawaban atas kriteria.
Tiga metode yang dipakai (DOMAIN.md §14), semuanya di sini sebagai varian bernama:

- **PermenPANRB 88/2021**: setiap sub-komponen mendapat satu nilai AA–E (:data:`JAWABAN_AA_E`,
  persen), ditimbang evaluator dari kriterianya; **skor = nilai / 100 × bobot**, yaitu
  ``skor_subkomponen([nilai], bobot, skala=JAWABAN_AA_E)``. Bagian kriteria terpenuhi
  menyarankan nilainya (:func:`saran_nilai_lke`): > 75–100% B, > 50–75% CC, > 25–50% C,
  > 0–25% D, tidak ada E; BB, A dan AA butuh lebih dari bagian itu (semua terpenuhi dan
  berkelanjutan, inovasi layak ditiru) dan menjadi keputusan evaluator.
- **Metode lama** (LKE PermenPANRB 12/2015, masih dipakai banyak pemda dan sistem e-SAKIP
  terbuka): setiap kriteria dijawab Y/T atau A–E (:data:`JAWABAN_YT_AE`); skor = (Σ nilai
  jawaban / banyak kriteria, yang belum dijawab ikut dihitung sebagai 0) × bobot. Sumber:
  wp-eval-sakip ``public/class-wp-eval-sakip-public-lke.php`` (rerata × bobot; penyebutnya
  semua kriteria aktif).
- **Varian** (t-SEMAR ``src/components/audit/criteria-row.tsx``): setiap kriteria dinilai
  AA–E lalu dirata-rata × bobot: ``skor_subkomponen(nilai_kriteria, bobot, skala=JAWABAN_AA_E)``.

Bobot bawaan: :data:`BOBOT_LKE_2021` (88/2021: perencanaan 30, pengukuran 30, pelaporan 15,
evaluasi internal 25; keberadaan 20% / kualitas 30% / pemanfaatan 50%) dan
:data:`BOBOT_LKE_2015` (12/2015: 30, 25, 15, 10, capaian kinerja 20; pemenuhan 20% / kualitas
50% / implementasi 30%, menurut DOMAIN.md §14). Sumber bobot 88/2021: tabel evaluasi terbit
(t-SEMAR ``references/``: 6/9/15, 6/9/15, 3/4,5/7,5, 5/7,5/12,5); lampiran regulasi belum
ditemukan — bila ditemukan, lampiran itu yang menang.

Contoh terhitung (dikonstruksi, DOMAIN.md §14):

>>> from kinerja.lke_jawaban import JAWABAN_AA_E
>>> skor_subkomponen(["BB"], 9, skala=JAWABAN_AA_E)
Decimal('7.2')
>>> skor_subkomponen(["A", "B", "C", "Y"], 9)
Decimal('7.3125')
>>> skor_subkomponen(["AA", "BB", "C"], 9, skala=JAWABAN_AA_E)
Decimal('6.9')
>>> saran_nilai_lke(3, 4), saran_nilai_lke(0, 4)
('CC', 'E')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja._isian import teks_opsional, teks_tak_kosong, urutan
from kinerja.angka import AngkaMasukan, jumlah, ke_desimal
from kinerja.besaran import bagi
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.lke_jawaban import JAWABAN_YT_AE, SkalaJawaban, skala_jawaban
from kinerja.teks_angka import tulis_angka_tepat

__all__ = [
    "BOBOT_LKE_2015",
    "BOBOT_LKE_2021",
    "BobotKomponen",
    "KerangkaLogis",
    "PelanggaranKerangkaLogis",
    "bobot_positif",
    "desimal_pecahan",
    "pecahan_rerata",
    "saran_dari_bagian",
    "saran_nilai_lke",
    "skor_subkomponen",
]


def desimal_pecahan(x: Fraction) -> Decimal:
    """Pecahan tepat → Decimal, dibulatkan sekali (34 digit)."""
    return bagi(Decimal(x.numerator), Decimal(x.denominator))


def bobot_positif(nilai: AngkaMasukan, nama: str = "bobot") -> Decimal:
    """Bobot: angka > 0 (bobot 0 atau negatif tidak punya arti di LKE)."""
    x = ke_desimal(nilai, nama)
    if x <= 0:
        raise InputTidakSah(f"'{nama}' harus > 0 (diberikan {x})")
    return x


def pecahan_rerata(jawaban: Sequence[str | None], skala: SkalaJawaban) -> Fraction:
    """Rerata nilai jawaban / nilai tertinggi skala (0–1); ``None`` (belum dijawab) = 0."""
    daftar = urutan(jawaban, "jawaban", "jawaban")
    if not daftar:
        raise InputTidakSah("'jawaban' kosong: sub-komponen butuh sedikitnya satu jawaban")
    total = Fraction(0)
    for i, j in enumerate(daftar):
        if j is None:
            continue
        try:
            total += Fraction(skala.nilai(j))
        except InputTidakSah as exc:
            raise type(exc)(f"'jawaban[{i}]': {exc}") from exc
    return total / len(daftar) / Fraction(skala.maksimum)


def skor_subkomponen(
    jawaban: Sequence[str | None],
    bobot: AngkaMasukan,
    *,
    skala: SkalaJawaban | str = JAWABAN_YT_AE,
) -> Decimal:
    """Skor sub-komponen: rerata nilai jawaban (dibagi nilai tertinggi skala) × bobot.

    ``jawaban`` teks seperti ``"Y"``, ``"b"``, ``"AA"`` (tanpa beda huruf); ``None`` = belum
    dijawab, dihitung 0 di penyebut. Hasil antara 0 dan ``bobot``; semua jawaban terbaik =
    ``bobot``. ``skala``: :class:`SkalaJawaban` atau nama terdaftar (``"yt-ae"``, ``"aa-e"``).
    """
    b = bobot_positif(bobot)
    return desimal_pecahan(pecahan_rerata(jawaban, skala_jawaban(skala)) * Fraction(b))


# (bagian > batas bawah, nilai): bagian kriteria terpenuhi → nilai yang disarankan
_SARAN = ((Fraction(3, 4), "B"), (Fraction(1, 2), "CC"), (Fraction(1, 4), "C"), (Fraction(0), "D"))


def saran_nilai_lke(terpenuhi: int, jumlah: int) -> str:
    """Nilai AA–E yang disarankan bagian kriteria terpenuhi (PermenPANRB 88/2021).

    > 75–100% B, > 50–75% CC, > 25–50% C, > 0–25% D, tidak ada E. BB, A dan AA tidak pernah
    disarankan: itu keputusan evaluator.
    """
    for nama, x in (("terpenuhi", terpenuhi), ("jumlah", jumlah)):
        if isinstance(x, bool) or not isinstance(x, int):
            raise TipeTidakSah(f"'{nama}' harus bilangan bulat (diberikan {tampil_aman(x)})")
    if jumlah < 1 or not 0 <= terpenuhi <= jumlah:
        raise InputTidakSah(
            f"'terpenuhi' harus 0–'jumlah' dan 'jumlah' ≥ 1 "
            f"(diberikan {tampil_aman(terpenuhi)} dari {tampil_aman(jumlah)})"
        )
    return saran_dari_bagian(Fraction(terpenuhi, jumlah))


def saran_dari_bagian(bagian: Fraction) -> str:
    """Nilai yang disarankan untuk bagian kriteria terpenuhi 0–1 (lihat :func:`saran_nilai_lke`)."""
    for batas, nilai in _SARAN:
        if bagian > batas:
            return nilai
    return "E"


def _nama(x: object) -> str:
    return teks_tak_kosong(x, "nama")


def _sub(nilai: object) -> tuple[tuple[str, Decimal], ...]:
    hasil = []
    for i, pasangan in enumerate(urutan(nilai, "subkomponen", "pasangan (nama, bobot)")):
        isi = urutan(pasangan, f"subkomponen[{i}]", "nama dan bobot")
        if len(isi) != 2:
            raise InputTidakSah(f"'subkomponen[{i}]' harus (nama, bobot) (diberikan {len(isi)})")
        hasil.append((_nama(isi[0]), bobot_positif(isi[1], f"subkomponen[{i}].bobot")))
    if not hasil:
        raise InputTidakSah("'subkomponen' kosong: komponen butuh sedikitnya satu sub-komponen")
    return tuple(hasil)


@attrs.frozen
class BobotKomponen:
    """Bobot satu komponen LKE dan sub-komponennya (jumlahnya sama dengan bobot komponen)."""

    nama: str = attrs.field(converter=_nama)
    subkomponen: tuple[tuple[str, Decimal], ...] = attrs.field(converter=_sub)

    @property
    def bobot(self) -> Decimal:
        """Bobot komponen: jumlah bobot sub-komponennya."""
        return jumlah(b for _, b in self.subkomponen)


def _bagi_bobot(nama: str, bobot: int, bagian: Sequence[tuple[str, int]]) -> BobotKomponen:
    return BobotKomponen(nama, [(n, bagi(Decimal(bobot * p), Decimal(100))) for n, p in bagian])


_2021 = (("Keberadaan", 20), ("Kualitas", 30), ("Pemanfaatan", 50))
BOBOT_LKE_2021: tuple[BobotKomponen, ...] = tuple(
    _bagi_bobot(n, b, _2021)
    for n, b in (
        ("Perencanaan kinerja", 30),
        ("Pengukuran kinerja", 30),
        ("Pelaporan kinerja", 15),
        ("Evaluasi akuntabilitas kinerja internal", 25),
    )
)
"""Bobot LKE PermenPANRB 88/2021 (bawaan): 30, 30, 15, 25; keberadaan/kualitas/pemanfaatan."""

_2015 = (("Pemenuhan", 20), ("Kualitas", 50), ("Implementasi", 30))
BOBOT_LKE_2015: tuple[BobotKomponen, ...] = tuple(
    _bagi_bobot(n, b, _2015)
    for n, b in (
        ("Perencanaan kinerja", 30),
        ("Pengukuran kinerja", 25),
        ("Pelaporan kinerja", 15),
        ("Evaluasi internal", 10),
        ("Capaian kinerja", 20),
    )
)
"""Bobot LKE lama (PermenPANRB 12/2015): 30, 25, 15, 10, 20; pemenuhan/kualitas/implementasi."""


def _kode(x: object) -> str:
    return teks_tak_kosong(x, "kode")


@attrs.frozen
class KerangkaLogis:
    """Aturan kerangka logis: nilai ``kode`` tidak boleh melebihi nilai ``tidak_melebihi``.

    Kode menunjuk kriteria atau sub-komponen :class:`~kinerja.lke_lembar.LembarKerja`; nilai
    sub-komponen adalah reratanya (wp-eval-sakip: jenis 1 = rata-rata sub-komponen, jenis 2 =
    kriteria lain, pesan "SALAH, Lebih tinggi dari nilai rata-rata …").
    """

    kode: str = attrs.field(converter=_kode)
    tidak_melebihi: str = attrs.field(converter=_kode)
    pesan: str | None = attrs.field(default=None, converter=teks_opsional)


@attrs.frozen
class PelanggaranKerangkaLogis:
    """Satu pelanggaran kerangka logis: kedua kode, nama, dan nilai pecahan 0–1 keduanya."""

    aturan: KerangkaLogis
    nama: str
    nama_pembanding: str
    nilai: Decimal
    nilai_pembanding: Decimal

    def __str__(self) -> str:
        a = self.aturan
        pesan = f" ({a.pesan})" if a.pesan else ""
        nilai, pembanding = tulis_angka_tepat(self.nilai), tulis_angka_tepat(self.nilai_pembanding)
        return (
            f"kerangka logis: {a.kode} {tampil_aman(self.nama)} bernilai {nilai}, melebihi "
            f"{a.tidak_melebihi} {tampil_aman(self.nama_pembanding)} ({pembanding}){pesan}"
        )
