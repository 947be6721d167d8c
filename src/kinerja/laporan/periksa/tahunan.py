"""Periksa laporan tahunan: realisasi setahun, setiap tahun riwayat, dan capaian terhadap Renstra.

- ``realisasi_tahunan`` yang ditulis bersama nilai per triwulan harus sama dengan kumulasi
  triwulan itu (s.d. TW IV, menurut kumulasi indikator);
- setiap angka tercetak setiap tahun ``riwayat`` (capaian/serapan, perubahan poin dan persen),
  bukan hanya tahun laporan;
- ``renstra.realisasi_sebelumnya`` yang ditulis bersama ``riwayat`` yang mencakup setiap tahun
  sebelumnya harus sama dengan kumulasi antartahun riwayat itu;
- angka tercetak formulir E.81 (realisasi s.d. tahun ini, tingkat capaian, predikat).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from kinerja.indikator import Kumulasi
from kinerja.kumulasi import gabung
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import banding, tempat_cetak
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tabel import HasilLaporan
from kinerja.laporan.tabel_renstra import BarisRenstra, deret_renstra
from kinerja.laporan.tabel_riwayat import BarisRiwayat
from kinerja.laporan.tahunan import (
    RenstraAnggaran,
    RenstraIndikator,
    TahunAnggaran,
    TahunIndikator,
    urut_tahun,
)
from kinerja.periode import Triwulan
from kinerja.teks_angka import bulatkan

__all__ = ["periksa_tahunan"]

_RIWAYAT = "perbandingan antartahun"
_RENSTRA = "capaian terhadap renstra"


def _tidak_konsisten(temuan: Iterator[Temuan]) -> Iterator[Temuan]:
    for t in temuan:
        yield attrs.evolve(t, jenis="tidak konsisten")


def _realisasi_tahunan(laporan: Laporan) -> Iterator[Temuan]:
    for baris in laporan.indikator:
        if baris.realisasi_tahunan is None or baris.realisasi.kosong:
            continue
        if baris.realisasi_dari != "triwulan":
            continue
        jumlah_tw = baris.realisasi_sd(Triwulan.IV)
        if jumlah_tw is None:
            continue
        # dibandingkan pada ketelitian nilai triwulan yang ditulis (rerata bisa panjang)
        tempat = max(tempat_cetak(v) for v in baris.realisasi.sebagai_tuple() if v is not None)
        yield from _tidak_konsisten(
            banding(
                "capaian kinerja",
                baris.nama,
                "realisasi per triwulan",
                bulatkan(jumlah_tw, tempat),
                baris.realisasi_tahunan,
                f"realisasi per TW s.d. TW IV ({baris.kumulasi}) harus sama dengan "
                "realisasi_tahunan",
            )
        )


def _tahun_riwayat(
    nama: str, unsur: TahunIndikator | TahunAnggaran, dihitung: BarisRiwayat
) -> Iterator[Temuan]:
    kolom = f"{unsur.tahun}"
    if isinstance(unsur, TahunIndikator):
        t = unsur.tercetak
        yield from banding(
            _RIWAYAT,
            nama,
            f"capaian {kolom}",
            t.capaian,
            dihitung.capaian,
            f"capaian tahun {kolom} = R / T × 100 tahun itu menurut polaritas",
            dihitung.keterangan,
        )
        yield from banding(
            _RIWAYAT,
            nama,
            f"poin {kolom}",
            t.poin,
            dihitung.poin,
            f"poin = realisasi {kolom} − realisasi tahun sebelumnya",
            dihitung.keterangan,
        )
        yield from banding(
            _RIWAYAT,
            nama,
            f"perubahan {kolom}",
            t.perubahan,
            dihitung.perubahan,
            "perubahan = (baru − lama) / |lama| × 100",
            dihitung.keterangan,
        )
    else:
        yield from banding(
            _RIWAYAT,
            nama,
            f"serapan {kolom}",
            unsur.tercetak.serapan,
            dihitung.capaian,
            f"serapan tahun {kolom} = realisasi / pagu × 100",
            dihitung.keterangan,
        )


def _riwayat(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    baris_tabel = iter(hasil.riwayat.baris)
    deret: list[tuple[str, Sequence[TahunIndikator | TahunAnggaran]]] = [
        (b.nama, urut_tahun(b.riwayat)) for b in laporan.indikator if b.riwayat
    ]
    deret += [(b.uraian, urut_tahun(b.riwayat)) for b in laporan.anggaran if b.riwayat]
    for nama, riwayat in deret:
        for unsur in riwayat:
            yield from _tahun_riwayat(nama, unsur, next(baris_tabel))
        next(baris_tabel)  # baris tahun laporan: diperiksa tabel capaian/keuangan


def _sebelumnya(
    laporan: Laporan,
    nama: str,
    renstra: RenstraIndikator | RenstraAnggaran,
    riwayat: Sequence[TahunIndikator | TahunAnggaran],
    kumulasi: Kumulasi,
) -> Iterator[Temuan]:
    if renstra.realisasi_sebelumnya is None or not riwayat:
        return
    per_tahun: dict[int, Decimal | None] = {u.tahun: u.realisasi for u in riwayat}
    deret = deret_renstra(laporan.periode.tahun, renstra.tahun_awal, None, per_tahun, kumulasi)
    if isinstance(deret, str) or not deret:
        return  # riwayat tidak mencakup setiap tahun: tidak ada pembanding
    dari_riwayat = gabung(deret, kumulasi)
    if dari_riwayat is None:
        return
    yield from _tidak_konsisten(
        banding(
            _RENSTRA,
            nama,
            "realisasi sebelumnya",
            renstra.realisasi_sebelumnya,
            dari_riwayat,
            f"realisasi_sebelumnya harus sama dengan kumulasi ({kumulasi}) realisasi riwayat "
            f"{renstra.tahun_awal}–{laporan.periode.tahun - 1}",
        )
    )


def _e81(
    nama: str, renstra: RenstraIndikator | RenstraAnggaran, b: BarisRenstra
) -> Iterator[Temuan]:
    t = renstra.tercetak
    yield from banding(
        _RENSTRA,
        nama,
        "realisasi s.d. tahun ini",
        t.realisasi_sd,
        b.realisasi_sd,
        "realisasi s.d. tahun ini = kumulasi antartahun",
        b.keterangan,
    )
    yield from banding(
        _RENSTRA,
        nama,
        "tingkat capaian",
        t.tingkat_capaian,
        b.tingkat_capaian,
        "tingkat capaian terhadap target akhir Renstra",
        b.keterangan,
    )
    if t.predikat is not None and (
        b.predikat is None or t.predikat.casefold() != b.predikat.casefold()
    ):
        yield Temuan(
            _RENSTRA,
            nama,
            "predikat",
            t.predikat,
            b.predikat,
            None,
            "predikat menurut skala laporan untuk tingkat capaian dihitung",
        )


def _renstra(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    for b in hasil.renstra.baris:
        if b.jenis == "K":
            i = laporan.indikator[b.indeks]
            assert i.renstra is not None
            yield from _sebelumnya(laporan, i.nama, i.renstra, i.riwayat, i.kumulasi)
            yield from _e81(i.nama, i.renstra, b)
        else:
            a = laporan.anggaran[b.indeks]
            assert a.renstra is not None
            yield from _sebelumnya(laporan, a.uraian, a.renstra, a.riwayat, Kumulasi.KUMULATIF)
            yield from _e81(a.uraian, a.renstra, b)


def periksa_tahunan(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    """Temuan laporan tahunan: realisasi setahun, riwayat, Renstra."""
    yield from _realisasi_tahunan(laporan)
    yield from _riwayat(laporan, hasil)
    yield from _renstra(laporan, hasil)
