"""kinerja — aritmetika akuntabilitas kinerja pemerintah Indonesia (SAKIP), tepat dengan Decimal.

Capaian indikator, kumulasi triwulan, anggaran dan serapan, predikat, dokumen desa tepat waktu,
rekap fasilitasi, batas waktu laporan, dan angka bernotasi Indonesia.

>>> from kinerja import capaian, bulatkan, format_persen
>>> format_persen(capaian("95,45", "95,27"))
'99,81%'
"""

# Nama publik (fungsi, kelas, konstanta) didaftarkan sekali, di stub __init__.pyi di sebelah
# berkas ini, yang juga dibaca mypy dan IDE. Saat berjalan setiap nama dimuat saat pertama
# dipakai (PEP 562, lewat lazy_loader): ``import kinerja`` dan perintah ``kinerja`` tidak
# memuat aturan IKM/LKE, Renstra atau JSON v1 yang tidak mereka pakai. ``EAGER_IMPORT=1``
# memuat semuanya sekaligus (untuk memeriksa bahwa setiap nama ada).
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)

__version__ = "0.1.0"
