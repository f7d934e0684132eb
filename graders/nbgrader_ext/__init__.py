"""nbgrader plugins and instructor tooling for Lab Humas Digital.

Nothing here is imported by ``graders`` itself: trainees' notebooks never need
nbgrader. ``nbgrader_config.py`` and the ``humas-lab`` command import these
modules.
"""
