"""Buat ulang ``docs/layanan-halaman.png``: halaman layanan setelah contoh Kalaena diunggah.

Menjalankan server kinerja di latar (extra ``layanan``) dan chromium headless (selenium, seperti
``tests/test_layanan_halaman.py``), mengunggah contoh ``kalaena-2024-tw1``, menunggu daftar
temuan, lalu memotret halaman selebar 500 piksel (daftar temuan dan tabel pertama). Jalankan
dari akar checkout::

    .venv/bin/python contoh/tangkapan_halaman.py
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from kinerja.laporan.contoh import teks_contoh
from kinerja.layanan.server import di_latar

KELUARAN = Path(__file__).resolve().parent.parent / "docs" / "layanan-halaman.png"
LEBAR = 500
TINGGI_MAKSIMUM = 2200  # daftar temuan dan tabel pertama; seluruh halaman ± 4.200 piksel


def _program(*nama: str) -> str:
    for n in nama:
        jalur = shutil.which(n)
        if jalur:
            return jalur
    raise SystemExit(f"{nama[0]} tidak terpasang: apt-get install -y chromium chromium-driver")


def main() -> None:
    """Potret halaman dengan temuan Kalaena ke ``docs/layanan-halaman.png``."""
    opsi = Options()
    opsi.binary_location = _program("chromium", "chromium-browser")
    for argumen in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    f"--window-size={LEBAR},900", "--lang=id", "--hide-scrollbars"):  # fmt: skip
        opsi.add_argument(argumen)
    with tempfile.TemporaryDirectory() as folder, di_latar() as url:
        berkas = Path(folder) / "kalaena-2024-tw1.toml"
        berkas.write_text(teks_contoh("kalaena-2024-tw1"), encoding="utf-8")
        peramban = webdriver.Chrome(service=Service(_program("chromedriver")), options=opsi)
        try:
            peramban.get(url + "/")
            peramban.find_element(By.ID, "berkas").send_keys(str(berkas))
            peramban.find_element(By.ID, "tombol").click()
            WebDriverWait(peramban, 30).until(
                EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#ringkasan"), "temuan")
            )
            tinggi = peramban.execute_script("return document.documentElement.scrollHeight")
            peramban.set_window_size(LEBAR, min(int(tinggi), TINGGI_MAKSIMUM))
            peramban.save_screenshot(str(KELUARAN))
        finally:
            peramban.quit()
    print(f"ditulis: {KELUARAN}")


if __name__ == "__main__":
    main()
