"""Periksa: hitung ulang setiap angka tercetak sebuah laporan dan daftar salah hitungnya.

:func:`periksa` membandingkan setiap angka *tercetak* (:class:`~kinerja.laporan.TercetakIndikator`,
:class:`~kinerja.laporan.TercetakAnggaran`, :class:`~kinerja.laporan.TercetakRingkasan`) dengan
nilai menurut aturan — setiap kunci dengan satu angka yang dinamainya —, dan memeriksa
konsistensi laporan itu sendiri:

- capaian, target, realisasi, predikat tiap indikator; capaian keuangan, serapan, sisa tiap
  baris anggaran; jumlah dan rata-rata; efisiensi;
- target triwulan terhadap target tahunan (KUMULATIF: Σ TW I–IV = tahunan; AKHIR: TW IV =
  tahunan; RATA_RATA: rerata = tahunan); Σ target keuangan TW I–IV terhadap pagu;
- jumlah anak terhadap induk di pohon kode rekening; realisasi di atas pagu;
- kode rekening cacat, kembar (dibaca seperti pohon: ``x.xx.01`` = ``X.XX.01``) atau berspasi;
  angka yang tercetak dalam notasi yang salah.

Pembulatan di bawah ketelitian cetak **bukan** temuan: "46%" untuk 46,14 benar, "99,22" untuk
99,33 salah. Angka tercetak dibandingkan dengan nilai aturan yang dibulatkan setengah ke atas ke
jumlah desimal yang tercetak.

>>> from kinerja.laporan.contoh import muat_contoh
>>> for t in periksa(muat_contoh("kalaena-2024-tw1")):
...     print(t.tabel, "|", t.kolom, "|", t.tercetak, "→", t.dihitung)
capaian kinerja | target | 7 → 14
capaian kinerja | capaian | 100 → 50
capaian kinerja | predikat | Sangat Baik → Sangat Kurang
rencana aksi | target triwulan | 28 → 14
realisasi keuangan | capaian keuangan | 99.22 → 99.33
ringkasan | rata-rata capaian kinerja | 100 → 75
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

import attrs

from kinerja.angka import baca_angka
from kinerja.besaran import kurang
from kinerja.galat import FormatAngkaSalah, KodeRekeningSalah
from kinerja.indikator import Kumulasi
from kinerja.kode_rekening import KodeRekening
from kinerja.laporan.baris import baku_kode
from kinerja.laporan.model import (
    BarisAnggaran,
    BarisIndikator,
    Laporan,
    TercetakAnggaran,
    TercetakIndikator,
    pastikan_laporan,
)
from kinerja.laporan.tabel import HasilLaporan, hitung
from kinerja.periode import Triwulan
from kinerja.teks_angka import bulatkan

__all__ = ["Temuan", "periksa"]


@attrs.frozen
class Temuan:
    """Satu temuan: di mana, apa yang tercetak, apa kata aturan, selisihnya, dan mengapa."""

    tabel: str
    baris: str
    kolom: str
    tercetak: Decimal | str | None
    dihitung: Decimal | str | None
    selisih: Decimal | None
    alasan: str
    jenis: str = "salah hitung"

    def __str__(self) -> str:
        teks = f"[{self.tabel}] {self.baris} — {self.kolom}: "
        kata = "di laporan" if self.jenis == "tidak konsisten" else "tercetak"
        if self.tercetak is not None:
            teks += f"{kata} {_tampil(self.tercetak)}"
            if self.dihitung is not None:
                teks += f", seharusnya {_tampil(self.dihitung)}"
            if self.selisih is not None:
                teks += f" (selisih {_tampil(self.selisih)})"
            teks += "; "
        return teks + self.alasan


def _tampil(nilai: Decimal | str | None) -> str:
    if nilai is None:
        return "-"
    if isinstance(nilai, Decimal):
        from kinerja.teks_angka import tulis_angka_tepat

        return tulis_angka_tepat(nilai)
    return repr(nilai)


def _tempat(tercetak: Decimal) -> int:
    """Jumlah desimal yang tercetak (0–30; lebih dari itu tidak bermakna untuk pembulatan)."""
    eksponen = tercetak.as_tuple().exponent
    return min(max(0, -eksponen), 30) if isinstance(eksponen, int) else 0


def _banding(
    tabel: str, baris: str, kolom: str, tercetak: Decimal | None, dihitung: Decimal | None,
    alasan: str, sebab: str | None = None,
) -> Iterator[Temuan]:  # fmt: skip
    """Temuan bila angka tercetak berbeda dari aturan di luar ketelitian cetaknya.

    ``sebab`` menjelaskan mengapa nilai aturan tidak ada (mis. pagu 0), bila diketahui.
    """
    if tercetak is None:
        return
    if dihitung is None:
        yield Temuan(
            tabel, baris, kolom, tercetak, None, None,
            f"{alasan}: {sebab or 'tidak dapat dihitung dari angka laporan'}",
            "tidak dapat dihitung",
        )  # fmt: skip
        return
    tempat = _tempat(tercetak)
    dibulatkan = bulatkan(dihitung, tempat)
    if dibulatkan != tercetak:
        yield Temuan(
            tabel,
            baris,
            kolom,
            tercetak,
            dibulatkan,
            kurang(tercetak, dibulatkan),
            alasan,
        )


def _periksa_teks(
    tabel: str,
    baris: str,
    tercetak: TercetakIndikator | TercetakAnggaran,
    nilai: dict[str, Decimal | None],
) -> Iterator[Temuan]:
    """Angka yang tercetak dengan notasi salah (mis. '1,361,248,977', '19.7195.216')."""
    for kolom, teks in tercetak.teks.items():
        benar = nilai.get(kolom)
        indonesia = _coba_baca(teks, "id")
        if indonesia is not None and (benar is None or indonesia == benar):
            continue
        inggris = _coba_baca(teks, "en")
        if inggris is not None and (benar is None or inggris == benar):
            alasan = (
                f"ditulis dengan notasi Inggris ({teks!r}); notasi Indonesia memakai titik untuk "
                "ribuan dan koma untuk desimal"
            )
            yield Temuan(tabel, baris, kolom, teks, benar, None, alasan, "format angka")
        elif indonesia is not None and benar is not None:
            yield Temuan(
                tabel, baris, kolom, indonesia, benar, kurang(indonesia, benar),
                "teks tercetak berbeda dari nilai di baris ini",
            )  # fmt: skip
        else:
            try:
                baca_angka(teks)
                alasan = "format angka salah"
            except FormatAngkaSalah as galat:
                alasan = f"format angka salah: {galat}"
            yield Temuan(tabel, baris, kolom, teks, benar, None, alasan, "format angka")


def _coba_baca(teks: str, notasi: Literal["id", "en"]) -> Decimal | None:
    try:
        return baca_angka(teks, notasi=notasi)
    except FormatAngkaSalah:
        return None


def _target_rencana_aksi(baris: BarisIndikator) -> Iterator[Temuan]:
    if baris.target_tahunan is None or baris.target.kosong:
        return
    if baris.kumulasi is Kumulasi.AKHIR:
        # yang dibandingkan TW IV itu sendiri, bukan nilai terakhir yang diisi
        gabungan = baris.target.tw4
        aturan = "AKHIR: target TW IV harus sama dengan target tahunan"
    else:
        gabungan = baris.target.sampai_dengan(baris.kumulasi, Triwulan.IV)
        aturan = (
            "KUMULATIF: Σ target TW I–IV harus sama dengan target tahunan"
            if baris.kumulasi is Kumulasi.KUMULATIF
            else "RATA_RATA: rerata target TW harus sama dengan target tahunan"
        )
    if gabungan is None:
        return
    atas = baris.target_tahunan_atas
    if atas is None:
        cocok = gabungan == baris.target_tahunan
    else:  # target tahunan rentang: gabungan triwulan cukup berada di dalamnya
        cocok = baris.target_tahunan <= gabungan <= atas
        aturan += f" (rentang {_tampil(baris.target_tahunan)}–{_tampil(atas)})"
    if not cocok:
        yield Temuan(
            "rencana aksi", baris.nama, "target triwulan", gabungan, baris.target_tahunan,
            kurang(gabungan, baris.target_tahunan), aturan, "tidak konsisten",
        )  # fmt: skip


def _periksa_indikator(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    tabel = "capaian kinerja"
    for baris, dihitung in zip(laporan.indikator, hasil.capaian.baris, strict=True):
        t = baris.tercetak
        alasan_capaian = (
            "capaian = (2T − R) / T × 100" if baris.polaritas.value == "negatif"
            else "capaian = R / T × 100"
        )  # fmt: skip
        if dihitung.keterangan and dihitung.capaian is None:
            alasan_capaian += f" ({dihitung.keterangan})"
        yield from _banding(
            tabel,
            baris.nama,
            "target",
            t.target,
            dihitung.target,
            f"target s.d. {laporan.periode.triwulan_laporan} ({baris.kumulasi})",
        )
        yield from _banding(
            tabel,
            baris.nama,
            "realisasi",
            t.realisasi,
            dihitung.realisasi,
            f"realisasi s.d. {laporan.periode.triwulan_laporan}",
        )
        yield from _banding(tabel, baris.nama, "capaian", t.capaian, dihitung.capaian,
                            alasan_capaian)  # fmt: skip
        if t.predikat is not None and (
            dihitung.predikat is None or t.predikat.casefold() != dihitung.predikat.casefold()
        ):
            yield Temuan(
                tabel, baris.nama, "predikat", t.predikat, dihitung.predikat, None,
                f"predikat menurut skala {laporan.skala_predikat.nama!r} untuk capaian dihitung",
            )  # fmt: skip
        yield from _target_rencana_aksi(baris)
        if baris.realisasi_dari != "triwulan" and not baris.realisasi.kosong:
            jumlah_tw = baris.realisasi_sd(laporan.periode.triwulan_laporan)
            sumber = dihitung.realisasi  # realisasi dari sumbernya, sudah dihitung oleh hitung()
            if jumlah_tw is not None and sumber is not None:
                # dibandingkan pada ketelitian nilai triwulan yang ditulis (rerata bisa panjang)
                tempat = max(_tempat(v) for v in baris.realisasi.sebagai_tuple() if v is not None)
                jumlah_tw = bulatkan(jumlah_tw, tempat)
                for t_ in _banding(
                    "capaian kinerja",
                    baris.nama,
                    "realisasi per triwulan",
                    jumlah_tw,
                    sumber,
                    f"realisasi per TW ({baris.kumulasi}) harus sama dengan realisasi dari "
                    f"{baris.realisasi_dari}",
                ):
                    yield attrs.evolve(t_, jenis="tidak konsisten")
        yield from _periksa_teks(
            tabel, baris.nama, t,
            {f"realisasi.tw{i + 1}": v for i, v in enumerate(baris.realisasi.sebagai_tuple())}
            | {f"target.tw{i + 1}": v for i, v in enumerate(baris.target.sebagai_tuple())},
        )  # fmt: skip
    for baris in laporan.indikator:
        t = baris.tercetak
        tercetak_anggaran = [t.pagu, t.realisasi_anggaran, t.serapan, t.efisiensi]
        if not baris.anggaran and any(v is not None for v in tercetak_anggaran):
            yield Temuan(
                "cost per outcome", baris.nama, "anggaran", None, None, None,
                "angka anggaran tercetak, tetapi indikator tidak dikaitkan dengan baris anggaran "
                "mana pun di laporan: tidak dapat diperiksa", "tidak dapat dihitung",
            )  # fmt: skip
    bertaut = [i for i in laporan.indikator if i.anggaran]
    tabel = "cost per outcome"
    for asal, b in zip(bertaut, hasil.cost_per_outcome.baris, strict=True):
        t = asal.tercetak
        yield from _banding(tabel, b.indikator, "pagu", t.pagu, b.pagu,
                            f"pagu baris anggaran {b.anggaran!r}")  # fmt: skip
        yield from _banding(
            tabel,
            b.indikator,
            "realisasi anggaran",
            t.realisasi_anggaran,
            b.realisasi_anggaran,
            f"realisasi baris anggaran {b.anggaran!r}",
        )
        yield from _banding(tabel, b.indikator, "serapan", t.serapan, b.serapan,
                            "serapan = realisasi anggaran / pagu × 100")  # fmt: skip
        yield from _banding(tabel, b.indikator, "efisiensi", t.efisiensi, b.efisiensi,
                            "efisiensi = capaian kinerja − serapan anggaran")  # fmt: skip


def _label(baris: BarisAnggaran) -> str:
    return f"{baris.kode} {baris.uraian}" if baris.kode else baris.uraian


def _temuan_kode(baris: str, kode: str, alasan: str) -> Temuan:
    return Temuan("realisasi keuangan", baris, "kode", kode, None, None, alasan, "kode rekening")


def _periksa_kode(label: str, kode: str, pertama: int | None, laporan: Laporan) -> Iterator[Temuan]:
    """Kode cacat, berspasi, atau kembar (dibaca seperti pohon anggaran membacanya)."""
    try:
        terurai = KodeRekening.parse(baku_kode(kode))
    except KodeRekeningSalah:
        try:
            KodeRekening.parse(kode)
        except KodeRekeningSalah as galat:
            yield _temuan_kode(label, kode, f"{galat}; baris ini tidak masuk pohon")
        return
    if any(c.isspace() for c in kode):
        yield _temuan_kode(label, kode, f"kode rekening memuat spasi; dibaca sebagai '{terurai}'")
    if pertama is not None:
        yield _temuan_kode(
            label, kode,
            f"kode rekening tertulis lebih dari sekali (sama dengan baris "
            f"{_label(laporan.anggaran[pertama])!r}); baris ini tidak masuk pohon maupun JUMLAH",
        )  # fmt: skip


def _periksa_anggaran(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    tabel = "realisasi keuangan"
    kembar = hasil.pohon.indeks_kembar
    for i, (baris, k) in enumerate(zip(laporan.anggaran, hasil.keuangan.baris, strict=True)):
        label = _label(baris)
        t = baris.tercetak
        yield from _banding(tabel, label, "target", t.target, k.target, "target keuangan s.d. TW")
        yield from _banding(tabel, label, "realisasi", t.realisasi, k.realisasi,
                            "realisasi s.d. TW (jumlah per triwulan)")  # fmt: skip
        yield from _banding(
            tabel,
            label,
            "capaian keuangan",
            t.capaian_keuangan,
            k.capaian,
            "capaian keuangan = realisasi / target keuangan × 100",
        )
        yield from _banding(tabel, label, "serapan", t.serapan, k.serapan,
                            "serapan = realisasi / pagu × 100", k.keterangan)  # fmt: skip
        yield from _banding(tabel, label, "sisa", t.sisa, k.sisa, "sisa = pagu − realisasi")
        yield from _periksa_teks(
            tabel, label, t,
            {"pagu": baris.pagu, "realisasi": k.realisasi, "sisa": k.sisa, "target": k.target},
        )  # fmt: skip
        if k.realisasi > baris.pagu:
            yield Temuan(
                tabel, label, "realisasi", k.realisasi, baris.pagu,
                kurang(k.realisasi, baris.pagu),
                "realisasi melebihi pagu: bukan keadaan APBD yang sah", "tidak konsisten",
            )  # fmt: skip
        total = baris.target_sd(Triwulan.IV)
        if total is not None and total != baris.pagu:
            yield Temuan(
                "rencana aksi", label, "target keuangan", total, baris.pagu,
                kurang(total, baris.pagu),
                "Σ target keuangan TW I–IV harus sama dengan pagu", "tidak konsisten",
            )  # fmt: skip
        if not baris.realisasi.kosong and baris.realisasi_kumulatif is not None:
            total = k.realisasi
            if total != baris.realisasi_kumulatif:
                yield Temuan(
                    tabel, label, "realisasi kumulatif", baris.realisasi_kumulatif, total,
                    kurang(baris.realisasi_kumulatif, total),
                    "realisasi kumulatif harus sama dengan Σ realisasi per triwulan",
                    "tidak konsisten",
                )  # fmt: skip
        if baris.kode is not None:
            yield from _periksa_kode(label, baris.kode, kembar.get(i), laporan)
    for _, simpul in hasil.pohon.telusuri():
        label = f"{simpul.kode} {simpul.baris.uraian}"
        for kolom, induk, anak in (
            ("pagu", simpul.pagu, simpul.jumlah_pagu_anak),
            ("realisasi", simpul.realisasi, simpul.jumlah_realisasi_anak),
        ):
            if anak is not None and induk != anak:
                yield Temuan(
                    "pohon anggaran", label, kolom, induk, anak, kurang(induk, anak),
                    f"{kolom} induk harus sama dengan jumlah {kolom} anak-anaknya",
                    "tidak konsisten",
                )  # fmt: skip


def _periksa_ringkasan(laporan: Laporan, hasil: HasilLaporan) -> Iterator[Temuan]:
    t = laporan.tercetak
    r = hasil.ringkasan
    k = hasil.keuangan
    tabel = "ringkasan"
    for kolom, tercetak, dihitung, alasan, sebab in (
        ("rata-rata capaian kinerja", t.rata_rata_capaian_kinerja, r.rata_rata_capaian_kinerja,
         "rerata capaian baris Σ cᵢ / n", None),
        ("capaian kinerja agregat", t.capaian_kinerja_agregat, r.capaian_kinerja_agregat,
         "capaian agregat Σ R / Σ T × 100", r.alasan_agregat_kinerja),
        ("rata-rata capaian keuangan", t.rata_rata_capaian_keuangan, r.rata_rata_capaian_keuangan,
         "rerata capaian keuangan baris Σ cᵢ / n", None),
        ("capaian keuangan agregat", t.capaian_keuangan_agregat, r.capaian_keuangan_agregat,
         "capaian keuangan agregat Σ realisasi / Σ target × 100", r.alasan_agregat_keuangan),
        ("jumlah pagu", t.jumlah_pagu, k.jumlah_pagu, "jumlah pagu baris teratas", None),
        ("jumlah target keuangan", t.jumlah_target_keuangan, k.jumlah_target,
         "jumlah target keuangan baris teratas", None),
        ("jumlah realisasi", t.jumlah_realisasi, k.jumlah_realisasi,
         "jumlah realisasi baris teratas", None),
        ("jumlah sisa", t.jumlah_sisa, k.jumlah_sisa, "jumlah sisa baris teratas", None),
        ("serapan total", t.serapan_total, k.serapan_total,
         "serapan total Σ realisasi / Σ pagu × 100", k.alasan_serapan_total),
        ("persentase fasilitasi", t.persentase_fasilitasi, r.persentase_fasilitasi,
         "persentase fasilitasi menurut matriks laporan", None),
        ("persentase dokumen desa", t.persentase_dokumen_desa, r.persentase_dokumen_desa,
         "persentase dokumen desa menurut dokumen desa laporan", None),
    ):  # fmt: skip
        yield from _banding(tabel, "laporan", kolom, tercetak, dihitung, alasan, sebab)


def periksa(laporan: Laporan) -> list[Temuan]:
    """Semua temuan laporan, urut: capaian kinerja, anggaran, ringkasan."""
    laporan = pastikan_laporan(laporan)
    hasil = hitung(laporan)
    return [
        *_periksa_indikator(laporan, hasil),
        *_periksa_anggaran(laporan, hasil),
        *_periksa_ringkasan(laporan, hasil),
    ]
