"""RightNote: the right note, to the right person, at the right time — or none at all."""

__version__ = "0.1.0"
