"""The citizen's rating of the service, and the counter's requests to the rating station at its
desk.
"""
