"""``python -m desktop_app``: the same as the ``desktop-app`` command."""

from desktop_app.cli import main

raise SystemExit(main())
