"""Tabel cost per outcome: kinerja dan anggaran tiap indikator, dengan efisiensinya.

Indikator merujuk satu atau beberapa baris anggaran (kode atau uraian) lewat ``anggaran``; pagu
dan realisasinya dijumlahkan. Efisiensi = capaian kinerja − serapan anggaran (poin persen).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja.anggaran import Anggaran, efisiensi, serapan_total
from kinerja.angka import jumlah
from kinerja.galat import KinerjaError
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import BarisAnggaran, Laporan
from kinerja.laporan.sajian import BisaDisajikan, CatatanBaris, Kolom, Sajian
from kinerja.laporan.tabel_capaian import baris_capaian
from kinerja.periode import Periode

__all__ = [
    "TABEL_COST_PER_OUTCOME",
    "BarisCostPerOutcome",
    "TabelCostPerOutcome",
    "cari_anggaran",
    "tabel_cost_per_outcome",
]


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


def _indeks_anggaran(laporan: Laporan) -> dict[str, BarisAnggaran]:
    """Rujukan → baris pertama yang cocok; kode didahulukan atas uraian, tanpa beda huruf."""
    per_kode: dict[str, BarisAnggaran] = {}
    per_uraian: dict[str, BarisAnggaran] = {}
    for b in laporan.anggaran:
        if b.kode is not None:
            per_kode.setdefault(b.kode.casefold(), b)
        per_uraian.setdefault(b.uraian.casefold(), b)
    return per_uraian | per_kode


def cari_anggaran(laporan: Laporan, rujukan: str) -> BarisAnggaran | None:
    """Baris anggaran yang kodenya, atau uraiannya (tanpa beda huruf), sama dengan rujukan."""
    return _indeks_anggaran(laporan).get(rujukan.casefold())


TABEL_COST_PER_OUTCOME = DeklarasiTabel(
    "cost_per_outcome",
    "Cost per outcome s.d. TW n: capaian kinerja, anggaran, serapan dan efisiensi per indikator",
    (
        Kolom("Indikator", kunci="indikator"),
        Kolom("Target", "angka", "target"),
        Kolom("Realisasi", "angka", "realisasi"),
        Kolom("Capaian kinerja (%)", "persen", "capaian_kinerja"),
        Kolom("Anggaran", kunci="anggaran"),
        Kolom("Pagu", "rupiah", "pagu"),
        Kolom("Realisasi anggaran", "rupiah", "realisasi_anggaran"),
        Kolom("Serapan (%)", "persen", "serapan"),
        Kolom("Efisiensi (poin)", "persen", "efisiensi"),
    ),
)


@attrs.frozen
class TabelCostPerOutcome(BisaDisajikan):
    """Cost per outcome: indikator yang dikaitkan dengan baris anggaran."""

    periode: Periode
    baris: tuple[BarisCostPerOutcome, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        return TABEL_COST_PER_OUTCOME.sajian(
            f"Cost per outcome {self.periode.sebutan}",
            (
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
            catatan_baris=(
                CatatanBaris(i, "keterangan_cost_per_outcome", b.keterangan)
                for i, b in enumerate(self.baris)
                if b.keterangan
            ),
        )


def tabel_cost_per_outcome(laporan: Laporan) -> TabelCostPerOutcome:
    """Tabel cost per outcome untuk indikator yang punya rujukan ``anggaran``.

    Indikator yang ditopang beberapa kegiatan merujuk beberapa baris anggaran: pagu dan
    realisasinya dijumlahkan.
    """
    tw = laporan.periode.triwulan_laporan
    # indeks hanya bila ada indikator yang merujuk anggaran (berkas anggaran besar: sering tidak)
    indeks = _indeks_anggaran(laporan) if any(b.anggaran for b in laporan.indikator) else {}
    hasil: list[BarisCostPerOutcome] = []
    for baris in laporan.indikator:
        if not baris.anggaran:
            continue
        kinerja = baris_capaian(laporan, baris)
        label = " + ".join(baris.anggaran)
        ditemukan = [indeks.get(r.casefold()) for r in baris.anggaran]
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
        try:  # setiap baris diperiksa sendiri: yang melebihi pagu tidak diam-diam dijumlah
            nilai_serapan: Decimal | None = serapan_total(
                Anggaran(a.pagu, a.realisasi_sd(tw)) for a in ditemukan if a is not None
            )
        except KinerjaError:
            nilai_serapan = None
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
