"""Baris-baris laporan: nilai per triwulan, angka tercetak, indikator, dan anggaran.

- :class:`NilaiTriwulan` — TW I–IV, ``None`` untuk triwulan yang tidak dilaporkan (bukan 0).
- angka tercetak tiap baris: :class:`~kinerja.laporan.tercetak.TercetakIndikator`,
  :class:`~kinerja.laporan.tercetak.TercetakAnggaran` (modul ``tercetak``).
- :class:`BarisIndikator` — indikator dengan target tahunan, Rencana Aksi TW I–IV, realisasi.
- :class:`BarisAnggaran` — kode rekening, uraian, pagu, target keuangan dan realisasi per TW.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from kinerja._isian import angka_opsional, saran, seragam, teks, teks_opsional, urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import desimal_sah
from kinerja.galat import DataTidakAda, InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.indikator import Kumulasi, Polaritas, Target
from kinerja.kode_rekening import KodeRekening, urai_baku
from kinerja.kumulasi import gabung_triwulan, sampai_dengan
from kinerja.laporan.tahunan import (
    RenstraAnggaran,
    RenstraIndikator,
    TahunAnggaran,
    TahunIndikator,
    renstra_anggaran,
    renstra_indikator,
    riwayat_anggaran,
    riwayat_indikator,
)
from kinerja.laporan.tercetak import TercetakAnggaran, TercetakIndikator, daftar_tempat
from kinerja.periode import Triwulan

__all__ = [
    "SUMBER_REALISASI",
    "BarisAnggaran",
    "BarisIndikator",
    "NilaiTriwulan",
    "baku_kode",
]


@attrs.frozen
class NilaiTriwulan:
    """Nilai TW I–IV; ``None`` berarti triwulan itu tidak dilaporkan (bukan 0)."""

    tw1: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tw2: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tw3: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tw4: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    kosong: bool = attrs.field(init=False, eq=False, repr=False)
    """``True`` bila tidak ada satu triwulan pun yang dilaporkan (ditetapkan saat dibuat: tabel
    dan ``periksa`` menanyakannya untuk setiap baris)."""

    def __attrs_post_init__(self) -> None:
        kosong = self.tw1 is None and self.tw2 is None and self.tw3 is None and self.tw4 is None
        object.__setattr__(self, "kosong", kosong)

    def sebagai_tuple(self) -> tuple[Decimal | None, ...]:
        """Empat nilai TW I–IV."""
        return (self.tw1, self.tw2, self.tw3, self.tw4)

    def sampai_dengan(self, kumulasi: Kumulasi, triwulan: Triwulan) -> Decimal | None:
        """Nilai s.d. TW n, atau ``None`` bila belum ada nilai yang dilaporkan."""
        if type(kumulasi) is Kumulasi and type(triwulan) is Triwulan:
            # isian sudah diubah ke_desimal saat dibuat: tidak diperiksa ulang per nilai
            return gabung_triwulan(self.sebagai_tuple(), kumulasi, triwulan)
        try:  # masukan lain (mis. triwulan 4): diperiksa dan diubah oleh aturan itu sendiri
            return sampai_dengan(self.sebagai_tuple(), kumulasi, triwulan)
        except DataTidakAda:
            return None


# Nilai kosong bersama (beku, tanpa isian yang bisa diubah): baris tanpa target, realisasi atau
# angka tercetak tidak membuat dan memeriksa objek kosongnya sendiri (berkas 90.000 baris).
_TRIWULAN_KOSONG = NilaiTriwulan()
_TERCETAK_INDIKATOR_KOSONG = TercetakIndikator()
_TERCETAK_ANGGARAN_KOSONG = TercetakAnggaran()


def _nilai_triwulan(nilai: object) -> NilaiTriwulan:
    if isinstance(nilai, NilaiTriwulan):
        return nilai
    if nilai is None:
        return _TRIWULAN_KOSONG
    raise TipeTidakSah(f"nilai triwulan harus NilaiTriwulan (diberikan {tampil_aman(nilai)})")


def _tercetak_indikator(nilai: object) -> TercetakIndikator:
    if nilai is None:
        return _TERCETAK_INDIKATOR_KOSONG
    if isinstance(nilai, TercetakIndikator):
        return nilai
    raise TipeTidakSah(
        f"'tercetak' baris indikator harus TercetakIndikator (diberikan {tampil_aman(nilai)})"
    )


def _tercetak_anggaran(nilai: object) -> TercetakAnggaran:
    if nilai is None:
        return _TERCETAK_ANGGARAN_KOSONG
    if isinstance(nilai, TercetakAnggaran):
        return nilai
    raise TipeTidakSah(
        f"'tercetak' baris anggaran harus TercetakAnggaran (diberikan {tampil_aman(nilai)})"
    )


def _polaritas(nilai: Polaritas | str) -> Polaritas:
    return Polaritas.dari(nilai)  # fungsi bernama: pengubah attrs yang dipahami mypy


def _kumulasi(nilai: Kumulasi | str) -> Kumulasi:
    return Kumulasi.dari(nilai)


SUMBER_REALISASI = ("triwulan", "fasilitasi", "dokumen_desa")


def _rujukan_anggaran(nilai: str | Sequence[str] | None) -> tuple[str, ...]:
    if nilai is None:
        return ()
    if isinstance(nilai, str):
        return (teks(nilai),)
    return tuple(teks(n) for n in urutan(nilai, "anggaran", "teks"))


def _sumber_realisasi(nilai: object) -> str:
    """Label sumber realisasi; tanpa beda huruf, ``_``/``-``/spasi setara ("Dokumen Desa")."""
    if isinstance(nilai, str):
        for sumber in SUMBER_REALISASI:
            if seragam(sumber) == seragam(nilai):
                return sumber
    pilihan = ", ".join(repr(s) for s in SUMBER_REALISASI)
    petunjuk = saran(nilai, SUMBER_REALISASI) if isinstance(nilai, str) else ""
    galat = InputTidakSah if isinstance(nilai, str) else TipeTidakSah
    raise galat(
        f"'realisasi_dari' harus salah satu dari {pilihan} (diberikan {tampil_aman(nilai)}"
        f"{petunjuk})"
    )


def _lain_indikator(nilai: object) -> tuple[TercetakIndikator, ...]:
    return daftar_tempat(nilai, TercetakIndikator)


def _lain_anggaran(nilai: object) -> tuple[TercetakAnggaran, ...]:
    return daftar_tempat(nilai, TercetakAnggaran)


@attrs.frozen
class BarisIndikator:
    """Satu indikator kinerja dalam laporan, dengan target dan realisasi per triwulan.

    ``penyebut`` dipakai bila target dalam persen tetapi realisasi dalam satuan lain
    (Senduro: target 100%, realisasi 3 Desa dari 12). Target tahunan rentang (mis. 60–75)
    ditulis dengan ``target_tahunan`` (bawah) dan ``target_tahunan_atas``. ``realisasi_dari``
    menyebut sumber realisasi s.d. periode: ``"triwulan"`` (kumulasi nilai per TW, bawaan),
    ``"fasilitasi"`` (persentase matriks fasilitasi laporan) atau ``"dokumen_desa"``
    (persentase dokumen desa tepat waktu); nilai per TW yang tetap diisi lalu diperiksa
    terhadap sumber itu.
    ``anggaran`` mengaitkan indikator dengan satu atau beberapa baris anggaran (kode atau
    uraiannya) untuk tabel cost per outcome. ``tercetak_lain`` memuat angka indikator yang sama
    yang tercetak di tempat lain (tabel PK, Rencana Aksi, Bab III, cost per outcome), masing-masing
    dengan ``tempat``-nya; ``periksa`` memeriksa setiap tempat dan membandingkannya.
    """

    nama: str = attrs.field(converter=teks)
    satuan: str | None = attrs.field(default=None, converter=teks_opsional)
    polaritas: Polaritas = attrs.field(default=Polaritas.POSITIF, converter=_polaritas)
    kumulasi: Kumulasi = attrs.field(default=Kumulasi.KUMULATIF, converter=_kumulasi)
    target_tahunan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    target_tahunan_atas: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    target: NilaiTriwulan = attrs.field(default=_TRIWULAN_KOSONG, converter=_nilai_triwulan)
    realisasi: NilaiTriwulan = attrs.field(default=_TRIWULAN_KOSONG, converter=_nilai_triwulan)
    satuan_realisasi: str | None = attrs.field(default=None, converter=teks_opsional)
    penyebut: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    realisasi_dari: str = attrs.field(default="triwulan", converter=_sumber_realisasi)
    anggaran: tuple[str, ...] = attrs.field(factory=tuple, converter=_rujukan_anggaran)
    tercetak: TercetakIndikator = attrs.field(
        default=_TERCETAK_INDIKATOR_KOSONG, converter=_tercetak_indikator
    )
    tercetak_lain: tuple[TercetakIndikator, ...] = attrs.field(
        default=(), converter=_lain_indikator
    )
    realisasi_tahunan: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    """Realisasi setahun (laporan tahunan), bila tidak — atau tidak hanya — ditulis per TW."""
    riwayat: tuple[TahunIndikator, ...] = attrs.field(default=(), converter=riwayat_indikator)
    renstra: RenstraIndikator | None = attrs.field(default=None, converter=renstra_indikator)

    def __attrs_post_init__(self) -> None:
        if self.target_tahunan_atas is not None and (
            self.target_tahunan is None or not self.target_tahunan_atas > self.target_tahunan
        ):
            raise InputTidakSah(
                f"'target_tahunan_atas' ({self.target_tahunan_atas}) harus lebih besar dari "
                f"'target_tahunan' ({self.target_tahunan}): target rentang bawah–atas"
            )
        if self.penyebut is not None and self.penyebut <= 0:
            raise InputTidakSah(f"'penyebut' harus > 0 (diberikan {self.penyebut})")
        if self.realisasi_tahunan is not None and self.realisasi_dari != "triwulan":
            raise InputTidakSah(
                f"'realisasi_tahunan' tidak bisa dipakai bersama realisasi_dari = "
                f"{self.realisasi_dari!r}: realisasinya dihitung dari sumber itu"
            )

    @property
    def target_tahunan_objek(self) -> Target | None:
        """Target tahunan sebagai :class:`~kinerja.indikator.Target` (rentang bila ada atasnya)."""
        if self.target_tahunan is None:
            return None
        return Target(self.target_tahunan, self.satuan, atas=self.target_tahunan_atas)

    def target_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Target s.d. TW n menurut kumulasi indikator (``None`` bila tidak ada target TW)."""
        return self.target.sampai_dengan(self.kumulasi, triwulan)

    def realisasi_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Realisasi s.d. TW n menurut kumulasi indikator (``None`` bila belum dilaporkan)."""
        return self.realisasi.sampai_dengan(self.kumulasi, triwulan)


def baku_kode(teks: str) -> str:
    """Teks kode rekening tanpa spasi, huruf besar: satu bacaan untuk tabel dan pohon.

    >>> baku_kode(" x. xx.01 ")
    'X.XX.01'
    """
    return "".join(teks.split()).upper()


def _pagu(nilai: AngkaMasukan) -> Decimal:
    if desimal_sah(nilai):  # jalur cepat seperti angka_opsional
        return nilai
    return ke_desimal(nilai, "pagu")


def _kode_terurai(kode: str | None) -> KodeRekening | None:
    # kode sudah dirapikan teks_opsional (setiap whitespace menjadi satu spasi): tanpa spasi,
    # baku_kode(kode) tepat kode.upper()
    if kode is None:
        return None
    return urai_baku(kode.upper() if " " not in kode else baku_kode(kode))


@attrs.frozen
class BarisAnggaran:
    """Satu baris anggaran: kode rekening (opsional), uraian, pagu, target dan realisasi.

    ``realisasi`` dan ``target`` adalah nilai per triwulan (kumulasi KUMULATIF). Bila laporan
    hanya mencetak realisasi s.d. periode tanpa rincian triwulan, isi ``realisasi_kumulatif``.
    ``kode`` disimpan sebagai teks apa adanya: kode cacat dilaporkan oleh ``periksa``.
    ``tercetak_lain``: angka baris yang sama di tabel lain (mis. lampiran), masing-masing dengan
    ``tempat``-nya.
    """

    uraian: str = attrs.field(converter=teks)
    pagu: Decimal = attrs.field(converter=_pagu)
    kode: str | None = attrs.field(default=None, converter=teks_opsional)
    target: NilaiTriwulan = attrs.field(default=_TRIWULAN_KOSONG, converter=_nilai_triwulan)
    realisasi: NilaiTriwulan = attrs.field(default=_TRIWULAN_KOSONG, converter=_nilai_triwulan)
    realisasi_kumulatif: Decimal | None = attrs.field(default=None, converter=angka_opsional)
    tercetak: TercetakAnggaran = attrs.field(
        default=_TERCETAK_ANGGARAN_KOSONG, converter=_tercetak_anggaran
    )
    tercetak_lain: tuple[TercetakAnggaran, ...] = attrs.field(default=(), converter=_lain_anggaran)
    riwayat: tuple[TahunAnggaran, ...] = attrs.field(default=(), converter=riwayat_anggaran)
    renstra: RenstraAnggaran | None = attrs.field(default=None, converter=renstra_anggaran)
    kode_rekening: KodeRekening | None = attrs.field(init=False, eq=False, repr=False)
    """Kode rekening terurai (lewat :func:`baku_kode`), atau ``None`` bila kosong atau cacat.

    Diurai sekali, saat baris dibuat (baris beku): pohon, tabel dan ``periksa`` memakai hasil
    yang sama.
    """

    def __attrs_post_init__(self) -> None:
        # pagu sudah Decimal hingga (pengubah _pagu): hanya yang bertanda yang dibandingkan
        if self.pagu.is_signed() and self.pagu < 0:
            raise InputTidakSah(f"'pagu' harus >= 0 (diberikan {self.pagu!r})")
        object.__setattr__(self, "kode_rekening", _kode_terurai(self.kode))

    def target_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Target keuangan s.d. TW n (jumlah target triwulan), ``None`` bila tidak ada."""
        return self.target.sampai_dengan(Kumulasi.KUMULATIF, triwulan)

    def realisasi_sd(self, triwulan: Triwulan) -> Decimal:
        """Realisasi s.d. TW n: jumlah realisasi triwulan, atau ``realisasi_kumulatif``."""
        if not self.realisasi.kosong:
            nilai = self.realisasi.sampai_dengan(Kumulasi.KUMULATIF, triwulan)
            return Decimal(0) if nilai is None else nilai
        return Decimal(0) if self.realisasi_kumulatif is None else self.realisasi_kumulatif
