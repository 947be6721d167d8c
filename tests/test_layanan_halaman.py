"""Halaman staf (isu 11 butir 5) di peramban headless sungguhan (chromium Debian + selenium).

Halaman dimuat dari server uvicorn sungguhan; peramban mengunggah contoh Kalaena dan harus
menampilkan temuan 99,22 → 99,33 yang disorot pada sel tabelnya, selebar layar ponsel, tanpa
memuat sumber dari luar. ``.ci/run`` memasang chromium bila belum ada: uji ini tidak di-skip.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from kinerja.laporan.contoh import teks_contoh
from kinerja.layanan.server import di_latar

LEBAR_PONSEL, TINGGI_PONSEL = 390, 844


def _cari(*nama: str) -> str:
    for n in nama:
        jalur = shutil.which(n)
        if jalur:
            return jalur
    raise AssertionError(f"{nama[0]} tidak terpasang: apt-get install -y chromium chromium-driver")


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with di_latar() as alamat:
        yield alamat


@pytest.fixture(scope="module")
def peramban() -> Iterator[WebDriver]:
    opsi = Options()
    opsi.binary_location = _cari("chromium", "chromium-browser")
    for argumen in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    f"--window-size={LEBAR_PONSEL},{TINGGI_PONSEL}", "--lang=id"):  # fmt: skip
        opsi.add_argument(argumen)
    driver = webdriver.Chrome(service=Service(_cari("chromedriver")), options=opsi)
    try:
        yield driver
    finally:
        driver.quit()


def _tunggu(peramban: WebDriver, css: str, teks: str) -> None:
    WebDriverWait(peramban, 30).until(
        EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), teks)
    )


def test_unggah_kalaena_temuan_disorot(url: str, peramban: WebDriver, tmp_path: Path) -> None:
    berkas = tmp_path / "kalaena-2024-tw1.toml"
    berkas.write_text(teks_contoh("kalaena-2024-tw1"), encoding="utf-8")
    peramban.get(url + "/")
    assert peramban.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    peramban.find_element(By.ID, "berkas").send_keys(str(berkas))
    peramban.find_element(By.ID, "tombol").click()
    _tunggu(peramban, "#ringkasan", "6 temuan")
    temuan = [li.text for li in peramban.find_elements(By.CSS_SELECTOR, "#daftar-temuan li")]
    (keuangan,) = [t for t in temuan if "99,22 → 99,33" in t]
    # target TW I 7 (Bab III) dan 14 (Rencana Aksi): satu temuan, akibatnya di bawahnya
    akibat = peramban.find_elements(By.CSS_SELECTOR, "#daftar-temuan > li:first-child li.akibat")
    assert [a.text.split(":")[0] for a in akibat] == ["akibat"] * 3
    assert "tempat lain mencetak 14 di Rencana Aksi" in temuan[0]
    assert keuangan.startswith("realisasi keuangan — capaian keuangan")
    sel = peramban.find_element(By.ID, "sel-keuangan-0-capaian")
    assert "temuan" in (sel.get_attribute("class") or "")
    assert sel.text.splitlines() == ["99,33", "tercetak 99,22"]
    assert "seharusnya 99,33" in (sel.get_attribute("title") or "")
    # tautan di daftar temuan menuju sel yang disorot
    tautan = peramban.find_element(By.CSS_SELECTOR, "#daftar-temuan > li:nth-child(6) a")
    assert (tautan.get_attribute("href") or "").endswith("#sel-keuangan-0-capaian")
    # selebar ponsel: halaman tidak melebar ke samping (tabel bergulir di dalam kotaknya)
    lebar = peramban.execute_script("return [document.documentElement.scrollWidth, innerWidth]")
    assert lebar[0] <= lebar[1]
    # tanpa sumber eksternal: semua yang dimuat berasal dari server ini
    sumber = peramban.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(s.startswith(url) for s in sumber), sumber
    peramban.save_screenshot(str(tmp_path / "halaman.png"))


def test_pilih_contoh_dan_galat_berjalur(url: str, peramban: WebDriver) -> None:
    peramban.get(url + "/")
    WebDriverWait(peramban, 30).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#contoh option")) > 1
    )
    Select(peramban.find_element(By.ID, "contoh")).select_by_value("ranuyoso-2022-tw4")
    _tunggu(peramban, "#ringkasan", "Tidak ada temuan")
    assert peramban.find_element(By.ID, "tabel-keuangan").is_displayed()
    # tempel berkas rusak: galat dengan jalurnya
    teks = peramban.find_element(By.ID, "teks")
    teks.clear()
    teks.send_keys('[unit]\nnama = "Seksi"\ninstansi = "X"\n[periode]\ntahun = "dua ribu"\n')
    peramban.find_element(By.ID, "tombol").click()
    _tunggu(peramban, "#ringkasan", "tidak dapat dibaca")
    assert "periode.tahun" in peramban.find_element(By.ID, "galat").text
