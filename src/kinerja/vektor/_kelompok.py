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
import numpy.typing as npt
import pandas as pd
from narwhals.dependencies import is_dask_dataframe

from kinerja.indikator import Polaritas
from kinerja.vektor._akses import Bingkai, Posisi
from kinerja.vektor._anggaran import TIDAK_SAH_UNTUK_TOTAL, serapan
from kinerja.vektor._capaian import capaian, dalam_satuan_target, negatif_per_baris
from kinerja.vektor._dask import peta_partisi, token_baru
from kinerja.vektor._kolom import Larik, larik
from kinerja.vektor._peringatan import (
    Bagian,
    SatuPeringatan,
    alihkan,
    laporkan,
    umumkan_bagian,
)

ANGGARAN_TIDAK_SAH = "ada baris anggaran tidak sah (realisasi di atas pagu atau negatif)"
TIDAK_BERLAKU = (
    "polaritas negatif atau target rentang (Σ R / Σ T hanya untuk target tunggal positif)"
)


_AWAL = "__kinerja_"  # kolom jumlah parsial (dask): tidak bertabrakan dengan kolom kunci
_URUTAN = _AWAL + "urutan"
_GESER = 2**40  # urutan kemunculan = nomor partisi · 2⁴⁰ + baris pertama di partisinya


def _jumlah(kode: Posisi, k: int, x: npt.NDArray[Any], ada: Any = True) -> Larik:
    """Σ ``x`` per kelompok atas baris ``ada`` (``True``: semua baris, tanpa salinan)."""
    bobot = x if ada is True else np.where(ada, x, 0.0)
    hasil: Larik = np.bincount(kode, weights=bobot, minlength=k).astype(np.float64, copy=False)
    return hasil


def _bagi(jumlah: Larik, n: Larik) -> Larik:
    """Rata-rata dari jumlah dan banyaknya: NaN bila tidak ada baris yang sah."""
    with np.errstate(invalid="ignore", divide="ignore"):
        hasil: Larik = np.where(n > 0, jumlah / np.maximum(n, 1), np.nan)
    return hasil


def _parsial(b: Bingkai, kode: Posisi, k: int, opsi: dict[str, Any]) -> dict[str, Larik]:
    """Jumlah per kelompok yang bisa dijumlahkan lagi antarbagian (partisi dask): banyak baris,
    Σ dan banyak capaian/serapan sah, Σ T, Σ R dan banyak baris bertarget dan berrealisasi,
    Σ pagu dan Σ realisasi anggaran, banyak baris khusus (negatif/rentang) dan anggaran buruk.

    Peringatan baris tidak sah (satu) diumumkan di sini, dengan posisi baris ``b``.
    """
    strict, pagu, realisasi_anggaran = opsi["strict"], opsi["pagu"], opsi["realisasi_anggaran"]
    t_kolom = b.ambil(opsi["target"], "target")
    r_kolom = b.ambil(opsi["realisasi"], "realisasi")
    arah = b.opsi(opsi["polaritas"], "polaritas", Polaritas.dari)
    atas_kolom = b.opsional(opsi["target_atas"], "target_atas")
    dari_kolom = b.opsional(opsi["penyebut"], "penyebut")
    j: dict[str, Larik] = {"jumlah_baris": np.bincount(kode, minlength=k).astype(np.float64)}
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
    j["n_capaian"] = _jumlah(kode, k, ~np.isnan(c), True)
    j["jumlah_capaian"] = _jumlah(kode, k, c, ~np.isnan(c))
    t, r = larik(t_kolom, "target"), larik(r_kolom, "realisasi")
    if dari_kolom is not None:
        r = dalam_satuan_target(r, larik(dari_kolom, "penyebut"))[0]
    ada = ~np.isnan(t) & ~np.isnan(r)
    khusus = ada & negatif_per_baris(arah_pakai, b.panjang)
    if atas_kolom is not None:
        khusus |= ada & ~np.isnan(larik(atas_kolom, "target_atas"))
    j["n_ada"] = _jumlah(kode, k, ada, True)
    j["jumlah_t"] = _jumlah(kode, k, t, ada)
    j["jumlah_r"] = _jumlah(kode, k, r, ada)
    j["khusus"] = _jumlah(kode, k, khusus, True)
    if s is not None:
        p, ra = larik(p_kolom, "pagu"), larik(ra_kolom, "realisasi_anggaran")
        ada_uang = ~np.isnan(p) & ~np.isnan(ra)
        # seperti serapan_total: satu baris tidak sah (menurut serapan per baris di atas,
        # kecuali pagu 0) membuat totalnya tidak terhitung
        buruk = np.zeros(b.panjang, dtype=np.bool_)
        for alasan in TIDAK_SAH_UNTUK_TOTAL:
            buruk[per_baris.posisi.get(alasan, np.empty(0, np.intp))] = True
        j["n_serapan"] = _jumlah(kode, k, ~np.isnan(s), True)
        j["jumlah_serapan"] = _jumlah(kode, k, s, ~np.isnan(s))
        j["jumlah_p"] = _jumlah(kode, k, p, ada_uang)
        j["jumlah_ra"] = _jumlah(kode, k, ra, ada_uang)
        j["buruk"] = _jumlah(kode, k, buruk, True)
    return j


