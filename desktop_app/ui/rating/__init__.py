"""The rating station: three large choices at the counter (role ``rating``)."""
