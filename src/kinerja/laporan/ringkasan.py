"""Ringkasan laporan: rata-rata capaian kinerja dan keuangan, rerata dan agregat dibedakan.

Laporan menyebut keduanya "rata-rata"; di sini *rerata baris* (Σ cᵢ / n) dan *agregat*
(Σ R / Σ T × 100) diberi nama sendiri-sendiri. Agregat kinerja hanya untuk indikator bersatuan
sama dan berpolaritas positif.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from kinerja.angka import jumlah
from kinerja.capaian import capaian_agregat, rata_rata_capaian
from kinerja.galat import KinerjaError
from kinerja.indikator import Polaritas, Realisasi, Target
from kinerja.laporan.model import Laporan
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.laporan.tabel_capaian import TabelCapaian, persentase_dokumen_desa, tabel_capaian
from kinerja.laporan.tabel_keuangan import TabelKeuangan, persen_dari, tabel_keuangan

__all__ = ["Ringkasan", "ringkasan"]


@attrs.frozen
class Ringkasan(BisaDisajikan):
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


def ringkasan(
    laporan: Laporan,
    *,
    capaian: TabelCapaian | None = None,
    keuangan: TabelKeuangan | None = None,
) -> Ringkasan:
    """Ringkasan rata-rata capaian kinerja dan keuangan laporan.

    Tabel capaian dan keuangan yang sudah dihitung boleh diberikan agar tidak dihitung ulang.
    """
    kinerja = (capaian or tabel_capaian(laporan)).baris
    nilai_kinerja = [b.capaian for b in kinerja if b.capaian is not None]
    dengan_t = [b for b in kinerja if b.target is not None and b.realisasi is not None]
    keuangan_akar = [b for b in (keuangan or tabel_keuangan(laporan)).baris if b.akar]
    bertarget = [b for b in keuangan_akar if b.target is not None]
    nilai_keuangan = [b.capaian for b in bertarget if b.capaian is not None]
    pagu = jumlah(b.pagu for b in keuangan_akar)
    return Ringkasan(
        rata_rata_capaian_kinerja=_coba(rata_rata_capaian, nilai_kinerja),
        capaian_kinerja_agregat=_coba(
            capaian_agregat,
            target=[Target(b.target, b.satuan) for b in dengan_t if b.target is not None],
            realisasi=[
                Realisasi(b.realisasi, b.satuan) for b in dengan_t if b.realisasi is not None
            ],
        )
        if dengan_t
        and all(b.polaritas is Polaritas.POSITIF and b.target_atas is None for b in dengan_t)
        else None,
        rata_rata_capaian_keuangan=_coba(rata_rata_capaian, nilai_keuangan),
        capaian_keuangan_agregat=_coba(
            capaian_agregat,
            target=[b.target for b in bertarget if b.target is not None],
            realisasi=[b.realisasi for b in bertarget],
        ),
        serapan_total=persen_dari(jumlah(b.realisasi for b in keuangan_akar), pagu),
        persentase_fasilitasi=None if laporan.fasilitasi is None else laporan.fasilitasi.persentase,
        persentase_dokumen_desa=_coba(persentase_dokumen_desa, laporan),
    )
