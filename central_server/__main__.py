"""``python -m central_server``: the same as the ``central-server`` command."""

from central_server.cli import main

raise SystemExit(main())
