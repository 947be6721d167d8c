"""Dokumen desa yang ditetapkan tepat waktu.

Untuk tahun anggaran Y, sebuah dokumen tepat waktu bila ditetapkan (atau disampaikan) paling
lambat:

- **RKPDes**: 30 September Y − 1 (Permendagri 114/2014, pasal 31);
- **APBDes**: 31 Desember Y − 1 (Permendagri 20/2018, pasal 37);
- **LPPDes** (laporan atas tahun Y): 3 bulan setelah tahun Y berakhir, yaitu 31 Maret Y + 1
  (PP 43/2014, pasal 51).

Dokumen yang tidak pernah ditetapkan tidak tepat waktu.

Rata-rata persentase desa yang menyusun dokumen tepat waktu (Klakah 2024):
``(RKPDes tepat + APBDes tepat + LPPDes tepat) / (jumlah desa × 3) × 100``.

>>> DokumenDesa.RKPDES.batas_waktu(2024)
datetime.date(2023, 9, 30)
>>> tepat_waktu(DokumenDesa.APBDES, datetime.date(2023, 12, 29), 2024)
True
>>> persentase_tepat_waktu(12, {DokumenDesa.RKPDES: 12, DokumenDesa.APBDES: 12,
...                             DokumenDesa.LPPDES: 12})
Decimal('100')
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from decimal import Decimal

from kinerja._isian import EnumKinerja, pilihan_enum
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.periode import ke_tahun
from kinerja.persen import persen

__all__ = ["DokumenDesa", "hitungan_tepat", "persentase_tepat_waktu", "tepat_waktu"]


class DokumenDesa(enum.Enum, metaclass=EnumKinerja):
    """Dokumen perencanaan dan pertanggungjawaban desa yang diawasi kecamatan."""

    RKPDES = "RKPDes"
    """Rencana Kerja Pemerintah Desa."""
    APBDES = "APBDes"
    """Anggaran Pendapatan dan Belanja Desa."""
    LPPDES = "LPPDes"
    """Laporan Penyelenggaraan Pemerintahan Desa."""

    def __str__(self) -> str:
        return self.value

    def batas_waktu(self, tahun_anggaran: int) -> datetime.date:
        """Tanggal terakhir dokumen ini tepat waktu untuk ``tahun_anggaran``."""
        y = ke_tahun(tahun_anggaran, "tahun_anggaran")
        if self is DokumenDesa.RKPDES:
            return datetime.date(y - 1, 9, 30)  # Permendagri 114/2014 pasal 31
        if self is DokumenDesa.APBDES:
            return datetime.date(y - 1, 12, 31)  # Permendagri 20/2018 pasal 37
        return datetime.date(y + 1, 3, 31)  # PP 43/2014 pasal 51: 3 bulan setelah tahun berakhir

    @classmethod
    def dari(cls, nilai: object) -> DokumenDesa:
        """Dokumen dari enum-nya atau teks "RKPDes"/"APBDes"/"LPPDes" (tanpa beda huruf).

        >>> DokumenDesa.dari("apbdes")
        <DokumenDesa.APBDES: 'APBDes'>
        """
        return pilihan_enum(cls, nilai, "dokumen")


def tepat_waktu(
    dokumen: DokumenDesa | str, tanggal: datetime.date | None, tahun_anggaran: int
) -> bool:
    """Apakah dokumen yang ditetapkan pada ``tanggal`` tepat waktu (``None`` = belum ditetapkan)."""
    batas = DokumenDesa.dari(dokumen).batas_waktu(tahun_anggaran)
    if tanggal is None:
        return False
    if isinstance(tanggal, datetime.datetime) or not isinstance(tanggal, datetime.date):
        raise TipeTidakSah(
            f"'tanggal' harus datetime.date atau None (diberikan {tampil_aman(tanggal)})"
        )
    return tanggal <= batas


def _bilangan_cacah(nilai: object, nama: str) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(f"'{nama}' harus bilangan bulat (diberikan {tampil_aman(nilai)})")
    if nilai < 0:
        raise InputTidakSah(f"'{nama}' harus >= 0 (diberikan {tampil_aman(nilai)})")
    return nilai


def hitungan_tepat(tepat: object) -> dict[DokumenDesa, int]:
    """``tepat`` (dokumen atau labelnya → jumlah desa tepat waktu) sebagai pemetaan yang diperiksa.

    Setiap dokumen paling banyak sekali (``"apbdes"`` dan ``"APBDes"`` adalah dokumen yang
    sama), setiap jumlah bilangan cacah. Dipakai aturan dan berkas laporan.

    >>> hitungan_tepat({"rkpdes": 12, "APBDes": 11})
    {<DokumenDesa.RKPDES: 'RKPDes'>: 12, <DokumenDesa.APBDES: 'APBDes'>: 11}
    """
    if not isinstance(tepat, Mapping):
        raise TipeTidakSah(
            f"'tepat' harus pemetaan DokumenDesa → jumlah (diberikan {tampil_aman(tepat)})"
        )
    hitungan: dict[DokumenDesa, int] = {}
    for kunci, nilai in tepat.items():
        dok = DokumenDesa.dari(kunci)
        if dok in hitungan:
            raise InputTidakSah(
                f"'tepat': dokumen {dok} disebut lebih dari sekali (kunci {tampil_aman(kunci)}); "
                "tulis setiap dokumen sekali"
            )
        hitungan[dok] = _bilangan_cacah(nilai, f"tepat[{dok}]")
    return hitungan


def persentase_tepat_waktu(
    jumlah_desa: int, tepat: Mapping[DokumenDesa, int] | Mapping[str, int]
) -> Decimal:
    """Rata-rata persentase desa yang menyusun RKPDes, APBDes dan LPPDes tepat waktu.

    ``tepat`` memetakan setiap :class:`DokumenDesa` (atau labelnya, tanpa beda huruf) ke jumlah
    desa yang tepat waktu; ketiganya wajib ada, masing-masing sekali, dan tidak ada yang boleh
    melebihi ``jumlah_desa``.
    """
    n = _bilangan_cacah(jumlah_desa, "jumlah_desa")
    if n == 0:
        raise InputTidakSah("'jumlah_desa' harus > 0 (diberikan 0)")
    hitungan = hitungan_tepat(tepat)
    for dok, jumlah in hitungan.items():
        if jumlah > n:
            raise InputTidakSah(f"'tepat[{dok}]' ({jumlah}) melebihi jumlah desa ({n})")
    kurang = [str(d) for d in DokumenDesa if d not in hitungan]
    if kurang:
        raise InputTidakSah(f"'tepat' belum memuat dokumen {', '.join(kurang)}")
    total = sum(hitungan.values())
    return persen(total, n * len(DokumenDesa), nama_keseluruhan="jumlah_desa × 3")
