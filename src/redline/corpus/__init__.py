"""The corpus: what redline has read, linked across documents and over time."""
