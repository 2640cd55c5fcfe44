"""Scoring of qawl's stages against gold data."""
