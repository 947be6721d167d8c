"""Hierarki galat (exception) kinerja.

Semua galat yang sengaja dilempar oleh kinerja berakar pada :class:`KinerjaError`.
Setiap subkelas juga mewarisi galat bawaan Python yang sepadan (``ValueError`` atau
``TypeError``), sehingga kode yang sudah menangkap galat bawaan tetap bekerja.

Pesan galat berbahasa Indonesia dan selalu menyebut nama isian (field) serta nilai yang
diberikan, misalnya ``'pagu' harus >= 0 (diberikan Decimal('-5'))``.

>>> from kinerja import TargetNol, KinerjaError
>>> issubclass(TargetNol, KinerjaError) and issubclass(TargetNol, ValueError)
True
"""

from __future__ import annotations

import reprlib


class KinerjaError(Exception):
    """Akar semua galat kinerja."""


class InputTidakSah(KinerjaError, ValueError):
    """Nilai masukan tidak sah untuk aturan yang diminta."""


class TipeTidakSah(KinerjaError, TypeError):
    """Tipe masukan tidak diterima (mis. ``float``, ``bool``, ``None`` di tempat angka)."""


class FormatAngkaSalah(InputTidakSah):
    """Teks angka tidak mengikuti notasi yang diminta; ``saran`` berisi bentuk yang mungkin."""

    def __init__(self, pesan: str, saran: tuple[str, ...] = ()) -> None:
        super().__init__(pesan)
        self.saran = saran


class SatuanTidakCocok(InputTidakSah):
    """Satuan target dan realisasi berbeda dan tidak ada penyebut untuk menyetarakannya."""


class TargetNol(InputTidakSah):
    """Target bernilai nol: capaian tidak terdefinisi (bukan 0, bukan tak hingga)."""


class RealisasiNol(InputTidakSah):
    """Realisasi bernilai nol pada rumus yang membagi dengan realisasi (rumus rasio T/R)."""


class PaguNol(InputTidakSah):
    """Pagu bernilai nol: serapan tidak terdefinisi (0/0 bukan 0%)."""


class AnggaranMelebihiPagu(InputTidakSah):
    """Realisasi anggaran melebihi pagu: bukan keadaan APBD yang sah."""


class KodeRekeningSalah(InputTidakSah):
    """Kode rekening tidak sesuai nomenklatur Kepmendagri 050-5889/2021."""


class SkalaTidakSah(InputTidakSah):
    """Skala predikat tidak sah: tidak urut, berlubang, atau bertumpang tindih."""


class NilaiDiLuarSkala(InputTidakSah):
    """Nilai berada di luar rentang yang dicakup skala predikat."""


class DataTidakAda(InputTidakSah):
    """Tidak ada satu pun nilai yang dilaporkan sampai triwulan yang diminta."""


class NilaiLamaNol(InputTidakSah):
    """Nilai lama bernilai nol: perubahan persen tidak terdefinisi (bukan 0, bukan tak hingga)."""


class KalenderBelumTersedia(InputTidakSah):
    """Kalender cuti bersama untuk tahun yang diminta belum ditetapkan/tersedia."""


class ExtraTidakTerpasang(KinerjaError, ImportError):
    """Fitur butuh extra opsional yang belum dipasang (mis. ``pip install 'kinerja[pandas]'``)."""


class BerkasTidakSah(InputTidakSah):
    """Berkas laporan tidak sah; ``kesalahan`` memuat setiap kesalahan beserta jalurnya.

    ``rincian`` memuat pasangan ``(jalur, pesan)`` untuk program (formulir yang menyorot
    isiannya): jalur seperti ``indikator[0].realisasi.tw3`` (indeks dari 0), atau ``""`` bila
    kesalahannya mengenai seluruh berkas (sintaks, ukuran, kedalaman).
    """

    def __init__(
        self,
        pesan: str,
        kesalahan: tuple[str, ...] = (),
        rincian: tuple[tuple[str, str], ...] | None = None,
    ) -> None:
        super().__init__(pesan)
        self.kesalahan = kesalahan
        if rincian is None:
            rincian = tuple(("", k) for k in kesalahan) or (("", pesan),)
        self.rincian = rincian


class TahunTidakSah(InputTidakSah):
    """Tahun riwayat atau periode Renstra tidak cocok dengan tahun laporan.

    ``kesalahan`` memuat setiap kesalahan sebagai (jalur di laporan, pesan), mis.
    ``(("indikator", 0, "riwayat", 2, "tahun"), "tahun 2025 tidak sebelum …")``.
    """

    def __init__(
        self, pesan: str, kesalahan: tuple[tuple[tuple[str | int, ...], str], ...] = ()
    ) -> None:
        super().__init__(pesan)
        self.kesalahan = kesalahan


class KalenderBelumLengkap(UserWarning):
    """Peringatan: hari kerja dihitung tanpa cuti bersama karena kalendernya belum tersedia."""


class _ReprAman(reprlib.Repr):
    def repr_str(self, x: str, level: int) -> str:
        s = repr(x)
        return s if len(s) <= self.maxstring else s[: self.maxstring - 4] + "…" + s[-3:]


_REPR = _ReprAman()
_REPR.maxlevel = 3
_REPR.maxstring = 120
_REPR.maxother = 120
_REPR.maxlong = 60


def tampil_aman(nilai: object) -> str:
    """``repr`` aman untuk pesan galat: masukan sembarang tidak bisa menggagalkan pesannya.

    Daftar bersarang sangat dalam (yang membuat ``repr`` biasa ``RecursionError``), objek yang
    ``__repr__``-nya gagal, dan nilai sangat panjang tetap menghasilkan teks pendek.

    >>> tampil_aman("x"), tampil_aman([1, [2, [3, [4, [5]]]]])
    ("'x'", '[1, [2, [3, [...]]]]')
    """
    try:
        return _REPR.repr(nilai)
    except Exception:  # __repr__ milik pengguna yang gagal, atau bersarang terlalu dalam
        return f"<{type(nilai).__name__} yang tak bisa ditampilkan>"
