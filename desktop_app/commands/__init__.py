"""Subcommands of ``desktop-app``: each module registers its parsers and handlers."""
