"""Lab Humas Digital: the trainees' toolkit.

- :mod:`humas.data`: course datasets with checked column types;
- :mod:`humas.calendar`: Indonesian working days (UU KIP deadlines);
- :mod:`humas.text`: personal data (NIK, KK, phone, e-mail) in text;
- :mod:`humas.plans`: POST plans and the audience survey;
- :mod:`humas.posts`: post lengths per platform and saved drafts;
- :mod:`humas.forms`: ipywidgets forms (POST plan, post editor, reply composer);
- :mod:`humas.listening`: social-listening analytics on mentions (imported on first use,
  because it needs pandas);
- :func:`humas.setup`: the first call in every notebook.

Importing ``humas`` has no side effects; pandas and holidays are imported when first used.
"""

from humas import calendar, data, forms, plans, posts, text
from humas._setup import setup

__all__ = ["calendar", "data", "forms", "listening", "plans", "posts", "setup", "text"]


def __getattr__(name: str) -> object:
    """``humas.listening`` on first use: it imports pandas, which ``import humas`` must not."""
    if name == "listening":
        import importlib

        return importlib.import_module("humas.listening")
    raise AttributeError(f"module 'humas' has no attribute {name!r}")
