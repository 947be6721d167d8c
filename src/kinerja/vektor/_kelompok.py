"""Agregat per kelompok (per OPD, per program): rata-rata dan Σ R / Σ T, seperti ringkasan.

Aturannya aturan ringkasan laporan (``kinerja.laporan.ringkasan``) atas kolom: rata-rata capaian
dan serapan atas baris yang sah; capaian agregat ``Σ R / Σ T × 100`` lewat :func:`capaian` yang
sama (R dalam satuan target: persen dari penyebutnya bila ada), atas baris yang punya target dan
realisasi; serapan agregat ``Σ realisasi / Σ pagu × 100`` lewat :func:`serapan`. Kelompok yang
memuat indikator berpolaritas negatif atau bertarget rentang tidak punya capaian agregat, seperti
di ringkasan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kinerja.indikator import Polaritas
from kinerja.vektor._akses import Bingkai, Posisi
from kinerja.vektor._anggaran import TIDAK_SAH_UNTUK_TOTAL, serapan
from kinerja.vektor._capaian import capaian, dalam_satuan_target, negatif_per_baris
from kinerja.vektor._kolom import Larik, larik
from kinerja.vektor._peringatan import SatuPeringatan, laporkan

ANGGARAN_TIDAK_SAH = "ada baris anggaran tidak sah (realisasi di atas pagu atau negatif)"
TIDAK_BERLAKU = (
    "polaritas negatif atau target rentang (Σ R / Σ T hanya untuk target tunggal positif)"
)


def _rata_rata(kode: Posisi, k: int, x: Larik) -> Larik:
    ada = ~np.isnan(x)
    jumlah = np.bincount(kode, weights=np.where(ada, x, 0.0), minlength=k)
    n = np.bincount(kode, weights=ada, minlength=k)
    with np.errstate(invalid="ignore", divide="ignore"):
        hasil: Larik = np.where(n > 0, jumlah / np.maximum(n, 1), np.nan)
    return hasil


def _jumlah(kode: Posisi, k: int, x: Larik, ada: Any) -> Larik:
    hasil: Larik = np.bincount(kode, weights=np.where(ada, x, 0.0), minlength=k).astype(np.float64)
    return hasil


def agregat_kelompok(
    df: Any,
    kelompok: str | Sequence[str],
    *,
    target: str = "target",
    realisasi: str = "realisasi",
    polaritas: str | None = None,
    target_atas: str | None = None,
    penyebut: str | None = None,
    pagu: str | None = None,
    realisasi_anggaran: str | None = None,
    strict: bool = False,
) -> Any:
    """Satu baris per kelompok: ``jumlah_baris``, ``rata_rata_capaian``, ``capaian_agregat``
    (dan, bila ada pagu, ``rata_rata_serapan`` dan ``serapan_agregat``), sepustaka dengan ``df``.

    Kolom ``polaritas``, ``target_atas`` dan ``penyebut`` dipakai bila ada, seperti
    :func:`tambah_kolom_kinerja`. Paling banyak dua peringatan: satu untuk baris tidak sah
    (tidak ikut rata-rata), satu untuk kelompok tanpa angka agregat.
    """
    b = Bingkai(df)
    kode, nilai_kunci, label = b.kelompokkan(kelompok)
    k = len(label)
    t_kolom, r_kolom = b.ambil(target, "target"), b.ambil(realisasi, "realisasi")
    arah = b.opsi(polaritas, "polaritas", Polaritas.dari)
    atas_kolom = b.opsional(target_atas, "target_atas")
    dari_kolom = b.opsional(penyebut, "penyebut")
    with SatuPeringatan(b.panjang, strict, b.indeks) as per_baris:
        arah_pakai = Polaritas.POSITIF if arah is None else arah
        c = larik(capaian(t_kolom, r_kolom, arah_pakai, target_atas=atas_kolom,
                          penyebut=dari_kolom, strict=strict), "capaian")  # fmt: skip
        s = None
        if pagu is not None and realisasi_anggaran is not None:
            p_kolom, ra_kolom = (
                b.ambil(pagu, "pagu"),
                b.ambil(realisasi_anggaran, "realisasi_anggaran"),
            )
            s = larik(serapan(p_kolom, ra_kolom, strict=strict), "serapan")
    t, r = larik(t_kolom, "target"), larik(r_kolom, "realisasi")
    if dari_kolom is not None:
        r = dalam_satuan_target(r, larik(dari_kolom, "penyebut"))[0]
    ada = ~np.isnan(t) & ~np.isnan(r)
    negatif = negatif_per_baris(arah_pakai, b.panjang)
    khusus = ada & negatif
    if atas_kolom is not None:
        khusus |= ada & ~np.isnan(larik(atas_kolom, "target_atas"))
    hasil: dict[str, Any] = dict(nilai_kunci)
    hasil["jumlah_baris"] = np.bincount(kode, minlength=k)
    hasil["rata_rata_capaian"] = _rata_rata(kode, k, c)
    with SatuPeringatan(k, strict, label):
        tidak_berlaku = np.flatnonzero(np.bincount(kode, weights=khusus, minlength=k) > 0)
        jumlah_t = _jumlah(kode, k, t, ada)
        jumlah_t[np.bincount(kode, weights=ada, minlength=k) == 0] = np.nan
        jumlah_t[tidak_berlaku] = np.nan
        hasil["capaian_agregat"] = capaian(jumlah_t, _jumlah(kode, k, r, ada), strict=strict)
        if len(tidak_berlaku):
            laporkan({TIDAK_BERLAKU: tidak_berlaku}, k, strict, None)
        if s is not None:
            p, ra = larik(p_kolom, "pagu"), larik(ra_kolom, "realisasi_anggaran")
            ada_uang = ~np.isnan(p) & ~np.isnan(ra)
            # seperti serapan_total: satu baris tidak sah (menurut serapan per baris di atas,
            # kecuali pagu 0) membuat totalnya tidak terhitung
            buruk = [per_baris.posisi[a] for a in TIDAK_SAH_UNTUK_TOTAL if a in per_baris.posisi]
            grup_buruk = np.unique(kode[np.concatenate(buruk)]) if buruk else np.empty(0, np.intp)
            jumlah_p = _jumlah(kode, k, p, ada_uang)
            jumlah_p[grup_buruk] = np.nan
            hasil["rata_rata_serapan"] = _rata_rata(kode, k, s)
            hasil["serapan_agregat"] = serapan(
                jumlah_p, _jumlah(kode, k, ra, ada_uang), strict=strict
            )
            if len(grup_buruk):
                laporkan({ANGGARAN_TIDAK_SAH: grup_buruk}, k, strict, None)
    return b.bingkai_baru(hasil)
