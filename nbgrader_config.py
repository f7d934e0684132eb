"""nbgrader configuration for JupyterLab's nbgrader extensions under ``make lab``.

The formgrader, the Validate button and the Assignment List read
``nbgrader_config.py`` from the server's working directory, which ``humas-lab lab``
sets to this folder. The course's settings live in ``exercises/nbgrader_config.py``;
this file only loads them, so that both places see one configuration.
"""

from pathlib import Path

c = get_config()  # noqa: F821 - injected by nbgrader/traitlets

_COURSE_CONFIG = Path(__file__).resolve().parent / "exercises" / "nbgrader_config.py"
if not _COURSE_CONFIG.is_file():
    raise FileNotFoundError(f"Konfigurasi kursus tidak ditemukan: {_COURSE_CONFIG}")
load_subconfig(_COURSE_CONFIG.name, str(_COURSE_CONFIG.parent))  # noqa: F821 - injected
