"""Training helpers: library code behind ``qawl train`` and ``make model`` (needs the ``train`` extra)."""
