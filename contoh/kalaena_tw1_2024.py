"""Demo aturan kinerja pada angka Laporan Kinerja Kasi Pemerintahan Umum Kalaena TW I 2024.

Sumber: ``shared/seeds/kalaena-kasi-pemerintahan-umum-tw1-2024.txt`` (BAB III dan BAB IV).
Jalankan: ``python contoh/kalaena_tw1_2024.py``.
"""

from __future__ import annotations

from kinerja import (
    SKALA_LKJ,
    Anggaran,
    Indikator,
    Kumulasi,
    Triwulan,
    baca_angka,
    batas_waktu_laporan,
    bulatkan,
    capaian,
    capaian_agregat,
    format_persen,
    format_rupiah,
    predikat,
    rata_rata_capaian,
    sampai_dengan,
)


def main() -> None:
    """Cetak capaian kinerja, realisasi keuangan dan temuan salah hitung Kalaena TW I 2024."""
    print("Laporan Kinerja Kasi Pemerintahan Umum Kecamatan Kalaena — TW I 2024\n")

    print("A. Capaian kinerja s.d. TW I")
    kinerja: list[tuple[str, int, int]] = [
        ("Pelaksanaan Tugas Forum Koordinasi", 3, 3),
        ("Fasilitasi Penyusunan Peraturan Desa", 7, 7),
    ]
    nilai_capaian = []
    for nama, target, realisasi in kinerja:
        c = capaian(target, realisasi)
        nilai_capaian.append(c)
        print(
            f"   {nama:<40} T={target:>3} R={realisasi:>3} "
            f"capaian {format_persen(c):>8}  {predikat(c, SKALA_LKJ).label}"
        )
    print(f"   Rata-rata capaian kinerja: {format_persen(rata_rata_capaian(nilai_capaian))}\n")

    print("B. Realisasi keuangan s.d. TW I")
    keuangan = [
        ("Pelaksanaan Tugas Forum Koordinasi", "22.571.000", "4.483.500", "4.453.500", "99,22"),
        ("Fasilitasi Penyusunan Peraturan Desa", "11.857.500", "5.969.000", "369.500", "6,19"),
    ]
    for nama, pagu, target_rp, realisasi_rp, tercetak in keuangan:
        anggaran = Anggaran(pagu=pagu, realisasi=realisasi_rp)
        c = capaian(target_rp, realisasi_rp)
        tanda = "" if bulatkan(c) == baca_angka(tercetak) else f"  ← tercetak {tercetak}%"
        print(
            f"   {nama:<40} target {format_rupiah(target_rp):>13} realisasi "
            f"{format_rupiah(realisasi_rp):>13} capaian {format_persen(c):>8}{tanda}"
        )
        print(f"   {'':<40} sisa pagu {format_rupiah(anggaran.sisa)}")
    agregat = capaian_agregat(target=[k[2] for k in keuangan], realisasi=[k[3] for k in keuangan])
    rerata = rata_rata_capaian([capaian(k[2], k[3]) for k in keuangan])
    print(f"   Capaian agregat keuangan (Σ R / Σ T): {format_persen(agregat)} (tercetak 46%)")
    print(f"   Rata-rata dua persentase (bukan agregat): {format_persen(rerata)}\n")

    print("C. Rencana Aksi: konsistensi target triwulan dengan target tahunan")
    perdes = Indikator(
        "Jumlah dokumen Perdes/Perkades yang difasilitasi",
        "Dokumen",
        kumulasi=Kumulasi.KUMULATIF,
        target_tahunan=14,
        target_triwulan=[14, None, None, 14],
    )
    jumlah_tw = sampai_dengan(
        [t.nilai if t else None for t in perdes.target_triwulan], perdes.kumulasi, Triwulan.IV
    )
    assert perdes.target_tahunan is not None
    print(
        f"   Σ target TW I–IV = {jumlah_tw} dokumen, target tahunan = "
        f"{perdes.target_tahunan.nilai} dokumen"
        + ("  ← tidak sama" if jumlah_tw != perdes.target_tahunan.nilai else "")
    )
    print(f"\nBatas waktu laporan TW I 2024: {batas_waktu_laporan(2024, Triwulan.I):%d-%m-%Y}")


if __name__ == "__main__":
    main()
