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

Modulnya: ``temuan`` (:class:`Temuan`), ``banding`` (angka tercetak terhadap nilai aturan, dan
notasinya), ``indikator`` (capaian kinerja, rencana aksi, cost per outcome), ``anggaran``
(realisasi keuangan, kode rekening, pohon anggaran), ``ringkasan`` (rata-rata, agregat, jumlah),
``tahunan`` (realisasi setahun, setiap tahun riwayat, capaian terhadap Renstra).

Pembulatan di bawah ketelitian cetak **bukan** temuan: "46%" untuk 46,14 benar, "99,22" untuk
99,33 salah. Angka tercetak dibandingkan dengan nilai aturan yang dibulatkan setengah ke atas ke
jumlah desimal yang tercetak.

>>> from kinerja.laporan.contoh import muat_contoh
>>> for t in periksa(muat_contoh("kalaena-2024-tw1")):
...     judul = t.kolom == "uraian"  # judul baris: teks panjang
...     print(t.tabel, "|", t.kolom, "|", "…" if judul else f"{t.tercetak} → {t.dihitung}")
...     for a in t.akibat:
...         print("  akibat:", a.tabel, "|", a.kolom, "|", a.tercetak, "→", a.dihitung)
capaian kinerja | target | 7 → 14
  akibat: capaian kinerja | capaian | 100 → 50
  akibat: capaian kinerja | predikat | Sangat Baik → Sangat Kurang
  akibat: ringkasan | rata-rata capaian kinerja | 100 → 75
rencana aksi | target triwulan | 28 → 14
capaian kinerja | uraian | …
dokumen | tanggal | 2024-03-28 → 2024-03-31
rencana aksi | Rp triwulan | 22328000 → 11857500
realisasi keuangan | capaian keuangan | 99.22 → 99.33
"""

from __future__ import annotations

from kinerja.galat import TipeTidakSah, tampil_aman
from kinerja.laporan.model import Laporan, pastikan_laporan
from kinerja.laporan.periksa.anggaran import periksa_anggaran
from kinerja.laporan.periksa.dokumen import periksa_dokumen
from kinerja.laporan.periksa.indikator import periksa_indikator
from kinerja.laporan.periksa.judul import periksa_judul
from kinerja.laporan.periksa.rencana_aksi import periksa_rencana_aksi
from kinerja.laporan.periksa.ringkasan import periksa_ringkasan
from kinerja.laporan.periksa.sengketa import kelompokkan
from kinerja.laporan.periksa.tahunan import periksa_tahunan
from kinerja.laporan.periksa.tempat import gabung_tempat
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.tabel import HasilLaporan, hitung

__all__ = ["Temuan", "periksa"]


def periksa(laporan: Laporan, *, hasil: HasilLaporan | None = None) -> list[Temuan]:
    """Semua temuan laporan, urut: capaian kinerja, anggaran, ringkasan.

    ``hasil`` (tabel laporan yang sama, dari :func:`~kinerja.laporan.tabel.hitung`) boleh
    diberikan agar tabel tidak dihitung dua kali bila pemanggil juga menampilkannya.

    Angka yang tercetak di beberapa tempat menjadi satu temuan yang menyebut setiap tempat
    (:mod:`~kinerja.laporan.periksa.tempat`); temuan yang mengikuti dari target/realisasi
    tercetak yang diperselisihkan dikelompokkan di bawahnya sebagai ``akibat``
    (:mod:`~kinerja.laporan.periksa.sengketa`).
    """
    laporan = pastikan_laporan(laporan)
    if hasil is not None and not isinstance(hasil, HasilLaporan):
        raise TipeTidakSah(f"'hasil' harus HasilLaporan (diberikan {tampil_aman(hasil)})")
    if hasil is None or hasil.laporan is not laporan:  # tabel laporan lain: dihitung ulang
        hasil = hitung(laporan)
    return kelompokkan(laporan, _periksa_dasar(laporan, hasil), _periksa_ulang)


def _periksa_ulang(laporan: Laporan) -> list[Temuan]:
    return _periksa_dasar(laporan, hitung(laporan))


def _periksa_dasar(laporan: Laporan, hasil: HasilLaporan) -> list[Temuan]:
    return gabung_tempat(
        laporan,
        [
            *periksa_indikator(laporan, hasil),
            *periksa_judul(laporan),
            *periksa_dokumen(laporan),
            *periksa_rencana_aksi(laporan),
            *periksa_anggaran(laporan, hasil),
            *periksa_ringkasan(laporan, hasil),
            *periksa_tahunan(laporan, hasil),
        ],
    )
