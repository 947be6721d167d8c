"""Tabel "Capaian terhadap Renstra" (formulir E.81 Permendagri 86/2017), K dan Rp.

Setiap indikator dan setiap baris anggaran yang membawa ``renstra`` mendapat satu baris: target
akhir (atau pendanaan periode), realisasi s.d. tahun lalu, target dan realisasi tahun ini dan
capaian/serapannya, realisasi s.d. tahun ini, tingkat capaian terhadap target akhir, dan predikat
menurut skala laporan. Baris anggaran yang dikaitkan dengan sebuah indikator tampil tepat di
bawah indikatornya (Rp di samping K).

Realisasi s.d. tahun ini adalah kumulasi antartahun (:mod:`kinerja.renstra`): dari
``realisasi_sebelumnya`` bila ditulis, selain itu dari ``riwayat`` bila riwayat mencakup setiap
tahun Renstra sebelum tahun laporan.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs

from kinerja.anggaran import serapan
from kinerja.galat import KinerjaError
from kinerja.indikator import Kumulasi
from kinerja.kumulasi import gabung
from kinerja.laporan.baris import BarisAnggaran, BarisIndikator
from kinerja.laporan.cost_per_outcome import cari_anggaran
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import Laporan
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.laporan.tabel_capaian import BarisCapaian
from kinerja.laporan.tahunan import RenstraAnggaran, RenstraIndikator
from kinerja.periode import Periode
from kinerja.predikat import predikat
from kinerja.renstra import (
    deret_sebelumnya,
    realisasi_sampai_tahun,
    serapan_renstra,
    tingkat_capaian_renstra,
)

__all__ = ["BarisRenstra", "TabelRenstra", "deret_renstra", "tabel_renstra"]


@attrs.frozen
class BarisRenstra:
    """Satu baris E.81: kinerja (``"K"``) sebuah indikator atau anggaran (``"Rp"``) sebuah baris."""

    nama: str
    jenis: str
    tahun_awal: int
    tahun_akhir: int
    target_akhir: Decimal
    """Target akhir Renstra (K) atau pendanaan seluruh periode (Rp)."""
    realisasi_sebelumnya: Decimal | None
    target: Decimal | None
    """Target (K) atau pagu (Rp) tahun ini."""
    realisasi: Decimal | None
    capaian: Decimal | None
    """Capaian (K) atau serapan (Rp) tahun ini."""
    realisasi_sd: Decimal | None
    tingkat_capaian: Decimal | None
    predikat: str | None
    keterangan: str | None = None
    indeks: int = 0
    """Nomor baris sumber (dari 0): di ``laporan.indikator`` (K), ``laporan.anggaran`` (Rp)."""


TABEL_RENSTRA = DeklarasiTabel(
    "renstra",
    "Capaian terhadap Renstra (formulir E.81): K dan Rp, s.d. tahun laporan dan terhadap target "
    "akhir",
    (
        Kolom("Indikator / uraian", kunci="uraian"),
        Kolom("K/Rp", kunci="jenis"),
        Kolom("Periode", kunci="periode"),
        Kolom("Target akhir", "angka", "target_akhir"),
        Kolom("Realisasi s.d. tahun lalu", "angka", "realisasi_sebelumnya"),
        Kolom("Target tahun ini", "angka", "target"),
        Kolom("Realisasi tahun ini", "angka", "realisasi"),
        Kolom("Capaian / serapan (%)", "persen", "capaian"),
        Kolom("Realisasi s.d. tahun ini", "angka", "realisasi_sd"),
        Kolom("Tingkat capaian (%)", "persen", "tingkat_capaian"),
        Kolom("Predikat", kunci="predikat"),
    ),
)


@attrs.frozen
class TabelRenstra(BisaDisajikan):
    """Capaian terhadap Renstra, baris K dan Rp."""

    periode: Periode
    baris: tuple[BarisRenstra, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        tahun = self.periode.tahun
        return TABEL_RENSTRA.sajian(
            f"Capaian terhadap Renstra s.d. {tahun}",
            tuple(
                (
                    b.nama,
                    b.jenis,
                    f"{b.tahun_awal}–{b.tahun_akhir}",
                    b.target_akhir,
                    b.realisasi_sebelumnya,
                    b.target,
                    b.realisasi,
                    b.capaian,
                    b.realisasi_sd,
                    b.tingkat_capaian,
                    b.predikat,
                )
                for b in self.baris
            ),
            tuple(f"{b.nama} ({b.jenis}): {b.keterangan}" for b in self.baris if b.keterangan),
            judul_kolom={
                "realisasi_sebelumnya": f"Realisasi s.d. {tahun - 1}",
                "target": f"Target {tahun}",
                "realisasi": f"Realisasi {tahun}",
                "realisasi_sd": f"Realisasi s.d. {tahun}",
            },
        )


def deret_renstra(
    tahun: int,
    tahun_awal: int,
    sebelumnya: Decimal | None,
    riwayat: dict[int, Decimal | None],
    kumulasi: Kumulasi,
) -> tuple[Decimal | None, ...] | str:
    """Realisasi tahun-tahun Renstra sebelum ``tahun``, berurutan, atau alasan tidak ada.

    Dari ``sebelumnya`` (realisasi s.d. tahun lalu, :func:`~kinerja.renstra.deret_sebelumnya`)
    bila ditulis; selain itu dari ``riwayat`` (tahun → realisasi) bila mencakup setiap tahun.
    """
    banyak = tahun - tahun_awal
    if banyak <= 0:
        return ()
    if sebelumnya is not None:
        return deret_sebelumnya(sebelumnya, kumulasi, banyak)
    kurang = [t for t in range(tahun_awal, tahun) if t not in riwayat]
    if kurang:
        daftar = ", ".join(str(t) for t in kurang)
        return (
            f"riwayat tidak memuat tahun {daftar} dan 'realisasi_sebelumnya' tidak diisi: "
            "realisasi s.d. tahun ini tidak dapat dihitung"
        )
    return tuple(riwayat[t] for t in range(tahun_awal, tahun))


def _baris(
    laporan: Laporan, nama: str, jenis: str, renstra: RenstraIndikator | RenstraAnggaran,
    deret: tuple[Decimal | None, ...] | str, kumulasi: Kumulasi, target: Decimal | None,
    realisasi: Decimal | None, capaian: Decimal | None, tingkat: Callable[[Decimal], Decimal],
) -> BarisRenstra:  # fmt: skip
    ket: str | None = None
    sebelumnya: Decimal | None = None
    sd: Decimal | None = None
    nilai: Decimal | None = None
    label: str | None = None
    if isinstance(deret, str):
        ket = deret
    else:
        sebelumnya = gabung(deret, kumulasi)
        try:
            sd = realisasi_sampai_tahun([*deret, realisasi], kumulasi)
            nilai = tingkat(sd)
            label = predikat(nilai, laporan.skala_predikat).label
        except KinerjaError as galat:
            ket = str(galat)
    akhir = renstra.target_akhir if isinstance(renstra, RenstraIndikator) else renstra.pagu_periode
    return BarisRenstra(
        nama, jenis, renstra.tahun_awal, renstra.tahun_akhir, akhir, sebelumnya, target,
        realisasi, capaian, sd, nilai, label, ket,
    )  # fmt: skip


def _baris_k(laporan: Laporan, baris: BarisIndikator, kini: BarisCapaian) -> BarisRenstra:
    r = baris.renstra
    assert r is not None
    riwayat = {u.tahun: u.realisasi for u in baris.riwayat}
    deret = deret_renstra(
        laporan.periode.tahun, r.tahun_awal, r.realisasi_sebelumnya, riwayat, baris.kumulasi
    )
    return _baris(
        laporan, baris.nama, "K", r, deret, baris.kumulasi, kini.target, kini.realisasi,
        kini.capaian, lambda sd: tingkat_capaian_renstra(r.target_akhir, sd, baris.polaritas),
    )  # fmt: skip


def _baris_rp(laporan: Laporan, baris: BarisAnggaran) -> BarisRenstra:
    r = baris.renstra
    assert r is not None
    riwayat = {u.tahun: u.realisasi for u in baris.riwayat}
    deret = deret_renstra(
        laporan.periode.tahun, r.tahun_awal, r.realisasi_sebelumnya, riwayat, Kumulasi.KUMULATIF
    )
    realisasi = baris.realisasi_sd(laporan.periode.triwulan_laporan)
    try:
        nilai: Decimal | None = serapan(baris.pagu, realisasi)
    except KinerjaError:
        nilai = None
    return _baris(
        laporan, baris.uraian, "Rp", r, deret, Kumulasi.KUMULATIF, baris.pagu, realisasi, nilai,
        lambda sd: serapan_renstra(r.pagu_periode, sd),
    )  # fmt: skip


def tabel_renstra(laporan: Laporan, capaian: tuple[BarisCapaian, ...]) -> TabelRenstra:
    """Tabel capaian terhadap Renstra; ``capaian`` adalah baris tabel capaian laporan."""
    hasil: list[BarisRenstra] = []
    nomor = {id(a): n for n, a in enumerate(laporan.anggaran)}
    tampil: set[int] = set()
    for n, (baris, kini) in enumerate(zip(laporan.indikator, capaian, strict=True)):
        if baris.renstra is None:
            continue
        hasil.append(attrs.evolve(_baris_k(laporan, baris, kini), indeks=n))
        for rujukan in baris.anggaran:
            ang = cari_anggaran(laporan, rujukan)
            if ang is not None and ang.renstra is not None and id(ang) not in tampil:
                tampil.add(id(ang))
                hasil.append(attrs.evolve(_baris_rp(laporan, ang), indeks=nomor[id(ang)]))
    for n, ang in enumerate(laporan.anggaran):
        if ang.renstra is not None and id(ang) not in tampil:
            hasil.append(attrs.evolve(_baris_rp(laporan, ang), indeks=n))
    return TabelRenstra(laporan.periode, tuple(hasil))
