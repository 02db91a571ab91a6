"""Fetching URLs safely: timeouts, a size cap, bounded redirects, no private addresses by default."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from lagebild import __version__
from lagebild.errors import InputError

USER_AGENT = f"Lagebild/{__version__} (news-intelligence engine; +https://github.com/lagebild/lagebild)"


@dataclass(slots=True)
class Fetched:
    url: str  # the final URL after redirects
    content: bytes
    content_type: str | None


def _is_private_host(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False  # resolution errors surface when connecting
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (
            address.is_private
            or address.is_loopback
            or address.is_link_local
            or address.is_reserved
            or address.is_multicast
            or address.is_unspecified
        ):
            return True
    return False


class Fetcher:
    """Downloads one URL at a time with the limits a crawler of other people's sites should keep."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 15.0,
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        transport: httpx.BaseTransport | None = None,
    ):
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise InputError(url, f"only http and https URLs can be fetched, not {parts.scheme!r}")
        if not parts.hostname:
            raise InputError(url, "the URL has no host name")
        if not self.allow_private and _is_private_host(parts.hostname):
            raise InputError(
                url,
                "refusing to fetch a private or loopback address; pass --allow-private if you mean it",
            )

    def fetch(self, url: str) -> Fetched:
        current = url
        for _hop in range(self.max_redirects + 1):
            self._check(current)
            try:
                with self._client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(url, f"redirect without a Location header from {current}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise InputError(url, f"the server answered HTTP {response.status_code} {response.reason_phrase}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise InputError(url, f"the page is {int(declared)} bytes, over the {self.max_bytes}-byte limit")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise InputError(url, f"the page is over the {self.max_bytes}-byte limit; download stopped")
                        chunks.append(chunk)
                    return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type"))
            except httpx.TimeoutException as exc:
                raise InputError(url, f"timed out ({exc.__class__.__name__}); the site may be down or slow") from exc
            except httpx.HTTPError as exc:
                raise InputError(url, f"cannot reach the URL ({exc})") from exc
        raise InputError(url, f"more than {self.max_redirects} redirects; giving up")
