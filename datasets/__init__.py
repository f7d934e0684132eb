"""Course datasets (CSV files and schema.json).

Shipped in wheels as the package data ``humas._datasets``.
"""
