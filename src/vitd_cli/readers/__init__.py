"""Readers for lab exports: open a file or stdin (source), recognise its columns (columns), read its rows (long,
wide), and a test dictionary such as MIMIC's D_LABITEMS (dictionary)."""
