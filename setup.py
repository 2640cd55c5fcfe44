"""Build script for the optional compiled word finder; the project's metadata is in
pyproject.toml. Where the extension cannot be built (no C compiler), qawl installs without
it and scans in pure Python (same results, slower)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("qawl.gazetteers._wordscan", ["qawl/gazetteers/_wordscan.c"], optional=True),
    ]
)
