"""caption catalog: find, parse, deduplicate and catalogue photo captions and credits."""

__version__ = "0.1.0"
