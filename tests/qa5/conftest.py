# The same app fixture as the first QA round's: one definition, re-exported for this folder.
from tests.qa.conftest import client

__all__ = ["client"]
