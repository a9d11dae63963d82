"""Shared knowledge every stage may use: gazetteer, names, outlets, dates, lexicons."""
