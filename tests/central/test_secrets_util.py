"""Enrolment tokens and device secrets can be copied into a command line."""

from __future__ import annotations

import secrets

import pytest

from central_server.secrets_util import hash_secret, new_secret, secret_matches


def test_no_generated_secret_begins_with_a_dash_or_underscore() -> None:
    tokens = [new_secret() for _ in range(5000)]  # without the rule ~150 would begin so

    assert not [token for token in tokens if token[0] in "-_"]
    assert all(len(token) == 43 for token in tokens)
    assert len(set(tokens)) == len(tokens)


def test_a_draw_that_begins_with_a_dash_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter(["-Ab" + "x" * 40, "_Cd" + "y" * 40, "Ef" + "z" * 41])
    monkeypatch.setattr(secrets, "token_urlsafe", lambda _size: next(draws))

    assert new_secret() == "Ef" + "z" * 41


def test_the_secret_still_matches_its_hash() -> None:
    secret = new_secret()
    assert secret_matches(secret, hash_secret(secret))
    assert not secret_matches(secret + "x", hash_secret(secret))
