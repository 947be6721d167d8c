"""Isi berkas evaluasi: survei IKM dan lembar kerja LKE, dengan angka tercetak opsional.

Berkas menyebut jenisnya dengan kunci ``jenis`` (``"ikm"`` atau ``"lke"``); berkas laporan
kinerja tidak punya kunci itu. Aturan hitungnya di :mod:`kinerja.ikm` dan :mod:`kinerja.lke`;
kelas di sini hanya membawa isi berkas dan membangun nilai aturan darinya.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from kinerja._isian import teks_opsional, teks_tak_kosong, urutan
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.ikm import UNSUR_IKM, ikm, nrr
from kinerja.ikm_jawaban import nilai_jawaban_ikm
from kinerja.lke import BOBOT_LKE_2015, BOBOT_LKE_2021, BobotKomponen, KerangkaLogis
from kinerja.lke_lembar import Komponen, Kriteria, LembarKerja, MetodeLKE, Subkomponen

__all__ = [
    "BerkasLKE",
    "DokumenEvaluasi",
    "KerangkaLogisBerkas",
    "KomponenBerkas",
    "KriteriaBerkas",
    "SubkomponenBerkas",
    "SurveiIKM",
    "TercetakIKM",
    "TercetakLKE",
]


def _jenis(harus: str) -> Any:
    def periksa(_: object, atribut: Any, nilai: object) -> None:
        if nilai != harus:
            raise InputTidakSah(f"'jenis' harus {harus!r} (diberikan {tampil_aman(nilai)})")

    return periksa


def _satu_jawaban(x: object, r: int, u: int) -> int | None:
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    if isinstance(x, str):
        try:
            return nilai_jawaban_ikm(x)
        except InputTidakSah as exc:
            raise InputTidakSah(f"jawaban[{r}][{u}]: {exc}") from exc
    if isinstance(x, bool) or not isinstance(x, int):
        raise TipeTidakSah(f"jawaban[{r}][{u}] harus 1–4 atau kata jawaban ({tampil_aman(x)})")
    return x


def _jawaban(nilai: object) -> tuple[tuple[int | None, ...], ...] | None:
    """Baris jawaban per responden: 1–4, kata jawaban kuesioner, atau kosong ("" / null)."""
    if nilai is None:
        return None
    return tuple(
        tuple(_satu_jawaban(x, r, u) for u, x in enumerate(urutan(b, f"jawaban[{r}]")))
        for r, b in enumerate(urutan(nilai, "jawaban"))
    )


def _responden(nilai: object) -> int | tuple[int, ...] | None:
    if nilai is None or isinstance(nilai, int):
        return nilai  # bool ditolak aturan ikm()
    return tuple(urutan(nilai, "responden", "bilangan bulat per unsur"))


def _unit(x: object) -> str:
    return teks_tak_kosong(x, "unit")


@attrs.frozen
class TercetakIKM:
    """Angka tercetak survei: indeks (25–100), NRR per unsur, NRR tertimbang, mutu."""

    indeks: Decimal | None = None
    nrr: tuple[Decimal, ...] = ()
    nrr_tertimbang: Decimal | None = None
    mutu: str | None = attrs.field(default=None, converter=teks_opsional)


@attrs.frozen
class SurveiIKM:
    """Satu survei kepuasan masyarakat: jumlah per unsur dan responden, atau jawaban mentah."""

    jenis: str = attrs.field(validator=_jenis("ikm"))
    unit: str = attrs.field(converter=_unit)
    periode: str | None = attrs.field(default=None, converter=teks_opsional)
    unsur: tuple[str, ...] = ()
    responden: Any = attrs.field(default=None, converter=_responden)
    jumlah_per_unsur: tuple[Decimal, ...] | None = None
    jawaban: Any = attrs.field(default=None, converter=_jawaban)
    tercetak: TercetakIKM = attrs.Factory(TercetakIKM)
    sumber: str | None = attrs.field(default=None, converter=teks_opsional)

    def __attrs_post_init__(self) -> None:
        n = len(self.nrr())  # galat masukan (kosong, panjang baris, 1–4) muncul saat dibaca
        if self.unsur and len(self.unsur) != n:
            raise InputTidakSah(f"'unsur' berisi {len(self.unsur)} nama, padahal data {n} unsur")
        if self.tercetak.nrr and len(self.tercetak.nrr) != n:
            raise InputTidakSah(
                f"'tercetak.nrr' berisi {len(self.tercetak.nrr)} angka, padahal data {n} unsur"
            )

    def _masukan(self) -> dict[str, Any]:
        if self.jawaban is not None:
            return {"jawaban": self.jawaban}
        return {"jumlah_per_unsur": self.jumlah_per_unsur, "responden": self.responden}

    def nrr(self) -> tuple[Decimal, ...]:
        """NRR per unsur (:func:`kinerja.ikm.nrr`)."""
        return nrr(**self._masukan())

    def indeks(self, bobot: Decimal | None = None) -> Decimal:
        """IKM (:func:`kinerja.ikm.ikm`); ``bobot`` terbulatkan hanya untuk menjelaskan slip."""
        return ikm(**self._masukan(), bobot=bobot)

    def per_unsur(self) -> tuple[tuple[str, int, Decimal], ...]:
        """(nama unsur, banyak jawaban, Σ nilai) per unsur."""
        if self.jawaban is not None:
            n = len(self.jawaban[0])
            banyak = [sum(b[u] is not None for b in self.jawaban) for u in range(n)]
            total = [Decimal(sum(b[u] or 0 for b in self.jawaban)) for u in range(n)]
        else:
            total = list(self.jumlah_per_unsur or ())
            r = self.responden
            banyak = list(r) if isinstance(r, tuple) else [r] * len(total)
        nama = self.unsur or (UNSUR_IKM if len(total) == 9 else ())
        nama = nama or tuple(f"Unsur {i}" for i in range(1, len(total) + 1))
        return tuple(zip(nama, banyak, total, strict=True))

    @property
    def judul(self) -> str:
        """Judul keluaran perintah."""
        return f"Survei Kepuasan Masyarakat — {self.unit}" + (
            f" — {self.periode}" if self.periode else ""
        )


@attrs.frozen
class KriteriaBerkas:
    """Kriteria di berkas LKE."""

    uraian: str
    jawaban: str | None = None
    kode: str | None = None


@attrs.frozen
class SubkomponenBerkas:
    """Sub-komponen di berkas LKE; ``bobot`` kosong = bobot bawaan menurut urutan."""

    nama: str
    bobot: Decimal | None = None
    nilai: str | None = None
    kode: str | None = None
    kriteria: tuple[KriteriaBerkas, ...] = ()
    skor_tercetak: Decimal | None = None


@attrs.frozen
class KomponenBerkas:
    """Komponen di berkas LKE."""

    nama: str
    subkomponen: tuple[SubkomponenBerkas, ...]
    kode: str | None = None
    skor_tercetak: Decimal | None = None


@attrs.frozen
class KerangkaLogisBerkas:
    """Aturan kerangka logis di berkas LKE."""

    kode: str
    tidak_melebihi: str
    pesan: str | None = None


@attrs.frozen
class TercetakLKE:
    """Angka tercetak lembar kerja: nilai evaluasi dan predikatnya."""

    nilai: Decimal | None = None
    predikat: str | None = None


_BOBOT = {"2021": BOBOT_LKE_2021, "2015": BOBOT_LKE_2015}


@attrs.frozen
class BerkasLKE:
    """Lembar kerja evaluasi AKIP satu unit, seperti tertulis di berkas."""

    jenis: str = attrs.field(validator=_jenis("lke"))
    unit: str = attrs.field(converter=_unit)
    komponen: tuple[KomponenBerkas, ...]
    tahun: int | None = None
    metode: str = "88/2021"
    skala: str = "yt-ae"
    bobot: str = "2021"
    kerangka_logis: tuple[KerangkaLogisBerkas, ...] = ()
    tercetak: TercetakLKE = attrs.Factory(TercetakLKE)
    sumber: str | None = attrs.field(default=None, converter=teks_opsional)
    lembar: LembarKerja = attrs.field(init=False, eq=False, repr=False)

    @lembar.default
    def _buat_lembar(self) -> LembarKerja:
        if self.bobot not in _BOBOT:
            raise InputTidakSah(f"'bobot' harus '2021' atau '2015' (diberikan {self.bobot!r})")
        bawaan = _BOBOT[self.bobot]
        komponen = [_komponen(k, bawaan, i) for i, k in enumerate(self.komponen)]
        aturan = [KerangkaLogis(a.kode, a.tidak_melebihi, a.pesan) for a in self.kerangka_logis]
        return LembarKerja(
            komponen, metode=MetodeLKE(self.metode), skala=self.skala, kerangka_logis=aturan
        )

    @property
    def judul(self) -> str:
        """Judul keluaran perintah."""
        tahun = f" {self.tahun}" if self.tahun is not None else ""
        return f"Lembar Kerja Evaluasi AKIP{tahun} — {self.unit}"


def _komponen(k: KomponenBerkas, bawaan: Sequence[BobotKomponen], i: int) -> Komponen:
    sub = []
    for j, s in enumerate(k.subkomponen):
        bobot = s.bobot
        if bobot is None:
            if i >= len(bawaan) or j >= len(bawaan[i].subkomponen):
                raise InputTidakSah(
                    f"komponen[{i}].subkomponen[{j}] {s.nama!r}: tulis 'bobot' (bobot bawaan "
                    "hanya untuk komponen dan sub-komponen regulasi, menurut urutannya)"
                )
            bobot = bawaan[i].subkomponen[j][1]
        kriteria = [Kriteria(x.uraian, x.jawaban, kode=x.kode) for x in s.kriteria]
        sub.append(Subkomponen(s.nama, bobot, kriteria, s.nilai, kode=s.kode))
    return Komponen(k.nama, sub, kode=k.kode)


DokumenEvaluasi = SurveiIKM | BerkasLKE
"""Berkas evaluasi: survei IKM atau lembar kerja LKE."""
