"""JupyterLab speaks Indonesian by default, and the POST form is accessible.

- Language: ``make lab`` installs the Indonesian locale as a *default*
  (``overrides.json``), so the UI opens in Indonesian, and a user who picks another
  language in Settings keeps it.
- Accessibility: every form field has a label tied to it, the whole form can be
  filled and saved with the keyboard alone, in display order, and at 200% zoom
  (a 1280 px window shows 640 CSS px) labels and options are not cut off and nothing
  overflows sideways.
"""

from __future__ import annotations

import json

import pytest

from . import jlab

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

LOCALE_SETTINGS = "/lab/api/settings/@jupyterlab/translation-extension:plugin"
NAME_HEADER = ".jp-DirListing-headerItem.jp-id-name"


def test_lab_opens_in_indonesian_and_a_users_own_language_choice_wins(page, lab, steps):
    from playwright.sync_api import expect

    # Indonesian is the default (overrides.json changes the schema's default), not a
    # user setting
    setting = lab.api(LOCALE_SETTINGS)
    assert setting["schema"]["properties"]["locale"]["default"] == "id_ID"
    assert "locale" not in setting["settings"]
    page.goto(lab.url("/lab") + "&reset")
    expect(page.locator(NAME_HEADER)).to_have_text("Nama", timeout=60_000)
    steps.shot("antarmuka-bahasa-indonesia")

    # The user's own setting (Settings → Language → English) wins over the default.
    try:
        lab.api(LOCALE_SETTINGS, "PUT", {"raw": json.dumps({"locale": "en"})})
        assert lab.api(LOCALE_SETTINGS)["settings"]["locale"] == "en"
        page.goto(lab.url("/lab") + "&reset")
        expect(page.locator(NAME_HEADER)).to_have_text("Name", timeout=60_000)
        steps.shot("pilihan-pengguna-bahasa-inggris")
    finally:
        lab.api(LOCALE_SETTINGS, "PUT", {"raw": "{}"})
    assert "locale" not in lab.api(LOCALE_SETTINGS)["settings"]


def open_form(page, lab, path: str):
    """Open a fresh copy of 02-post and show its POST form; returns the form."""

    jlab.open_notebook(page, lab, path)
    jlab.run_cell(page, 0)
    lab.wait_kernels_idle(timeout=60)
    widget_cell = jlab.cell_index(page, "PostPlanForm(")
    jlab.run_cell(page, widget_cell)
    form = jlab.widget_of(page, widget_cell, ".humas-plan-form")
    lab.wait_kernels_idle(timeout=60)
    return form


def fresh_copy(lab, name: str) -> str:
    import shutil

    folder = lab.root / "latihan" / name
    folder.mkdir()
    shutil.copy(lab.course / "release" / "02-post" / "02-post.ipynb", folder)
    return f"latihan/{name}/02-post.ipynb"


FIELDS_JS = """form => Array.from(form.querySelectorAll('input, select, textarea, button'))
  .map(el => ({
    tag: el.tagName.toLowerCase(),
    type: el.type,
    label: (el.labels && el.labels.length
            ? Array.from(el.labels).map(l => l.innerText).join(' ')
            : (el.getAttribute('aria-label') || (el.tagName === 'BUTTON' ? el.innerText : ''))
           ).trim(),
  }))"""

FOCUSED_JS = """() => {
  const el = document.activeElement;
  if (!el || !el.closest('.humas-plan-form')) return null;
  const label = el.labels && el.labels.length ? el.labels[0].innerText
      : (el.getAttribute('aria-label') || el.innerText || '');
  return {tag: el.tagName.toLowerCase(), type: el.type, label: label.trim()};
}"""


