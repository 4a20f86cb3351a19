"""policywatch: watch government websites for new and changed policy statements."""

__version__ = "0.1.0"  # the one place the version is written (pyproject reads it)
