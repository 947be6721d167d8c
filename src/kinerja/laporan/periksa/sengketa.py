"""Satu salah cetak, satu temuan: temuan yang mengikuti dari angka yang diperselisihkan.

Perselisihan yang diuji: target atau realisasi s.d. TW indikator yang tercetak berbeda dari
masukannya, dan nilai baris matriks fasilitasi yang tercetak berbeda dari centangnya (Klakah
baris 42: semua desa dicentang, tercetak 0,92 — persentase 95,27 yang dicetak laporan mengikuti
0,92).

Bila laporan mencetak target (atau realisasi) sebuah indikator berbeda dari yang tertulis di
sumbernya — Kalaena: target TW I 7 di Bab III, 14 di Rencana Aksi —, capaian, predikat dan
rata-rata yang dihitung laporan dari angka 7 tidak "salah" sendiri-sendiri: mereka mengikuti
angka yang diperselisihkan. :func:`kelompokkan` menguji setiap perselisihan secara metamorfik:
laporan yang sama dihitung ulang dengan angka tercetak itu sebagai masukan; temuan yang hilang
pada hitungan ulang itu adalah *akibat* perselisihan dan dikelompokkan di bawahnya
(``Temuan.akibat``), dengan kedua kemungkinannya ("seharusnya 50 bila target 14; 100 sesuai
bila target 7"). ``periksa`` tidak memilih salah satu angka: laporannya sendiri tidak konsisten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs

from kinerja.anggaran import serapan
from kinerja.besaran import bagi, kurang
from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import KinerjaError
from kinerja.laporan.baris import BarisIndikator, NilaiTriwulan
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.banding import tempat_cetak
from kinerja.laporan.periksa.temuan import Temuan, tampil
from kinerja.periode import Triwulan
from kinerja.teks_angka import bulatkan

__all__ = ["kelompokkan"]

_TW = ("tw1", "tw2", "tw3", "tw4")


def _ganti_sd(
    nilai: NilaiTriwulan, baris: BarisIndikator, tw: Triwulan, baru: Decimal
) -> NilaiTriwulan | None:
    """Nilai triwulan dengan TW laporan diganti agar nilai s.d. TW itu = ``baru``, atau ``None``.

    Nilai s.d. TW n (aturan kumulasi yang sama, :meth:`NilaiTriwulan.sampai_dengan`) adalah
    fungsi garis dari nilai TW n; kemiringannya dibaca dari dua titik, lalu hasilnya diperiksa.
    """
    isian = _TW[tw.value - 1]

    def sd(x: Decimal) -> Decimal | None:
        return attrs.evolve(nilai, **{isian: x}).sampai_dengan(baris.kumulasi, tw)

    nol, satu = sd(Decimal(0)), sd(Decimal(1))
    if nol is None or satu is None or satu == nol:
        return None
    x = bagi(kurang(baru, nol), kurang(satu, nol))
    if x < 0 or sd(x) != baru:
        return None
    return attrs.evolve(nilai, **{isian: x})


def _dengan_centang(rekap: RekapFasilitasi, aktivitas: str, k: int) -> RekapFasilitasi:
    n = len(rekap.desa)
    baris = (True,) * k + (False,) * (n - k)
    return attrs.evolve(rekap, centang=dict(rekap.centang) | {aktivitas: baris})


def _centang_alternatif(laporan: Laporan, d: Temuan) -> Laporan | None:
    """Laporan dengan centang baris fasilitasi diubah sesedikit mungkin agar nilainya = tercetak."""
    rekap = laporan.fasilitasi
    if rekap is None or not isinstance(d.tercetak, Decimal) or d.baris not in rekap.centang:
        return None
    centang = list(rekap.centang[d.baris])
    n, ada = len(centang), sum(centang)
    tempat = tempat_cetak(d.tercetak)
    # nilai baris untuk k centang menurut aturan rekap itu sendiri (RekapFasilitasi.nilai_baris)
    cocok = [
        k
        for k in range(n + 1)
        if bulatkan(_dengan_centang(rekap, d.baris, k).nilai_baris(d.baris), tempat) == d.tercetak
    ]
    if not cocok:
        return None
    k = min(cocok, key=lambda k: abs(k - ada))
    # centang yang dilepas/ditambah diambil dari ujung baris: laporan tidak menyebut desa mana
    urut = list(reversed(range(n)))
    for j in urut:
        if ada > k and centang[j]:
            centang[j], ada = False, ada - 1
        elif ada < k and not centang[j]:
            centang[j], ada = True, ada + 1
    baru = dict(rekap.centang) | {d.baris: tuple(centang)}
    return attrs.evolve(laporan, fasilitasi=attrs.evolve(rekap, centang=baru))


def _alternatif(laporan: Laporan, d: Temuan) -> Laporan | None:
    """Laporan dengan angka tercetak temuan ``d`` sebagai masukan indikatornya."""
    if d.tabel == "fasilitasi":
        return _centang_alternatif(laporan, d)
    sama = [i for i, b in enumerate(laporan.indikator) if b.nama == d.baris]
    if len(sama) != 1 or not isinstance(d.tercetak, Decimal):
        return None
    (i,) = sama
    baris = laporan.indikator[i]
    if d.kolom == "realisasi" and baris.realisasi_dari != "triwulan":
        return None
    tw = laporan.periode.triwulan_laporan
    lama = baris.target if d.kolom == "target" else baris.realisasi
    try:
        baru = _ganti_sd(lama, baris, tw, d.tercetak)
        if baru is None:
            return None
        ganti = (
            attrs.evolve(baris, target=baru)
            if d.kolom == "target"
            else attrs.evolve(baris, realisasi=baru)
        )
    except KinerjaError:
        return None
    indikator = list(laporan.indikator)
    indikator[i] = ganti
    return attrs.evolve(laporan, indikator=indikator)


def _kunci(t: Temuan) -> tuple[str, str, str]:
    return (t.tabel, t.baris, t.kolom)


def _sengketa(t: Temuan) -> bool:
    return (
        (t.tabel, t.kolom)
        in (
            ("capaian kinerja", "target"),
            ("capaian kinerja", "realisasi"),
            ("fasilitasi", "nilai baris"),
        )
        and isinstance(t.tercetak, Decimal)
        and isinstance(t.dihitung, Decimal)
        and not t.akibat
    )


def _sebagai_akibat(f: Temuan, d: Temuan) -> Temuan:
    kolom = d.kolom if d.tabel != "fasilitasi" else f"nilai baris {d.baris!r}"
    kemungkinan = (
        f"seharusnya {tampil(f.dihitung)} bila {kolom} {tampil(d.dihitung)}; tercetak "
        f"{tampil(f.tercetak)} sesuai bila {kolom} {tampil(d.tercetak)}"
    )
    return attrs.evolve(f, alasan=f"{f.alasan} ({kemungkinan})", jenis="akibat")


def _serapan_dari_tercetak(laporan: Laporan, hasil: list[Temuan]) -> list[Temuan]:
    """Cost per outcome: serapan tercetak yang dihitung laporan dari realisasi anggaran tercetak
    yang salah (Senduro l. 115: realisasi 0, serapan 0) adalah akibat realisasi itu."""
    baris = {i.nama: i for i in laporan.indikator}
    ikut: dict[int, list[Temuan]] = {}  # id temuan realisasi → serapan yang mengikutinya
    diambil: set[int] = set()
    for d in hasil:
        asal = baris.get(d.baris)
        if (d.tabel, d.kolom) != ("cost per outcome", "realisasi anggaran") or asal is None:
            continue
        if not isinstance(d.tercetak, Decimal):
            continue
        cetak = [t for t in (asal.tercetak, *asal.tercetak_lain) if (t.tempat,) == d.tempat
                 or (t.tempat is None and not d.tempat)]  # fmt: skip
        pagu = cetak[0].pagu if cetak else None
        if not pagu:
            continue
        for f in hasil:
            if (f.tabel, f.baris, f.kolom, f.tempat) != ("cost per outcome", d.baris, "serapan",
                                                        d.tempat):  # fmt: skip
                continue
            if not isinstance(f.tercetak, Decimal) or f.akibat:
                continue
            try:  # serapan dari angka tercetak baris ini, aturan yang sama (DOMAIN.md §5)
                dari_tercetak = serapan(pagu, d.tercetak)
            except KinerjaError:
                continue
            if bulatkan(dari_tercetak, tempat_cetak(f.tercetak)) == f.tercetak:
                ikut.setdefault(id(d), []).append(
                    attrs.evolve(
                        f,
                        alasan=f"{f.alasan} (seharusnya {tampil(f.dihitung)} bila realisasi "
                        f"anggaran {tampil(d.dihitung)}; tercetak {tampil(f.tercetak)} sesuai "
                        f"bila {tampil(d.tercetak)})",
                        jenis="akibat",
                    )
                )
                diambil.add(id(f))
    return [
        attrs.evolve(t, akibat=(*t.akibat, *ikut[id(t)])) if id(t) in ikut else t
        for t in hasil
        if id(t) not in diambil
    ]


def kelompokkan(
    laporan: Laporan, temuan: Sequence[Temuan], periksa_dasar: Callable[[Laporan], list[Temuan]]
) -> list[Temuan]:
    """Kelompokkan temuan yang mengikuti dari target/realisasi tercetak yang diperselisihkan."""
    hasil = _serapan_dari_tercetak(laporan, list(temuan))
    for d in [t for t in hasil if _sengketa(t)]:
        if d not in hasil:  # sudah menjadi akibat perselisihan lain
            continue
        alt = _alternatif(laporan, d)
        if alt is None:
            continue
        try:
            ulang = periksa_dasar(alt)
        except KinerjaError:
            continue
        if any(_kunci(t) == _kunci(d) and t.tercetak == d.tercetak for t in ulang):
            continue  # angka tercetak tetap tidak cocok: bukan masukan alternatif
        sisa = {_kunci(t): t for t in ulang}
        akibat = [f for f in hasil if f is not d and not f.akibat and _kunci(f) not in sisa]
        # salah di kedua kemungkinan, tetapi nilai aturannya bergantung pada angka yang
        # diperselisihkan: temuan sendiri yang menyebut kedua nilai itu, tanpa memilih
        bergantung = {
            id(f): sisa[_kunci(f)]
            for f in hasil
            if f is not d and _kunci(f) in sisa and f.dihitung != sisa[_kunci(f)].dihitung
        }
        if not akibat and not bergantung:
            continue
        hasil = [
            attrs.evolve(d, akibat=(*d.akibat, *(_sebagai_akibat(f, d) for f in akibat)))
            if f is d
            else _dua_kemungkinan(f, bergantung[id(f)], d) if id(f) in bergantung else f
            for f in hasil
            if not any(f is a for a in akibat)
        ]  # fmt: skip
    return hasil


def _dua_kemungkinan(f: Temuan, lain: Temuan, d: Temuan) -> Temuan:
    """Temuan yang salah menurut kedua kemungkinan angka ``d``: sebut nilai aturan masing-masing."""
    kolom = d.kolom if d.tabel != "fasilitasi" else f"nilai baris {d.baris!r}"
    kemungkinan = (
        f"seharusnya {tampil(f.dihitung)} bila {kolom} {tampil(d.dihitung)}; "
        f"{tampil(lain.dihitung)} bila {kolom} {tampil(d.tercetak)}"
    )
    return attrs.evolve(f, alasan=f"{f.alasan} ({kemungkinan})")
