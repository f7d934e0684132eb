"""Course datasets (CSV files, schema.json); shipped in wheels as the package data ``humas._datasets``."""
