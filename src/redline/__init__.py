"""redline: sourced, dated political events, quotes and posts from crisis text."""

__version__ = "0.1.0"
