"""Evaluasi: berkas survei IKM dan lembar kerja LKE AKIP, tabelnya, dan pemeriksaannya.

Lapisan laporan (memakai aturan :mod:`kinerja.ikm`, :mod:`kinerja.lke`,
:mod:`kinerja.lke_lembar`): ``model`` (isi berkas), ``csv_ikm`` (jawaban mentah CSV),
``berkas`` (baca dan pilih jenis, contoh bawaan), ``tabel`` (tabel ``ikm`` dan ``lke``),
``periksa`` (hitung ulang angka tercetak). Panduan: ``docs/evaluasi.md``.
"""

# Nama publik di stub __init__.pyi; dimuat saat pertama dipakai (lazy_loader): membaca laporan
# kinerja lewat baca_dokumen tidak memuat model, tabel dan pemeriksaan evaluasi.
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
