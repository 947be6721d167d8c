"""Tabel-tabel Laporan Kinerja, dihitung dari sebuah :class:`~kinerja.laporan.Laporan`.

- :func:`tabel_capaian` — capaian kinerja s.d. TW n: target, realisasi, capaian, predikat.
- :func:`tabel_keuangan` — realisasi keuangan: pagu, target s.d. TW n, realisasi, capaian
  keuangan, serapan, sisa, dengan jumlah yang tidak menghitung dua kali anak-anak sebuah kode.
- :func:`tabel_cost_per_outcome` — kinerja + anggaran + efisiensi per indikator.
- :class:`~kinerja.pohon_anggaran.PohonAnggaran` — pohon kode rekening, jumlah tiap tingkat.
- :func:`ringkasan` — rata-rata capaian kinerja dan keuangan, *rerata* dan *agregat* dibedakan.

:func:`hitung` menghasilkan semuanya sekaligus. Setiap tabel bisa menjadi
:class:`~kinerja.sajian.Sajian` (teks, Markdown, CSV, JSON, HTML) dan ``pandas.DataFrame``.
Sel yang tidak bisa dihitung (target 0, satuan tidak cocok, pagu 0) berisi ``None`` dengan
keterangan; tidak pernah angka karangan.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from kinerja.anggaran import efisiensi, serapan
from kinerja.angka import KONTEKS, jumlah, tulis_angka
from kinerja.capaian import capaian, capaian_agregat, rata_rata_capaian
from kinerja.desa import DokumenDesa, persentase_tepat_waktu, tepat_waktu
from kinerja.galat import KinerjaError
from kinerja.indikator import Polaritas, Realisasi, Target
from kinerja.laporan import BarisAnggaran, BarisIndikator, Laporan, pastikan_laporan
from kinerja.periode import Periode, Triwulan
from kinerja.pohon_anggaran import PohonAnggaran
from kinerja.predikat import SKALA, predikat
from kinerja.sajian import Kolom, Sajian

__all__ = [
    "BarisCapaian",
    "BarisCostPerOutcome",
    "BarisKeuangan",
    "HasilLaporan",
    "Ringkasan",
    "TabelCapaian",
    "TabelCostPerOutcome",
    "TabelKeuangan",
    "hitung",
    "persentase_dokumen_desa",
    "realisasi_indikator",
    "ringkasan",
    "tabel_capaian",
    "tabel_cost_per_outcome",
    "tabel_keuangan",
]


class _BisaDisajikan:
    """Dasar kecil: tabel yang punya ``ke_sajian()`` juga tampil di Jupyter dan pandas."""

    __slots__ = ()

    def ke_sajian(self) -> Sajian:  # pragma: no cover - ditimpa setiap tabel
        raise NotImplementedError

    def ke_dataframe(self) -> Any:
        """``pandas.DataFrame`` dengan angka tepat (butuh extra ``pandas``)."""
        return self.ke_sajian().ke_dataframe()

    def _repr_html_(self) -> str:
        return self.ke_sajian()._repr_html_()


# ---------------------------------------------------------------- capaian kinerja


@attrs.frozen
class BarisCapaian:
    """Satu baris tabel capaian kinerja s.d. TW n."""

    nama: str
    satuan: str | None
    polaritas: Polaritas
    target_tahunan: Decimal | None
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    predikat: str | None
    keterangan: str | None = None


def persentase_dokumen_desa(laporan: Laporan) -> Decimal | None:
    """Rata-rata persentase desa yang menetapkan RKPDes, APBDes, LPPDes tepat waktu."""
    dok = laporan.dokumen_desa
    if dok is None:
        return None
    if dok.desa:
        tepat = {
            d: sum(tepat_waktu(d, desa.tanggal(d), dok.tahun_anggaran) for desa in dok.desa)
            for d in DokumenDesa
        }
        return persentase_tepat_waktu(len(dok.desa), tepat)
    assert dok.jumlah_desa is not None
    assert dok.tepat is not None
    return persentase_tepat_waktu(dok.jumlah_desa, dok.tepat)


def realisasi_indikator(laporan: Laporan, baris: BarisIndikator) -> Decimal | None:
    """Realisasi s.d. periode laporan menurut sumber yang ditetapkan baris itu."""
    if baris.realisasi_dari == "fasilitasi":
        return None if laporan.fasilitasi is None else laporan.fasilitasi.persentase
    if baris.realisasi_dari == "dokumen_desa":
        return persentase_dokumen_desa(laporan)
    return baris.realisasi_sd(laporan.periode.triwulan_laporan)


def _target_indikator(laporan: Laporan, baris: BarisIndikator) -> tuple[Decimal | None, str | None]:
    target = baris.target_sd(laporan.periode.triwulan_laporan)
    if target is not None:
        return target, None
    if baris.target_tahunan is not None:
        if laporan.periode.triwulan_laporan is Triwulan.IV:
            return baris.target_tahunan, None  # s.d. TW IV = setahun penuh
        return baris.target_tahunan, "tanpa target triwulan: dibandingkan dengan target tahunan"
    return None, "tidak ada target"


def _baris_capaian(laporan: Laporan, baris: BarisIndikator) -> BarisCapaian:
    target, keterangan = _target_indikator(laporan, baris)
    galat_realisasi: str | None = None
    try:
        realisasi = realisasi_indikator(laporan, baris)
    except KinerjaError as galat:  # sumber realisasi yang tidak bisa dihitung
        realisasi, galat_realisasi = None, str(galat)
    nilai: Decimal | None = None
    label: str | None = None
    if realisasi is None:
        keterangan = galat_realisasi or f"realisasi belum dilaporkan ({baris.realisasi_dari})"
    elif baris.penyebut is not None and baris.satuan_realisasi:
        satuan = f" {baris.satuan_realisasi}"
        catatan = f"realisasi {tulis_angka(realisasi)}{satuan} dari {tulis_angka(baris.penyebut)}"
        keterangan = catatan if keterangan is None else f"{keterangan}; {catatan}"
    if realisasi is not None and target is not None:
        try:
            nilai = capaian(
                Target(target, baris.satuan),
                Realisasi(realisasi, baris.satuan_realisasi or baris.satuan, dari=baris.penyebut),
                polaritas=baris.polaritas,
            )
            label = predikat(nilai, SKALA[laporan.skala]).label
        except KinerjaError as galat:
            keterangan = str(galat)
    return BarisCapaian(
        nama=baris.nama,
        satuan=baris.satuan,
        polaritas=baris.polaritas,
        target_tahunan=baris.target_tahunan,
        target=target,
        realisasi=realisasi,
        capaian=nilai,
        predikat=label,
        keterangan=keterangan,
    )


@attrs.frozen
class TabelCapaian(_BisaDisajikan):
    """Tabel capaian kinerja s.d. triwulan laporan."""

    periode: Periode
    baris: tuple[BarisCapaian, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        return Sajian(
            f"Capaian kinerja s.d. {self.periode.triwulan_laporan} {self.periode.tahun}",
            (
                Kolom("Indikator"),
                Kolom("Satuan"),
                Kolom("Target tahunan", "angka"),
                Kolom("Target", "angka"),
                Kolom("Realisasi", "angka"),
                Kolom("Capaian (%)", "persen"),
                Kolom("Predikat"),
            ),
            tuple(
                (
                    b.nama,
                    b.satuan,
                    b.target_tahunan,
                    b.target,
                    b.realisasi,
                    b.capaian,
                    b.predikat,
                )
                for b in self.baris
            ),
            _catatan_kelompok((b.nama, b.keterangan) for b in self.baris),
        )


def _catatan_kelompok(pasangan: Iterable[tuple[str, str | None]]) -> tuple[str, ...]:
    """Catatan per baris; keterangan yang sama untuk banyak baris ditulis sekali."""
    kelompok: dict[str, list[str]] = {}
    for nama, keterangan in pasangan:
        if keterangan:
            kelompok.setdefault(keterangan, []).append(nama)
    return tuple(
        f"{nama[0]}: {ket}" if len(nama) == 1 else f"{ket} ({len(nama)} baris)"
        for ket, nama in kelompok.items()
    )


def tabel_capaian(laporan: Laporan) -> TabelCapaian:
    """Tabel capaian kinerja s.d. triwulan laporan."""
    return TabelCapaian(
        laporan.periode, tuple(_baris_capaian(laporan, b) for b in laporan.indikator)
    )


# ---------------------------------------------------------------- realisasi keuangan


@attrs.frozen
class BarisKeuangan:
    """Satu baris tabel realisasi keuangan s.d. TW n."""

    kode: str | None
    uraian: str
    akar: bool
    pagu: Decimal
    target: Decimal | None
    realisasi: Decimal
    capaian: Decimal | None
    serapan: Decimal | None
    sisa: Decimal
    keterangan: str | None = None


def _bagi_persen(pembilang: Decimal, penyebut: Decimal | None) -> Decimal | None:
    if penyebut is None or penyebut == 0:
        return None
    return KONTEKS.divide(KONTEKS.multiply(pembilang, Decimal(100)), penyebut)


def _adalah_akar(baris: BarisAnggaran, semua: Iterable[BarisAnggaran]) -> bool:
    """Baris tanpa kode, atau yang tak satu pun kode lain menjadi awalannya, adalah akar."""
    if baris.kode is None:
        return True
    return not any(
        lain.kode is not None and baris.kode.startswith(lain.kode + ".") for lain in semua
    )


def _baris_keuangan(laporan: Laporan, baris: BarisAnggaran) -> BarisKeuangan:
    tw = laporan.periode.triwulan_laporan
    realisasi = baris.realisasi_sd(tw)
    target = baris.target_sd(tw)
    nilai_serapan: Decimal | None = None
    keterangan: str | None = None
    try:
        nilai_serapan = serapan(baris.pagu, realisasi)
    except KinerjaError as galat:
        keterangan = str(galat)
    return BarisKeuangan(
        kode=baris.kode,
        uraian=baris.uraian,
        akar=_adalah_akar(baris, laporan.anggaran),
        pagu=baris.pagu,
        target=target,
        realisasi=realisasi,
        capaian=_bagi_persen(realisasi, target),
        serapan=nilai_serapan,
        sisa=KONTEKS.subtract(baris.pagu, realisasi),
        keterangan=keterangan,
    )


@attrs.frozen
class TabelKeuangan(_BisaDisajikan):
    """Tabel realisasi keuangan; jumlah dihitung atas baris akar saja."""

    periode: Periode
    baris: tuple[BarisKeuangan, ...]

    def _akar(self) -> list[BarisKeuangan]:
        return [b for b in self.baris if b.akar]

    @property
    def jumlah_pagu(self) -> Decimal:
        """Jumlah pagu baris akar."""
        return jumlah(b.pagu for b in self._akar())

    @property
    def jumlah_target(self) -> Decimal | None:
        """Jumlah target keuangan s.d. TW n baris akar (``None`` bila tidak ada target)."""
        target = [b.target for b in self._akar() if b.target is not None]
        return jumlah(target) if target else None

    @property
    def jumlah_realisasi(self) -> Decimal:
        """Jumlah realisasi baris akar."""
        return jumlah(b.realisasi for b in self._akar())

    @property
    def jumlah_sisa(self) -> Decimal:
        """Jumlah sisa baris akar."""
        return jumlah(b.sisa for b in self._akar())

    @property
    def serapan_total(self) -> Decimal | None:
        """Σ realisasi / Σ pagu × 100 atas baris akar."""
        return _bagi_persen(self.jumlah_realisasi, self.jumlah_pagu)

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil, dengan baris JUMLAH."""
        isi: list[tuple[object, ...]] = [
            (b.kode, b.uraian, b.pagu, b.target, b.realisasi, b.capaian, b.serapan, b.sisa)
            for b in self.baris
        ]
        target = self.jumlah_target
        isi.append(
            (
                None,
                "JUMLAH",
                self.jumlah_pagu,
                target,
                self.jumlah_realisasi,
                _bagi_persen(self.jumlah_realisasi, target),
                self.serapan_total,
                self.jumlah_sisa,
            )
        )
        return Sajian(
            f"Realisasi keuangan s.d. {self.periode.triwulan_laporan} {self.periode.tahun}",
            (
                Kolom("Kode"),
                Kolom("Uraian"),
                Kolom("Pagu", "rupiah"),
                Kolom("Target", "rupiah"),
                Kolom("Realisasi", "rupiah"),
                Kolom("Capaian (%)", "persen"),
                Kolom("Serapan (%)", "persen"),
                Kolom("Sisa", "rupiah"),
            ),
            tuple(isi),
            (
                *tuple(f"{b.kode or b.uraian}: {b.keterangan}" for b in self.baris if b.keterangan),
                "JUMLAH dihitung atas baris teratas (anak tidak dihitung dua kali)",
            ),
        )