def _dari_jumlah(j: dict[str, Larik], k: int, label: Any, strict: bool) -> dict[str, Any]:
    """Kolom hasil dari jumlah per kelompok (satu bagian, atau gabungan semua partisi).

    Peringatan kelompok tanpa angka agregat (satu) diumumkan di sini, berlabel kelompok.
    """
    hasil: dict[str, Any] = {"jumlah_baris": j["jumlah_baris"].astype(np.int64)}
    hasil["rata_rata_capaian"] = _bagi(j["jumlah_capaian"], j["n_capaian"])
    with SatuPeringatan(k, strict, label):
        tidak_berlaku = np.flatnonzero(j["khusus"] > 0)
        jumlah_t = j["jumlah_t"].copy()
        jumlah_t[j["n_ada"] == 0] = np.nan
        jumlah_t[tidak_berlaku] = np.nan
        hasil["capaian_agregat"] = capaian(jumlah_t, j["jumlah_r"], strict=strict)
        if len(tidak_berlaku):
            laporkan({TIDAK_BERLAKU: tidak_berlaku}, k, strict, None)
        if "jumlah_p" in j:
            grup_buruk = np.flatnonzero(j["buruk"] > 0)
            jumlah_p = j["jumlah_p"].copy()
            jumlah_p[grup_buruk] = np.nan
            hasil["rata_rata_serapan"] = _bagi(j["jumlah_serapan"], j["n_serapan"])
            hasil["serapan_agregat"] = serapan(jumlah_p, j["jumlah_ra"], strict=strict)
            if len(grup_buruk):
                laporkan({ANGGARAN_TIDAK_SAH: grup_buruk}, k, strict, None)
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
    :func:`tambah_kolom_kinerja`. Satu peringatan per panggilan, dengan dua bagian bila perlu:
    baris tidak sah (tidak ikut rata-rata) dan kelompok tanpa angka agregat
    (:attr:`BarisTidakSah.bagian`).

    DataFrame dask: jumlah parsial dihitung per partisi lalu dijumlahkan (Σ R / Σ T dari jumlah
    semua partisi, rata-rata = Σ / n, bukan rata-rata dari rata-rata); hasilnya DataFrame dask
    satu partisi, malas, dengan kelompok dalam urutan kemunculan seperti pandas.
    """
    opsi = dict(locals())
    del opsi["df"], opsi["kelompok"]
    if is_dask_dataframe(df):
        token = token_baru()
        parsial = peta_partisi(df, _parsial_partisi, tahap="baris", ukuran="masukan",
                               token=token, kelompok=kelompok, opsi=opsi)  # fmt: skip
        return peta_partisi(parsial.repartition(npartitions=1), _gabung_partisi,
                            tahap="kelompok", ukuran="keluaran", token=token,
                            kelompok=kelompok, strict=strict)  # fmt: skip
    b = Bingkai(df)
    kode, nilai_kunci, label = b.kelompokkan(kelompok)
    baris: list[Bagian] = []
    kelompok_hasil: list[Bagian] = []
    with alihkan(lambda posisi, n, indeks: baris.append(("baris", posisi, n, indeks))):
        j = _parsial(b, kode, len(label), opsi)
    hasil: dict[str, Any] = dict(nilai_kunci)
    with alihkan(lambda posisi, n, indeks: kelompok_hasil.append(("kelompok", posisi, n, indeks))):
        hasil.update(_dari_jumlah(j, len(label), label, strict))
    umumkan_bagian(baris + kelompok_hasil)  # satu peringatan untuk baris dan kelompok
    return b.bingkai_baru(hasil)


def _parsial_partisi(
    bagian: pd.DataFrame, nomor: int, *, kelompok: str | Sequence[str], opsi: dict[str, Any]
) -> pd.DataFrame:
    """Satu partisi dask: kunci, jumlah parsial dan urutan kemunculan per kelompok."""
    b = Bingkai(bagian)
    kode, nilai_kunci, label = b.kelompokkan(kelompok)
    j = _parsial(b, kode, len(label), opsi)
    pertama = np.unique(kode, return_index=True)[1]  # kode urut kemunculan: baris pertamanya
    keluar: dict[str, Any] = dict(nilai_kunci)
    keluar.update({_AWAL + nama: x for nama, x in j.items()})
    keluar[_URUTAN] = nomor * _GESER + pertama.astype(np.int64)
    return pd.DataFrame(keluar)


def _gabung_partisi(
    parsial: pd.DataFrame, nomor: int, *, kelompok: str | Sequence[str], strict: bool
) -> pd.DataFrame:
    """Semua jumlah parsial (satu partisi): dijumlahkan per kelompok, lalu kolom hasil."""
    parsial = parsial.sort_values(_URUTAN, kind="stable").reset_index(drop=True)
    b = Bingkai(parsial)
    kode, nilai_kunci, label = b.kelompokkan(kelompok)
    k = len(label)
    nama = [str(n)[len(_AWAL) :] for n in parsial.columns if str(n).startswith(_AWAL)]
    j = {n: _jumlah(kode, k, parsial[_AWAL + n].to_numpy(np.float64)) for n in nama
         if _AWAL + n != _URUTAN}  # fmt: skip
    hasil: dict[str, Any] = dict(nilai_kunci)
    hasil.update(_dari_jumlah(j, k, label, strict))
    return pd.DataFrame(hasil)
