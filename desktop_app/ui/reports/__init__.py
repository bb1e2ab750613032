"""The report window: period, grouping, tables, charts and exports (leader and admin roles)."""
