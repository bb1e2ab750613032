"""Citizens' notifications sent by the centre: provider configuration, requests, the sender.

Offices push one ``notification`` op per event and medium (``ingest``); the sender loop that
``serve`` starts in each worker (``loop``) claims due requests one sender at a time
(``claims``), composes the message (``motcua_core.domain.notification_text``), hands it to the
provider of its medium (``email``, ``zalo``, ``sms``) and records the outcome (``delivery``),
which the office pulls back as a ``notification_status`` change.
"""
