"""redline: sourced, dated political events, quotes and posts from crisis text."""

__version__ = "0.1.0"

__all__ = ["Config", "Redline"]


def __getattr__(name: str):
    """`from redline import Redline, Config` without importing spaCy for `import redline` alone."""
    if name == "Redline":
        from .app import Redline
        return Redline
    if name == "Config":
        from .config import Config
        return Config
    raise AttributeError(name)