def tabel_keuangan(laporan: Laporan) -> TabelKeuangan:
    """Tabel realisasi keuangan s.d. triwulan laporan."""
    return TabelKeuangan(
        laporan.periode, tuple(_baris_keuangan(laporan, b) for b in laporan.anggaran)
    )


# ---------------------------------------------------------------- cost per outcome


@attrs.frozen
class BarisCostPerOutcome:
    """Kinerja dan anggaran satu indikator, dengan efisiensinya."""

    indikator: str
    target: Decimal | None
    realisasi: Decimal | None
    capaian_kinerja: Decimal | None
    anggaran: str
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None
    serapan: Decimal | None
    efisiensi: Decimal | None
    keterangan: str | None = None


def cari_anggaran(laporan: Laporan, rujukan: str) -> BarisAnggaran | None:
    """Baris anggaran yang kodenya, atau uraiannya (tanpa beda huruf), sama dengan rujukan."""
    kunci = rujukan.casefold()
    for b in laporan.anggaran:
        if b.kode is not None and b.kode.casefold() == kunci:
            return b
    return next((b for b in laporan.anggaran if b.uraian.casefold() == kunci), None)


@attrs.frozen
class TabelCostPerOutcome(_BisaDisajikan):
    """Cost per outcome: indikator yang dikaitkan dengan baris anggaran."""

    periode: Periode
    baris: tuple[BarisCostPerOutcome, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        return Sajian(
            f"Cost per outcome s.d. {self.periode.triwulan_laporan} {self.periode.tahun}",
            (
                Kolom("Indikator"),
                Kolom("Target", "angka"),
                Kolom("Realisasi", "angka"),
                Kolom("Capaian kinerja (%)", "persen"),
                Kolom("Anggaran"),
                Kolom("Pagu", "rupiah"),
                Kolom("Realisasi anggaran", "rupiah"),
                Kolom("Serapan (%)", "persen"),
                Kolom("Efisiensi (poin)", "persen"),
            ),
            tuple(
                (
                    b.indikator,
                    b.target,
                    b.realisasi,
                    b.capaian_kinerja,
                    b.anggaran,
                    b.pagu,
                    b.realisasi_anggaran,
                    b.serapan,
                    b.efisiensi,
                )
                for b in self.baris
            ),
            (
                *tuple(f"{b.indikator}: {b.keterangan}" for b in self.baris if b.keterangan),
                "efisiensi = capaian kinerja − serapan anggaran (poin persen)",
            ),
        )


def tabel_cost_per_outcome(laporan: Laporan) -> TabelCostPerOutcome:
    """Tabel cost per outcome untuk indikator yang punya rujukan ``anggaran``.

    Indikator yang ditopang beberapa kegiatan merujuk beberapa baris anggaran: pagu dan
    realisasinya dijumlahkan.
    """
    tw = laporan.periode.triwulan_laporan
    hasil: list[BarisCostPerOutcome] = []
    for baris in laporan.indikator:
        if not baris.anggaran:
            continue
        kinerja = _baris_capaian(laporan, baris)
        label = " + ".join(baris.anggaran)
        ditemukan = [cari_anggaran(laporan, r) for r in baris.anggaran]
        hilang = [r for r, a in zip(baris.anggaran, ditemukan, strict=True) if a is None]
        if hilang:
            hasil.append(
                BarisCostPerOutcome(
                    baris.nama, kinerja.target, kinerja.realisasi, kinerja.capaian,
                    label, None, None, None, None,
                    keterangan=f"baris anggaran {', '.join(map(repr, hilang))} tidak ada",
                )
            )  # fmt: skip
            continue
        pagu = jumlah(a.pagu for a in ditemukan if a is not None)
        realisasi = jumlah(a.realisasi_sd(tw) for a in ditemukan if a is not None)
        nilai_serapan = _coba(serapan, pagu, realisasi)
        nilai_efisiensi = (
            None
            if kinerja.capaian is None or nilai_serapan is None
            else efisiensi(kinerja.capaian, nilai_serapan)
        )
        hasil.append(
            BarisCostPerOutcome(
                baris.nama, kinerja.target, kinerja.realisasi, kinerja.capaian,
                label, pagu, realisasi, nilai_serapan, nilai_efisiensi,
                keterangan=kinerja.keterangan,
            )
        )  # fmt: skip
    return TabelCostPerOutcome(laporan.periode, tuple(hasil))


# ---------------------------------------------------------------- ringkasan


@attrs.frozen
class Ringkasan(_BisaDisajikan):
    """Rata-rata capaian kinerja dan keuangan: rerata dan agregat, dinamai terpisah."""

    rata_rata_capaian_kinerja: Decimal | None
    capaian_kinerja_agregat: Decimal | None
    rata_rata_capaian_keuangan: Decimal | None
    capaian_keuangan_agregat: Decimal | None
    serapan_total: Decimal | None
    persentase_fasilitasi: Decimal | None
    persentase_dokumen_desa: Decimal | None

    def ke_sajian(self) -> Sajian:
        """Sajian dua kolom: ukuran dan nilainya (ukuran yang tidak berlaku tidak ditampilkan)."""
        baris = (
                ("Rata-rata capaian kinerja (rerata baris)", self.rata_rata_capaian_kinerja),
                ("Capaian kinerja agregat (Σ R / Σ T)", self.capaian_kinerja_agregat),
                ("Rata-rata capaian keuangan (rerata baris)", self.rata_rata_capaian_keuangan),
                ("Capaian keuangan agregat (Σ R / Σ T)", self.capaian_keuangan_agregat),
                ("Serapan anggaran total (Σ R / Σ pagu)", self.serapan_total),
                ("Persentase fasilitasi ditindaklanjuti", self.persentase_fasilitasi),
                ("Persentase dokumen desa tepat waktu", self.persentase_dokumen_desa),
        )  # fmt: skip
        return Sajian(
            "Ringkasan",
            (Kolom("Ukuran"), Kolom("Nilai (%)", "persen")),
            tuple(b for b in baris if b[1] is not None),
            ("agregat kinerja hanya untuk indikator bersatuan sama",),
        )


def _coba(fungsi: Any, *args: Any, **kwargs: Any) -> Decimal | None:
    try:
        hasil: Decimal = fungsi(*args, **kwargs)
    except KinerjaError:
        return None
    return hasil


def ringkasan(laporan: Laporan) -> Ringkasan:
    """Ringkasan rata-rata capaian kinerja dan keuangan laporan."""
    kinerja = tabel_capaian(laporan).baris
    nilai_kinerja = [b.capaian for b in kinerja if b.capaian is not None]
    dengan_t = [b for b in kinerja if b.target is not None and b.realisasi is not None]
    keuangan = [b for b in tabel_keuangan(laporan).baris if b.akar]
    bertarget = [b for b in keuangan if b.target is not None]
    nilai_keuangan = [b.capaian for b in bertarget if b.capaian is not None]
    pagu = jumlah(b.pagu for b in keuangan)
    return Ringkasan(
        rata_rata_capaian_kinerja=_coba(rata_rata_capaian, nilai_kinerja),
        capaian_kinerja_agregat=_coba(
            capaian_agregat,
            target=[Target(b.target, b.satuan) for b in dengan_t if b.target is not None],
            realisasi=[
                Realisasi(b.realisasi, b.satuan) for b in dengan_t if b.realisasi is not None
            ],
        )
        if dengan_t and all(b.polaritas is Polaritas.POSITIF for b in dengan_t)
        else None,
        rata_rata_capaian_keuangan=_coba(rata_rata_capaian, nilai_keuangan),
        capaian_keuangan_agregat=_coba(
            capaian_agregat,
            target=[b.target for b in bertarget if b.target is not None],
            realisasi=[b.realisasi for b in bertarget],
        ),
        serapan_total=_bagi_persen(jumlah(b.realisasi for b in keuangan), pagu),
        persentase_fasilitasi=None if laporan.fasilitasi is None else laporan.fasilitasi.persentase,
        persentase_dokumen_desa=_coba(persentase_dokumen_desa, laporan),
    )


# ---------------------------------------------------------------- semuanya


@attrs.frozen
class HasilLaporan:
    """Semua tabel sebuah laporan."""

    laporan: Laporan
    capaian: TabelCapaian
    keuangan: TabelKeuangan
    cost_per_outcome: TabelCostPerOutcome
    pohon: PohonAnggaran
    ringkasan: Ringkasan

    def sajian(self) -> list[Sajian]:
        """Tabel-tabel yang berisi, siap ditampilkan, urut seperti di laporan."""
        hasil = [self.capaian.ke_sajian()] if self.capaian.baris else []
        if self.keuangan.baris:
            hasil.append(self.keuangan.ke_sajian())
        if self.cost_per_outcome.baris:
            hasil.append(self.cost_per_outcome.ke_sajian())
        if self.pohon.akar:
            hasil.append(_sajian_pohon(self.pohon))
        hasil.append(self.ringkasan.ke_sajian())
        return hasil

    def _repr_html_(self) -> str:
        return "".join(s._repr_html_() for s in self.sajian())


def _sajian_pohon(pohon: PohonAnggaran) -> Sajian:
    isi = [
        (
            "  " * kedalaman + str(s.kode),
            s.baris.uraian,
            s.pagu,
            s.jumlah_pagu_anak,
            s.realisasi,
            s.jumlah_realisasi_anak,
        )
        for kedalaman, s in pohon.telusuri()
    ]
    isi.append(("", "JUMLAH", pohon.jumlah_pagu, None, pohon.jumlah_realisasi, None))
    return Sajian(
        "Pohon anggaran (jumlah anak dihitung ulang)",
        (
            Kolom("Kode"),
            Kolom("Uraian"),
            Kolom("Pagu", "rupiah"),
            Kolom("Σ pagu anak", "rupiah"),
            Kolom("Realisasi", "rupiah"),
            Kolom("Σ realisasi anak", "rupiah"),
        ),
        tuple(isi),
    )


def hitung(laporan: Laporan) -> HasilLaporan:
    """Hitung semua tabel laporan.

    >>> from kinerja.contoh_laporan import muat_contoh
    >>> hasil = hitung(muat_contoh("kalaena-2024-tw1"))
    >>> [b.capaian for b in hasil.capaian.baris]
    [Decimal('100'), Decimal('50')]
    >>> from kinerja import bulatkan
    >>> bulatkan(hasil.ringkasan.capaian_keuangan_agregat)
    Decimal('46.14')
    """
    laporan = pastikan_laporan(laporan)
    return HasilLaporan(
        laporan=laporan,
        capaian=tabel_capaian(laporan),
        keuangan=tabel_keuangan(laporan),
        cost_per_outcome=tabel_cost_per_outcome(laporan),
        pohon=PohonAnggaran.dari_baris(laporan.anggaran, laporan.periode.triwulan_laporan),
        ringkasan=ringkasan(laporan),
    )
