"""``python -m qawl`` runs the command line."""

from qawl.cli.main import run

run()
