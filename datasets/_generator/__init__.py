"""The seeded generator of the synthetic Nusa Bahari datasets (``make data``).

Not part of the installed package: only ``datasets/generate.py`` uses it.
Every file gets its own random stream derived from (seed, file name), so that
changing one file's size never changes another file's bytes.
"""