def test_form_fields_have_labels_and_the_form_works_with_the_keyboard_alone(page, lab, steps):
    from playwright.sync_api import expect

    form = open_form(page, lab, fresh_copy(lab, "papan-ketik"))
    fields = form.evaluate(FIELDS_JS)
    assert len(fields) >= 40
    unlabelled = [f for f in fields if not f["label"]]
    assert unlabelled == [], unlabelled
    # the labels are tied to their fields (what screen readers announce)
    expect(page.get_by_label("Nama instansi", exact=True)).to_be_visible()
    expect(page.get_by_label("Kelompok usia segmen 1", exact=True)).to_have_count(1)
    expect(page.get_by_role("button", name="Simpan rencana")).to_be_visible()

    # Keyboard only, from the first field: type, move with Tab, choose with the arrow
    # keys, tick with Space, press the button with Enter.
    form.locator(".humas-plan-agency input").focus()
    page.keyboard.type("Dinas Kesehatan Provinsi Nusa Bahari")
    page.keyboard.press("Tab")
    page.keyboard.type("Warga lansia")
    page.keyboard.press("Tab")  # age bands: select the last two with the keyboard
    page.keyboard.press("End")
    page.keyboard.press("Shift+ArrowUp")
    visited = []
    saved = False
    for _ in range(3 * len(fields)):  # a date field takes several Tabs
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None:
            break
        visited.append(focused["label"])
        if focused["type"] == "checkbox" and focused["label"] == "TikTok":
            page.keyboard.press("Space")
        if focused["tag"] == "button":
            steps.shot("fokus-di-tombol-simpan")
            page.keyboard.press("Enter")
            saved = True
            break
    assert saved, f"Tab never reached the save button; visited: {visited}"
    expect(form.locator(".humas-plan-status")).to_contain_text("Rencana tersimpan", timeout=30_000)
    steps.shot("disimpan-dengan-papan-ketik")

    # Tab visited every field after the age list, in the order the form shows them
    # (a date field takes one Tab per part: day, month, year).
    once = [label for i, label in enumerate(visited) if i == 0 or label != visited[i - 1]]
    assert once == [f["label"] for f in fields][3:]

    plan = json.loads((lab.root / "latihan" / "papan-ketik" / "rencana_post.json").read_text())
    assert plan["agency"] == "Dinas Kesehatan Provinsi Nusa Bahari"
    assert plan["people"][0]["name"] == "Warga lansia"
    assert plan["people"][0]["filters"] == {"age_band": ["45-54", "55+"]}
    assert plan["technology"] == ["tiktok"]


OVERFLOW_JS = """form => {
  const cut = [];
  const area = form.closest('.jp-OutputArea-output');
  const box = area.getBoundingClientRect();
  const shown = '.widget-label, select, input, textarea, button, h3, h4, p, li';
  for (const el of form.querySelectorAll(shown)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const name = (el.innerText || el.getAttribute('aria-label') || el.outerHTML).slice(0, 60);
    if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TEXTAREA')
      cut.push(['cut', el.tagName, name, el.scrollWidth, el.clientWidth]);
    if (r.right > box.right + 1) cut.push(['outside', el.tagName, name, r.right, box.right]);
  }
  const page = document.documentElement;
  return {cut, formOverflow: area.scrollWidth - area.clientWidth,
          pageOverflow: page.scrollWidth - page.clientWidth};
}"""


def test_form_stays_usable_at_200_percent_zoom(browser, lab):
    """200% zoom of a 1280x1000 window: the page lays out in 640x500 CSS pixels."""
    from playwright.sync_api import expect

    from .conftest import Steps

    context = browser.new_context(
        viewport={"width": 640, "height": 500},
        device_scale_factor=2,
        locale="id-ID",
        timezone_id="Asia/Jakarta",
    )
    page = context.new_page()
    steps = Steps(page, "test_form_stays_usable_at_200_percent_zoom")
    try:
        form = open_form(page, lab, fresh_copy(lab, "zoom"))
        region = form.locator(".humas-plan-segment1-region")
        region.scroll_into_view_if_needed()
        steps.shot("zoom-200-segmen")
        report = form.evaluate(OVERFLOW_JS)
        assert report["cut"] == [], report["cut"]
        assert report["formOverflow"] <= 1 and report["pageOverflow"] <= 1, report
        # the longest region name is shown whole in its list
        option = region.locator("option", has_text="Kabupaten Tanjung Nila")
        assert option.evaluate("o => o.parentElement.scrollWidth <= o.parentElement.clientWidth")

        # still fillable and savable at this size
        form.locator(".humas-plan-agency input").fill("Dinas Kesehatan Provinsi Nusa Bahari")
        form.locator(".humas-plan-strategy textarea").scroll_into_view_if_needed()
        steps.shot("zoom-200-strategi")
        save = form.locator(".humas-plan-save")
        save.scroll_into_view_if_needed()
        save.click()
        expect(form.locator(".humas-plan-status")).to_contain_text(
            "Rencana tersimpan", timeout=30_000
        )
        steps.shot("zoom-200-tersimpan")
    except BaseException:
        steps.shot("GAGAL")  # this page is not pytest-playwright's: keep its last state
        raise
    finally:
        context.close()
