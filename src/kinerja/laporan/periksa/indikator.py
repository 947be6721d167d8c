"""Periksa baris indikator: tabel capaian kinerja, rencana aksi, dan cost per outcome."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from kinerja.anggaran import serapan
from kinerja.besaran import kurang
from kinerja.galat import KinerjaError
from kinerja.indikator import Kumulasi
from kinerja.laporan.baris import BarisIndikator
from kinerja.laporan.cost_per_outcome import BarisCostPerOutcome
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import banding, periksa_teks, tempat_cetak
from kinerja.laporan.periksa.tempat import di
from kinerja.laporan.periksa.temuan import Temuan, tampil
from kinerja.laporan.tabel import HasilLaporan
from kinerja.laporan.tabel_capaian import BarisCapaian
from kinerja.laporan.tercetak import TercetakIndikator
from kinerja.periode import Triwulan
from kinerja.teks_angka import bulatkan

__all__ = ["periksa_indikator"]


def _target_rencana_aksi(baris: BarisIndikator) -> Iterator[Temuan]:
    if baris.target_tahunan is None or baris.target.kosong:
        return
    if baris.kumulasi is Kumulasi.AKHIR:
        # yang dibandingkan TW IV itu sendiri, bukan nilai terakhir yang diisi
        gabungan = baris.target.tw4
        aturan = "AKHIR: target TW IV harus sama dengan target tahunan"
    else:
        gabungan = baris.target.sampai_dengan(baris.kumulasi, Triwulan.IV)
        aturan = (
            "KUMULATIF: Σ target TW I–IV harus sama dengan target tahunan"
            if baris.kumulasi is Kumulasi.KUMULATIF
            else "RATA_RATA: rerata target TW harus sama dengan target tahunan"
        )
    if gabungan is None:
        return
    atas = baris.target_tahunan_atas
    if atas is None:
        cocok = gabungan == baris.target_tahunan
    else:  # target tahunan rentang: gabungan triwulan cukup berada di dalamnya
        cocok = baris.target_tahunan <= gabungan <= atas
        aturan += f" (rentang {tampil(baris.target_tahunan)}–{tampil(atas)})"
    if not cocok:
        yield Temuan(
            "rencana aksi", baris.nama, "target triwulan", gabungan, baris.target_tahunan,
            kurang(gabungan, baris.target_tahunan), aturan, "tidak konsisten",
        )  # fmt: skip


def _periksa_cetak(
    laporan: Laporan, baris: BarisIndikator, dihitung: BarisCapaian, t: TercetakIndikator,
    alasan_capaian: str,
) -> Iterator[Temuan]:  # fmt: skip
    """Angka satu tempat cetak indikator (tabel capaian kinerja) terhadap aturan."""
    tabel = "capaian kinerja"
    yield from banding(
        tabel,
        baris.nama,
        "target",
        t.target,
        dihitung.target,
        f"target s.d. {laporan.periode.triwulan_laporan} ({baris.kumulasi})",
    )
    yield from banding(
        tabel,
        baris.nama,
        "realisasi",
        t.realisasi,
        dihitung.realisasi,
        f"realisasi s.d. {laporan.periode.triwulan_laporan}",
    )
    yield from banding(tabel, baris.nama, "capaian", t.capaian, dihitung.capaian,
                        alasan_capaian)  # fmt: skip
    if t.target_tahunan is not None:
        yield from banding(
            tabel, baris.nama, "target tahunan", t.target_tahunan,
            baris.target_tahunan if baris.target_tahunan_atas is None else None,
            "target tahunan indikator (Perjanjian Kinerja)",
            None if baris.target_tahunan is None else "target tahunan berupa rentang",
        )  # fmt: skip
    if t.predikat is not None and (
        dihitung.predikat is None or t.predikat.casefold() != dihitung.predikat.casefold()
    ):
        yield Temuan(
            tabel, baris.nama, "predikat", t.predikat, dihitung.predikat, None,
            f"predikat menurut skala {laporan.skala_predikat.nama!r} untuk capaian dihitung",
        )  # fmt: skip


def periksa_indikator(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    for baris, dihitung in zip(laporan.indikator, hasil.capaian.baris, strict=True):
        alasan_capaian = (
            "capaian = (2T − R) / T × 100" if baris.polaritas.value == "negatif"
            else "capaian = R / T × 100"
        )  # fmt: skip
        if dihitung.keterangan and dihitung.capaian is None:
            alasan_capaian += f" ({dihitung.keterangan})"
        for t in (baris.tercetak, *baris.tercetak_lain):
            yield from di(t, _periksa_cetak(laporan, baris, dihitung, t, alasan_capaian))
        yield from _target_rencana_aksi(baris)
        if baris.realisasi_dari != "triwulan" and not baris.realisasi.kosong:
            jumlah_tw = baris.realisasi_sd(laporan.periode.triwulan_laporan)
            sumber = dihitung.realisasi  # realisasi dari sumbernya, sudah dihitung oleh hitung()
            if jumlah_tw is not None and sumber is not None:
                # dibandingkan pada ketelitian nilai triwulan yang ditulis (rerata bisa panjang)
                tempat = max(
                    tempat_cetak(v) for v in baris.realisasi.sebagai_tuple() if v is not None
                )
                jumlah_tw = bulatkan(jumlah_tw, tempat)
                for t_ in banding(
                    "capaian kinerja",
                    baris.nama,
                    "realisasi per triwulan",
                    jumlah_tw,
                    sumber,
                    f"realisasi per TW ({baris.kumulasi}) harus sama dengan realisasi dari "
                    f"{baris.realisasi_dari}",
                ):
                    yield attrs.evolve(t_, jenis="tidak konsisten")
        nilai = {f"realisasi.tw{i + 1}": v for i, v in enumerate(baris.realisasi.sebagai_tuple())}
        nilai |= {f"target.tw{i + 1}": v for i, v in enumerate(baris.target.sebagai_tuple())}
        for t in (baris.tercetak, *baris.tercetak_lain):
            yield from di(t, periksa_teks("capaian kinerja", baris.nama, t, nilai))
    for baris in laporan.indikator:
        for t in (baris.tercetak, *baris.tercetak_lain):
            tercetak_anggaran = [t.pagu, t.realisasi_anggaran, t.serapan, t.efisiensi]
            if not baris.anggaran and any(v is not None for v in tercetak_anggaran):
                yield from di(t, [Temuan(
                    "cost per outcome", baris.nama, "anggaran", None, None, None,
                    "angka anggaran tercetak, tetapi indikator tidak dikaitkan dengan baris "
                    "anggaran mana pun di laporan: tidak dapat diperiksa", "tidak dapat dihitung",
                )])  # fmt: skip
                yield from di(t, _serapan_antar_tercetak(baris.nama, t))
    bertaut = [i for i in laporan.indikator if i.anggaran]
    for asal, b in zip(bertaut, hasil.cost_per_outcome.baris, strict=True):
        for t in (asal.tercetak, *asal.tercetak_lain):
            yield from di(t, _cost_per_outcome(t, b))


def _cost_per_outcome(t: TercetakIndikator, b: BarisCostPerOutcome) -> Iterator[Temuan]:
    """Angka satu tempat cetak indikator di tabel cost per outcome terhadap aturan."""
    tabel = "cost per outcome"
    yield from banding(tabel, b.indikator, "pagu", t.pagu, b.pagu,
                        f"pagu baris anggaran {b.anggaran!r}")  # fmt: skip
    yield from banding(
        tabel,
        b.indikator,
        "realisasi anggaran",
        t.realisasi_anggaran,
        b.realisasi_anggaran,
        f"realisasi baris anggaran {b.anggaran!r}",
    )
    yield from banding(tabel, b.indikator, "serapan", t.serapan, b.serapan,
                        "serapan = realisasi anggaran / pagu × 100")  # fmt: skip
    yield from banding(tabel, b.indikator, "efisiensi", t.efisiensi, b.efisiensi,
                        "efisiensi = capaian kinerja − serapan anggaran")  # fmt: skip


def _serapan_antar_tercetak(nama: str, t: TercetakIndikator) -> Iterator[Temuan]:
    """Tanpa baris anggaran bertaut, serapan tercetak tetap diperiksa terhadap pagu dan realisasi
    anggaran yang tercetak di baris yang sama (DOMAIN.md §5: serapan = realisasi / pagu × 100)."""
    if t.pagu is None or t.realisasi_anggaran is None or t.serapan is None:
        return
    try:
        dihitung = serapan(t.pagu, t.realisasi_anggaran)
    except KinerjaError:
        return  # pagu 0 atau realisasi melebihi pagu: tidak ada serapan pembanding
    yield from banding(
        "cost per outcome", nama, "serapan", t.serapan, dihitung,
        "serapan = realisasi anggaran / pagu × 100, dari pagu dan realisasi tercetak baris ini",
    )  # fmt: skip
