"""The queue: issuing tickets, a counter's calls, what the board shows, and the queue's
configuration.

- ``tickets``: issuing and finding tickets; ``ticket_events``: each step as recorded.
- ``calls``: the steps at a counter; ``station``: who acts and the counter's live state;
  ``next_ticket``: choosing and claiming the next ticket.
- ``board``: what displays and counter panels show; ``change_number``: the number they poll.
- ``areas``, ``counters``, ``priority_groups``: the configuration (``config`` names them
  together and holds the notice line); ``admin``: the administrator's changes.
"""
