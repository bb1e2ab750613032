"""The queue: issuing tickets, a counter's calls, what the board shows, and the queue's
configuration.
"""
