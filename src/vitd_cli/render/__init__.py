"""Renderers: a Report (or rows) in, text out. Rich is imported only by the terminal renderer."""
