"""Periksa baris anggaran: tabel realisasi keuangan, kode rekening, dan pohon anggaran."""

from __future__ import annotations

from collections.abc import Iterator

from kinerja.besaran import kurang
from kinerja.galat import KodeRekeningSalah
from kinerja.kode_rekening import KodeRekening
from kinerja.laporan.baris import BarisAnggaran
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import banding, periksa_teks
from kinerja.laporan.periksa.tempat import di as _di
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tabel import HasilLaporan
from kinerja.laporan.tabel_keuangan import BarisKeuangan
from kinerja.laporan.tercetak import TercetakAnggaran
from kinerja.periode import Triwulan

__all__ = ["periksa_anggaran"]


def _label(baris: BarisAnggaran) -> str:
    return f"{baris.kode} {baris.uraian}" if baris.kode else baris.uraian


def _temuan_kode(baris: str, kode: str, alasan: str) -> Temuan:
    return Temuan("realisasi keuangan", baris, "kode", kode, None, None, alasan, "kode rekening")


def _periksa_kode(
    label: str, kode: str, terurai: KodeRekening | None, pertama: int | None, laporan: Laporan
) -> Iterator[Temuan]:
    """Kode cacat, berspasi, atau kembar (dibaca seperti pohon anggaran membacanya).

    ``terurai`` adalah bacaan pohon (:attr:`BarisAnggaran.kode_rekening`), ``None`` bila cacat.
    """
    if terurai is None:
        try:  # pesan galat menyebut kode sebagaimana tertulis
            KodeRekening.parse(kode)
        except KodeRekeningSalah as galat:
            yield _temuan_kode(label, kode, f"{galat}; baris ini tidak masuk pohon")
        return
    if kode.split() != [kode]:  # memuat spasi (str.split memakai definisi str.isspace)
        yield _temuan_kode(label, kode, f"kode rekening memuat spasi; dibaca sebagai '{terurai}'")
    if pertama is not None:
        yield _temuan_kode(
            label, kode,
            f"kode rekening tertulis lebih dari sekali (sama dengan baris "
            f"{_label(laporan.anggaran[pertama])!r}); baris ini tidak masuk pohon maupun JUMLAH",
        )  # fmt: skip


def _periksa_cetak(
    tabel: str, baris: BarisAnggaran, t: TercetakAnggaran, k: BarisKeuangan
) -> list[Temuan]:
    """Angka satu tempat cetak baris anggaran terhadap aturan (kosong bila semuanya sesuai)."""
    hasil: list[Temuan] = []
    # Label hanya disusun bila ada yang mungkin dilaporkan: berkas besar kebanyakan bersih.
    if (
        t.target is not None
        or t.realisasi is not None
        or t.capaian_keuangan is not None
        or t.serapan is not None
        or t.sisa is not None
        or t.pagu is not None
    ):
        label = _label(baris)
        for kolom, tercetak, dihitung, alasan, sebab in (
            ("target", t.target, k.target, "target keuangan s.d. TW", None),
            ("realisasi", t.realisasi, k.realisasi,
             "realisasi s.d. TW (jumlah per triwulan)", None),
            ("capaian keuangan", t.capaian_keuangan, k.capaian,
             "capaian keuangan = realisasi / target keuangan × 100", None),
            ("serapan", t.serapan, k.serapan, "serapan = realisasi / pagu × 100",
             k.keterangan),
            ("sisa", t.sisa, k.sisa, "sisa = pagu − realisasi", None),
            ("pagu", t.pagu, baris.pagu, "pagu baris anggaran", None),
        ):  # fmt: skip
            if tercetak is not None:  # angka yang tidak tercetak tidak diperiksa
                hasil.extend(banding(tabel, label, kolom, tercetak, dihitung, alasan, sebab))
    if t.teks:
        nilai = {"pagu": baris.pagu, "realisasi": k.realisasi, "sisa": k.sisa, "target": k.target}
        hasil.extend(periksa_teks(tabel, _label(baris), t, nilai))
    return hasil


def periksa_anggaran(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    tabel = "realisasi keuangan"
    kembar = hasil.pohon.indeks_kembar
    # Σ target TW I–IV: sama dengan target tabel bila triwulan laporan TW IV (tidak dihitung ulang)
    tw_iv = laporan.periode.triwulan_laporan is Triwulan.IV
    for i, (baris, k) in enumerate(zip(laporan.anggaran, hasil.keuangan.baris, strict=True)):
        label = ""
        temuan = _periksa_cetak(tabel, baris, baris.tercetak, k)
        if temuan:
            label = _label(baris)
            yield from _di(baris.tercetak, temuan)
        for t in baris.tercetak_lain:  # angka baris yang sama di tabel lain (mis. lampiran)
            temuan = _periksa_cetak(tabel, baris, t, k)
            if temuan:
                label = label or _label(baris)
                yield from _di(t, temuan)
        if k.realisasi > baris.pagu:
            yield Temuan(
                tabel, label or _label(baris), "realisasi", k.realisasi, baris.pagu,
                kurang(k.realisasi, baris.pagu),
                "realisasi melebihi pagu: bukan keadaan APBD yang sah", "tidak konsisten",
            )  # fmt: skip
        # tanpa target triwulan sama sekali: tidak ada Σ target
        kosong = baris.target.kosong
        total = k.target if tw_iv or kosong else baris.target_sd(Triwulan.IV)
        if total is not None and total != baris.pagu:
            yield Temuan(
                "rencana aksi", label or _label(baris), "target keuangan", total, baris.pagu,
                kurang(total, baris.pagu),
                "Σ target keuangan TW I–IV harus sama dengan pagu", "tidak konsisten",
            )  # fmt: skip
        if not baris.realisasi.kosong and baris.realisasi_kumulatif is not None:
            total = k.realisasi
            if total != baris.realisasi_kumulatif:
                yield Temuan(
                    tabel, label or _label(baris), "realisasi kumulatif",
                    baris.realisasi_kumulatif, total, kurang(baris.realisasi_kumulatif, total),
                    "realisasi kumulatif harus sama dengan Σ realisasi per triwulan",
                    "tidak konsisten",
                )  # fmt: skip
        kode = baris.kode
        if kode is not None:
            terurai = baris.kode_rekening
            pertama = kembar.get(i)
            # jalur terbanyak (kode terurai, tanpa spasi, tidak kembar) tanpa generator
            # kode dirapikan teks_opsional (whitespace apa pun menjadi satu spasi): memuat
            # whitespace tepat bila memuat " " (sama dengan kode.split() != [kode])
            if terurai is None or pertama is not None or " " in kode:
                yield from _periksa_kode(label or _label(baris), kode, terurai, pertama, laporan)
    for _, simpul in hasil.pohon.telusuri():
        if not simpul.anak:  # daun: tidak ada jumlah anak yang dibandingkan
            continue
        label = f"{simpul.kode} {simpul.baris.uraian}"
        for kolom, induk, anak in (
            ("pagu", simpul.pagu, simpul.jumlah_pagu_anak),
            ("realisasi", simpul.realisasi, simpul.jumlah_realisasi_anak),
        ):
            if anak is not None and induk != anak:
                yield Temuan(
                    "pohon anggaran", label, kolom, induk, anak, kurang(induk, anak),
                    f"{kolom} induk harus sama dengan jumlah {kolom} anak-anaknya",
                    "tidak konsisten",
                )  # fmt: skip
