"""Laporan: satu unit kerja untuk satu periode, dengan baris indikator dan baris anggaran.

Sebuah :class:`Laporan` memuat apa yang diketik di Laporan Kinerja: identitas unit (nama,
jabatan, kecamatan/OPD), :class:`~kinerja.periode.Periode` (tahun, triwulan), baris indikator
(target tahunan, target TW I–IV, realisasi per TW), baris anggaran (kode rekening, uraian, pagu,
target keuangan dan realisasi per TW) dan, bila ada, dokumen desa serta matriks fasilitasi.

Setiap baris boleh membawa angka *sebagaimana tercetak* (:class:`Tercetak`) — capaian,
serapan, sisa, predikat, … — agar :func:`kinerja.periksa.periksa` dapat memeriksanya.

>>> from kinerja.laporan import Laporan, Unit, BarisIndikator, NilaiTriwulan
>>> lap = Laporan(
...     unit=Unit(nama="Kepala Seksi Pemerintahan Umum", instansi="Kecamatan Kalaena"),
...     periode=Periode(2024, 1),
...     indikator=[BarisIndikator(nama="Jumlah dokumen forum koordinasi", satuan="Dokumen",
...                               target_tahunan=12, target=NilaiTriwulan(3, 3, 3, 3),
...                               realisasi=NilaiTriwulan(3))],
... )
>>> lap.indikator[0].realisasi_sd(lap.periode.triwulan_laporan)
Decimal('3')
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.desa import DokumenDesa
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import DataTidakAda, InputTidakSah, KodeRekeningSalah, TipeTidakSah
from kinerja.indikator import Indikator, Kumulasi, Polaritas, Target
from kinerja.kode_rekening import KodeRekening
from kinerja.kumulasi import sampai_dengan
from kinerja.periode import Periode, Triwulan, ke_tahun

__all__ = [
    "BarisAnggaran",
    "BarisIndikator",
    "DesaDokumen",
    "DokumenDesaLaporan",
    "Laporan",
    "NilaiTriwulan",
    "Tercetak",
    "TercetakLaporan",
    "Unit",
    "pastikan_laporan",
]


def _angka_opsional(nilai: AngkaMasukan | None) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, "nilai")


def _teks(nilai: object) -> str:
    if not isinstance(nilai, str) or not nilai.strip():
        raise InputTidakSah(f"teks tidak boleh kosong (diberikan {nilai!r})")
    return " ".join(nilai.split())


def _teks_opsional(nilai: object) -> str | None:
    return None if nilai is None else _teks(nilai)


@attrs.frozen
class NilaiTriwulan:
    """Nilai TW I–IV; ``None`` berarti triwulan itu tidak dilaporkan (bukan 0)."""

    tw1: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    tw2: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    tw3: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    tw4: Decimal | None = attrs.field(default=None, converter=_angka_opsional)

    def sebagai_tuple(self) -> tuple[Decimal | None, ...]:
        """Empat nilai TW I–IV."""
        return (self.tw1, self.tw2, self.tw3, self.tw4)

    @property
    def kosong(self) -> bool:
        """``True`` bila tidak ada satu triwulan pun yang dilaporkan."""
        return all(v is None for v in self.sebagai_tuple())

    def sampai_dengan(self, kumulasi: Kumulasi, triwulan: Triwulan) -> Decimal | None:
        """Nilai s.d. TW n, atau ``None`` bila belum ada nilai yang dilaporkan."""
        try:
            return sampai_dengan(self.sebagai_tuple(), kumulasi, triwulan)
        except DataTidakAda:
            return None


def _nilai_triwulan(nilai: object) -> NilaiTriwulan:
    if isinstance(nilai, NilaiTriwulan):
        return nilai
    if nilai is None:
        return NilaiTriwulan()
    raise TipeTidakSah(f"nilai triwulan harus NilaiTriwulan (diberikan {nilai!r})")


def _teks_tercetak(nilai: object) -> Mapping[str, str]:
    if nilai is None:
        return MappingProxyType({})
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(f"'teks' harus pemetaan isian → teks tercetak (diberikan {nilai!r})")
    for k, v in nilai.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise TipeTidakSah(f"'teks' harus berisi teks → teks (diberikan {k!r}: {v!r})")
    return MappingProxyType(dict(nilai))


@attrs.frozen
class Tercetak:
    """Angka sebagaimana tercetak di laporan, untuk diperiksa; semua opsional.

    ``teks`` memetakan nama isian ke teks tercetak yang menyimpang dari notasi Indonesia
    (mis. ``{"realisasi": "1,361,248,977"}``): nilai isian itu sendiri ditulis benar, teksnya
    disimpan agar salah tulisnya terlaporkan.
    """

    target: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    realisasi: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    capaian: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    predikat: str | None = attrs.field(default=None, converter=_teks_opsional)
    serapan: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    sisa: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    efisiensi: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    capaian_keuangan: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    pagu: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    realisasi_anggaran: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    teks: Mapping[str, str] = attrs.field(factory=dict, converter=_teks_tercetak, hash=False)


def _tercetak(nilai: object) -> Tercetak:
    if nilai is None:
        return Tercetak()
    if isinstance(nilai, Tercetak):
        return nilai
    raise TipeTidakSah(f"'tercetak' harus Tercetak (diberikan {nilai!r})")


def _polaritas(nilai: Polaritas | str) -> Polaritas:
    return Indikator("x", polaritas=nilai).polaritas


def _kumulasi(nilai: Kumulasi | str) -> Kumulasi:
    return Indikator("x", kumulasi=nilai).kumulasi


SUMBER_REALISASI = ("triwulan", "fasilitasi", "dokumen_desa")


def _rujukan_anggaran(nilai: str | Sequence[str] | None) -> tuple[str, ...]:
    if nilai is None:
        return ()
    if isinstance(nilai, str):
        return (_teks(nilai),)
    if not isinstance(nilai, Sequence):
        raise TipeTidakSah(f"'anggaran' harus teks atau daftar teks (diberikan {nilai!r})")
    return tuple(_teks(n) for n in nilai)


def _sumber_realisasi(nilai: str) -> str:
    if nilai not in SUMBER_REALISASI:
        raise InputTidakSah(
            f"'realisasi_dari' harus salah satu dari {', '.join(SUMBER_REALISASI)} "
            f"(diberikan {nilai!r})"
        )
    return nilai


@attrs.frozen
class BarisIndikator:
    """Satu indikator kinerja dalam laporan, dengan target dan realisasi per triwulan.

    ``penyebut`` dipakai bila target dalam persen tetapi realisasi dalam satuan lain
    (Senduro: target 100%, realisasi 3 Desa dari 12). ``realisasi_dari`` menyebut sumber
    realisasi s.d. periode: ``"triwulan"`` (kumulasi nilai per TW, bawaan), ``"fasilitasi"``
    (persentase matriks fasilitasi laporan) atau ``"dokumen_desa"`` (persentase dokumen desa
    tepat waktu); nilai per TW yang tetap diisi lalu diperiksa terhadap sumber itu.
    ``anggaran`` mengaitkan indikator dengan satu atau beberapa baris anggaran (kode atau
    uraiannya) untuk tabel cost per outcome.
    """

    nama: str = attrs.field(converter=_teks)
    satuan: str | None = attrs.field(default=None, converter=_teks_opsional)
    polaritas: Polaritas = attrs.field(default=Polaritas.POSITIF, converter=_polaritas)
    kumulasi: Kumulasi = attrs.field(default=Kumulasi.KUMULATIF, converter=_kumulasi)
    target_tahunan: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    target: NilaiTriwulan = attrs.field(factory=NilaiTriwulan, converter=_nilai_triwulan)
    realisasi: NilaiTriwulan = attrs.field(factory=NilaiTriwulan, converter=_nilai_triwulan)
    satuan_realisasi: str | None = attrs.field(default=None, converter=_teks_opsional)
    penyebut: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    realisasi_dari: str = attrs.field(default="triwulan", converter=_sumber_realisasi)
    anggaran: tuple[str, ...] = attrs.field(factory=tuple, converter=_rujukan_anggaran)
    tercetak: Tercetak = attrs.field(factory=Tercetak, converter=_tercetak)

    def __attrs_post_init__(self) -> None:
        if self.penyebut is not None and self.penyebut <= 0:
            raise InputTidakSah(f"'penyebut' harus > 0 (diberikan {self.penyebut})")

    @property
    def indikator(self) -> Indikator:
        """Indikator domain (:class:`~kinerja.indikator.Indikator`) dari baris ini."""
        return Indikator(
            self.nama,
            self.satuan,
            polaritas=self.polaritas,
            kumulasi=self.kumulasi,
            target_tahunan=None if self.target_tahunan is None else Target(self.target_tahunan),
            target_triwulan=[None if t is None else Target(t) for t in self.target.sebagai_tuple()],
        )

    def target_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Target s.d. TW n menurut kumulasi indikator (``None`` bila tidak ada target TW)."""
        return self.target.sampai_dengan(self.kumulasi, triwulan)

    def realisasi_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Realisasi s.d. TW n menurut kumulasi indikator (``None`` bila belum dilaporkan)."""
        return self.realisasi.sampai_dengan(self.kumulasi, triwulan)


def _pagu(nilai: AngkaMasukan) -> Decimal:
    return ke_desimal(nilai, "pagu")


@attrs.frozen
class BarisAnggaran:
    """Satu baris anggaran: kode rekening (opsional), uraian, pagu, target dan realisasi.

    ``realisasi`` dan ``target`` adalah nilai per triwulan (kumulasi KUMULATIF). Bila laporan
    hanya mencetak realisasi s.d. periode tanpa rincian triwulan, isi ``realisasi_kumulatif``.
    ``kode`` disimpan sebagai teks apa adanya: kode cacat dilaporkan oleh ``periksa``.
    """

    uraian: str = attrs.field(converter=_teks)
    pagu: Decimal = attrs.field(converter=_pagu)
    kode: str | None = attrs.field(default=None, converter=_teks_opsional)
    target: NilaiTriwulan = attrs.field(factory=NilaiTriwulan, converter=_nilai_triwulan)
    realisasi: NilaiTriwulan = attrs.field(factory=NilaiTriwulan, converter=_nilai_triwulan)
    realisasi_kumulatif: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    tercetak: Tercetak = attrs.field(factory=Tercetak, converter=_tercetak)

    def __attrs_post_init__(self) -> None:
        if self.pagu < 0:
            raise InputTidakSah(f"'pagu' harus >= 0 (diberikan {self.pagu!r})")

    @property
    def kode_rekening(self) -> KodeRekening | None:
        """Kode rekening terurai, atau ``None`` bila kosong atau cacat."""
        if self.kode is None:
            return None
        try:
            return KodeRekening.parse(self.kode)
        except KodeRekeningSalah:
            return None

    def target_sd(self, triwulan: Triwulan) -> Decimal | None:
        """Target keuangan s.d. TW n (jumlah target triwulan), ``None`` bila tidak ada."""
        return self.target.sampai_dengan(Kumulasi.KUMULATIF, triwulan)

    def realisasi_sd(self, triwulan: Triwulan) -> Decimal:
        """Realisasi s.d. TW n: jumlah realisasi triwulan, atau ``realisasi_kumulatif``."""
        if not self.realisasi.kosong:
            nilai = self.realisasi.sampai_dengan(Kumulasi.KUMULATIF, triwulan)
            return Decimal(0) if nilai is None else nilai
        return Decimal(0) if self.realisasi_kumulatif is None else self.realisasi_kumulatif


def _tanggal_opsional(nilai: object) -> datetime.date | None:
    if nilai is None:
        return None
    if isinstance(nilai, datetime.datetime) or not isinstance(nilai, datetime.date):
        raise TipeTidakSah(f"tanggal harus datetime.date (diberikan {nilai!r})")
    return nilai


@attrs.frozen
class DesaDokumen:
    """Tanggal penetapan RKPDes, APBDes dan LPPDes satu desa (``None`` = belum ditetapkan)."""

    nama: str = attrs.field(converter=_teks)
    rkpdes: datetime.date | None = attrs.field(default=None, converter=_tanggal_opsional)
    apbdes: datetime.date | None = attrs.field(default=None, converter=_tanggal_opsional)
    lppdes: datetime.date | None = attrs.field(default=None, converter=_tanggal_opsional)

    def tanggal(self, dokumen: DokumenDesa) -> datetime.date | None:
        """Tanggal penetapan dokumen tertentu."""
        return {
            DokumenDesa.RKPDES: self.rkpdes,
            DokumenDesa.APBDES: self.apbdes,
            DokumenDesa.LPPDES: self.lppdes,
        }[dokumen]


def _jumlah_tepat(nilai: object) -> Mapping[DokumenDesa, int] | None:
    if nilai is None:
        return None
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(f"'tepat' harus pemetaan dokumen → jumlah (diberikan {nilai!r})")
    hasil: dict[DokumenDesa, int] = {}
    for k, v in nilai.items():
        dok = k if isinstance(k, DokumenDesa) else _dokumen(k)
        if isinstance(v, bool) or not isinstance(v, int):
            raise TipeTidakSah(f"'tepat[{dok}]' harus bilangan bulat (diberikan {v!r})")
        hasil[dok] = v
    return MappingProxyType(hasil)


def _dokumen(nilai: object) -> DokumenDesa:
    for dok in DokumenDesa:
        if isinstance(nilai, str) and nilai.strip().casefold() == dok.value.casefold():
            return dok
    raise InputTidakSah(f"dokumen harus RKPDes, APBDes atau LPPDes (diberikan {nilai!r})")


def _daftar_desa(nilai: object) -> tuple[DesaDokumen, ...]:
    if nilai is None:
        return ()
    if isinstance(nilai, (str, bytes)) or not isinstance(nilai, Sequence):
        raise TipeTidakSah(f"'desa' harus daftar DesaDokumen (diberikan {nilai!r})")
    return tuple(nilai)


def _tahun_anggaran(nilai: int) -> int:
    return ke_tahun(nilai, "tahun_anggaran")


@attrs.frozen
class DokumenDesaLaporan:
    """Dokumen desa tepat waktu: tanggal per desa, atau jumlah desa tepat waktu per dokumen.

    Bila laporan mencantumkan tanggal per desa, isi ``desa``; bila hanya mencantumkan
    hitungannya, isi ``jumlah_desa`` dan ``tepat``.
    """

    tahun_anggaran: int = attrs.field(converter=_tahun_anggaran)
    desa: tuple[DesaDokumen, ...] = attrs.field(factory=tuple, converter=_daftar_desa)
    jumlah_desa: int | None = attrs.field(default=None)
    tepat: Mapping[DokumenDesa, int] | None = attrs.field(
        default=None, converter=_jumlah_tepat, hash=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.desa and (self.jumlah_desa is None or self.tepat is None):
            raise InputTidakSah(
                "dokumen desa: isi daftar 'desa' dengan tanggalnya, atau 'jumlah_desa' dan 'tepat'"
            )
        if self.tepat is not None and self.jumlah_desa is not None:
            from kinerja.desa import persentase_tepat_waktu

            persentase_tepat_waktu(self.jumlah_desa, self.tepat)  # validasi hitungan
        if self.jumlah_desa is not None and (
            isinstance(self.jumlah_desa, bool) or not isinstance(self.jumlah_desa, int)
        ):
            raise TipeTidakSah(
                f"'jumlah_desa' harus bilangan bulat (diberikan {self.jumlah_desa!r})"
            )


@attrs.frozen
class Unit:
    """Unit kerja pelapor: nama jabatan/seksi, pejabatnya, dan kecamatan/OPD."""

    nama: str = attrs.field(converter=_teks)
    instansi: str = attrs.field(converter=_teks)
    pejabat: str | None = attrs.field(default=None, converter=_teks_opsional)
    kabupaten: str | None = attrs.field(default=None, converter=_teks_opsional)


@attrs.frozen
class TercetakLaporan:
    """Angka ringkasan sebagaimana tercetak di laporan (rata-rata, jumlah), untuk diperiksa."""

    rata_rata_capaian_kinerja: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    rata_rata_capaian_keuangan: Decimal | None = attrs.field(
        default=None, converter=_angka_opsional
    )
    jumlah_pagu: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    jumlah_target_keuangan: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    jumlah_realisasi: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    jumlah_sisa: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    serapan_total: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    persentase_fasilitasi: Decimal | None = attrs.field(default=None, converter=_angka_opsional)
    persentase_dokumen_desa: Decimal | None = attrs.field(default=None, converter=_angka_opsional)


_T = TypeVar("_T")


def _jenis(jenis: type[_T], *, opsional: bool = False) -> Callable[[object, Any, Any], None]:
    """Validator attrs: isian harus bertipe ``jenis`` (galat kinerja, bukan TypeError polos)."""

    def periksa(_: object, atribut: Any, nilai: object) -> None:
        if (nilai is None and opsional) or isinstance(nilai, jenis):
            return
        raise TipeTidakSah(f"'{atribut.name}' harus {jenis.__name__} (diberikan {nilai!r})")

    return periksa


def _periode(nilai: object) -> Periode:
    if isinstance(nilai, Periode):
        return nilai
    raise TipeTidakSah(f"'periode' harus Periode (diberikan {nilai!r})")


def _daftar_baris(nilai: object, jenis: type) -> tuple[object, ...]:
    if nilai is None:
        return ()
    if isinstance(nilai, (str, bytes)) or not isinstance(nilai, Sequence):
        raise TipeTidakSah(f"baris harus daftar {jenis.__name__} (diberikan {nilai!r})")
    for i, b in enumerate(nilai):
        if not isinstance(b, jenis):
            raise TipeTidakSah(f"baris [{i}] harus {jenis.__name__} (diberikan {b!r})")
    return tuple(nilai)


def _baris_indikator(nilai: Sequence[BarisIndikator] | None) -> tuple[BarisIndikator, ...]:
    return _daftar_baris(nilai, BarisIndikator)  # type: ignore[return-value]


def _baris_anggaran(nilai: Sequence[BarisAnggaran] | None) -> tuple[BarisAnggaran, ...]:
    return _daftar_baris(nilai, BarisAnggaran)  # type: ignore[return-value]


@attrs.frozen
class Laporan:
    """Laporan kinerja satu unit untuk satu periode."""

    unit: Unit = attrs.field(validator=_jenis(Unit))
    periode: Periode = attrs.field(converter=_periode)
    indikator: tuple[BarisIndikator, ...] = attrs.field(factory=tuple, converter=_baris_indikator)
    anggaran: tuple[BarisAnggaran, ...] = attrs.field(factory=tuple, converter=_baris_anggaran)
    dokumen_desa: DokumenDesaLaporan | None = attrs.field(
        default=None,
        validator=_jenis(DokumenDesaLaporan, opsional=True),
    )
    fasilitasi: RekapFasilitasi | None = attrs.field(
        default=None,
        validator=_jenis(RekapFasilitasi, opsional=True),
    )
    tercetak: TercetakLaporan = attrs.field(
        factory=TercetakLaporan, validator=_jenis(TercetakLaporan)
    )
    skala: str = "lkj"

    def __attrs_post_init__(self) -> None:
        from kinerja.predikat import SKALA

        if not isinstance(self.skala, str) or self.skala not in SKALA:
            pilihan = ", ".join(sorted(SKALA))
            raise InputTidakSah(
                f"'skala' harus salah satu dari {pilihan} (diberikan {self.skala!r})"
            )


def pastikan_laporan(nilai: object) -> Laporan:
    """Kembalikan ``nilai`` bila berupa :class:`Laporan`; selain itu galat yang jelas."""
    if not isinstance(nilai, Laporan):
        raise TipeTidakSah(f"'laporan' harus Laporan (diberikan {type(nilai).__name__})")
    return nilai
