"""Tabel evaluasi: ``ikm`` (NRR per unsur, indeks, mutu) dan ``lke`` (skor, predikat).

Setiap tabel menjadi :class:`~kinerja.laporan.sajian.Sajian` (teks, Markdown, CSV, JSON, HTML)
dan ``pandas.DataFrame`` (``ke_dataframe()``), dengan angka tepat yang baru dibulatkan saat
ditampilkan.

>>> from kinerja.laporan.evaluasi.berkas import muat_contoh_evaluasi
>>> t = hitung_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024"))
>>> t.id, t.baris[-1][0], t.baris[-1][-1]
('ikm', 'IKM unit layanan', 'B (Baik)')
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja.besaran import bagi, kali
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.evaluasi.model import BerkasLKE, SurveiIKM
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.predikat import predikat
from kinerja.skala_predikat import SKALA_IKM, Pita

__all__ = ["TabelEvaluasi", "hitung_evaluasi", "mutu_teks"]


def mutu_teks(pita: Pita) -> str:
    """Label pita beserta keterangannya: ``"B (Baik)"``."""
    return pita.label if pita.keterangan is None else f"{pita.label} ({pita.keterangan})"


TABEL_IKM = DeklarasiTabel(
    "ikm",
    "Indeks Kepuasan Masyarakat: NRR per unsur, indeks dan mutu (PermenPANRB 14/2017)",
    (
        Kolom("Unsur", kunci="unsur"),
        Kolom("Jawaban", "angka", "jawaban"),
        Kolom("Σ nilai", "angka", "jumlah_nilai"),
        Kolom("NRR", "angka", "nrr"),
        Kolom("Indeks", "angka", "indeks"),
        Kolom("Mutu", kunci="mutu"),
    ),
)
TABEL_LKE = DeklarasiTabel(
    "lke",
    "Lembar Kerja Evaluasi AKIP: skor per sub-komponen, komponen, total dan predikat",
    (
        Kolom("Kode", kunci="kode_lke"),
        Kolom("Komponen / sub-komponen", kunci="uraian"),
        Kolom("Bobot", "angka", "bobot"),
        Kolom("Nilai", kunci="nilai"),
        Kolom("Saran", kunci="saran"),
        Kolom("Skor", "angka", "skor"),
    ),
)
DEKLARASI_EVALUASI = {"ikm": TABEL_IKM, "lke": TABEL_LKE}


@attrs.frozen
class TabelEvaluasi(BisaDisajikan):
    """Satu tabel evaluasi: id (``ikm`` atau ``lke``), judul, kolom, baris, catatan."""

    id: str
    judul: str
    kolom: tuple[Kolom, ...]
    baris: tuple[tuple[object, ...], ...]
    catatan: tuple[str, ...] = ()

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil (kolom dari deklarasi tabelnya, id ``ikm`` atau ``lke``)."""
        return DEKLARASI_EVALUASI[self.id].sajian(self.judul, self.baris, self.catatan)

    def sajian_satu(self, nama: str) -> Sajian:
        """Sajian tabel bernama ``nama`` (hanya id tabel ini)."""
        if nama != self.id:
            raise InputTidakSah(
                f"tabel {tampil_aman(nama)} tidak ada di berkas {self.id}; pilihan: {self.id}"
            )
        return self.ke_sajian()


def _tabel_ikm(s: SurveiIKM) -> TabelEvaluasi:
    nilai = s.nrr()
    baris: list[tuple[object, ...]] = []
    for (nama, banyak, total), x in zip(s.per_unsur(), nilai, strict=True):
        indeks = kali(x, 25)
        baris.append((nama, banyak, total, x, indeks, mutu_teks(predikat(indeks, SKALA_IKM))))
    ikm = s.indeks()
    responden = len(s.jawaban) if s.jawaban is not None else None
    if responden is None and isinstance(s.responden, int):
        responden = s.responden
    rerata = bagi(ikm, Decimal(25))
    baris.append(
        ("IKM unit layanan", responden, None, rerata, ikm, mutu_teks(predikat(ikm, SKALA_IKM)))
    )
    return TabelEvaluasi(
        "ikm",
        f"Indeks Kepuasan Masyarakat: {s.unit}",
        TABEL_IKM.kolom,
        tuple(baris),
        (
            "NRR = Σ nilai / jawaban yang diberikan; IKM = rerata NRR × 25, bobot 1/n tepat "
            "(PermenPANRB 14/2017).",
            "Mutu diputuskan atas indeks yang dibulatkan ke 2 desimal.",
        ),
    )


def _tabel_lke(b: BerkasLKE) -> TabelEvaluasi:
    lk = b.lembar
    baris: list[tuple[object, ...]] = []
    for k in lk.komponen:
        for s in k.subkomponen:
            baris.append((lk.kode(s), s.nama, s.bobot, lk.nilai(s), lk.saran(s), lk.skor(s)))
        baris.append(("", f"Jumlah {k.nama}", k.bobot, None, None, lk.skor_komponen(k)))
    baris.append(("", "Nilai evaluasi AKIP", lk.bobot, mutu_teks(lk.predikat), None, lk.total))
    catatan = [f"Metode {lk.metode.value}; skala jawaban kriteria: {lk.skala.nama}."]
    catatan += [f"Temuan {p}" for p in lk.pelanggaran()]
    return TabelEvaluasi(
        "lke",
        f"Lembar Kerja Evaluasi AKIP: {b.unit}",
        TABEL_LKE.kolom,
        tuple(baris),
        tuple(catatan),
    )


def hitung_evaluasi(dokumen: SurveiIKM | BerkasLKE) -> TabelEvaluasi:
    """Tabel berkas evaluasi: ``ikm`` untuk survei, ``lke`` untuk lembar kerja."""
    if isinstance(dokumen, SurveiIKM):
        return _tabel_ikm(dokumen)
    if isinstance(dokumen, BerkasLKE):
        return _tabel_lke(dokumen)
    raise TipeTidakSah(
        f"'dokumen' harus SurveiIKM atau BerkasLKE (diberikan {tampil_aman(dokumen)})"
    )
