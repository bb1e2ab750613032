"""The administration window (role ``admin``)."""
