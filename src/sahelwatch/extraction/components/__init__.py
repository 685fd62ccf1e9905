"""The extraction components, one module each, in pipeline order (see ../build.py)."""
