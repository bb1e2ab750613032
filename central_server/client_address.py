"""The address a request comes from, for the public lookup's limit and the cookie's Secure flag.

The client is the TCP peer, unless that peer is one of the configured trusted proxies
(``serve --trusted-proxy``): then it is the right-most ``X-Forwarded-For`` entry that is not
itself a trusted proxy (each proxy appends the address it saw, so entries to the left of the
first untrusted one may be forged by the client). With no trusted proxy configured the header is
never read, and uvicorn's own forwarded-header handling is switched off (``cli.cmd_serve``), so
nobody can spread attempts over made-up addresses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

from starlette.requests import Request

Network = IPv4Network | IPv6Network


@dataclass(frozen=True)
class TrustedProxies:
    """The reverse proxies whose ``X-Forwarded-*`` headers are believed."""

    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, values: Iterable[str]) -> TrustedProxies:
        """Proxies from IP addresses and CIDR networks (``10.0.0.5``, ``10.0.0.0/24``, ``::1``).

        Raises:
            ValueError: a value is neither, named in the message.
        """
        networks = []
        for value in values:
            try:
                networks.append(ip_network(value.strip(), strict=False))
            except ValueError:
                raise ValueError(f"{value!r} is not an IP address or network") from None
        return cls(tuple(networks))

    def trusts(self, address: str) -> bool:
        try:
            parsed = ip_address(address)
        except ValueError:
            return False
        return any(parsed in network for network in self.networks)


def _trusted(request: Request) -> TrustedProxies:
    proxies: TrustedProxies = request.app.state.trusted_proxies
    return proxies


def _peer(request: Request) -> str:
    return request.client.host if request.client else ""


def client_address(request: Request) -> str:
    """The client's address as described in the module docstring."""
    peer, trusted = _peer(request), _trusted(request)
    if not trusted.trusts(peer):
        return peer
    hops = [hop.strip() for hop in request.headers.get("x-forwarded-for", "").split(",")]
    chain = [hop for hop in hops if _is_address(hop)]
    for hop in reversed(chain):
        if not trusted.trusts(hop):
            return hop
    return chain[0] if chain else peer


def came_over_https(request: Request) -> bool:
    """The browser reached us over HTTPS: directly, or through a trusted TLS-terminating proxy."""
    if request.url.scheme == "https":
        return True
    if not _trusted(request).trusts(_peer(request)):
        return False
    proto = request.headers.get("x-forwarded-proto", "").split(",")[-1].strip()
    return proto.lower() == "https"


def _is_address(text: str) -> bool:
    try:
        ip_address(text)
    except ValueError:
        return False
    return True
