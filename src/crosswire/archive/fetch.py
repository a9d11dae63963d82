"""Fetching URLs safely: time and size limits, content types checked, redirects
followed by hand (each hop checked), robots.txt obeyed, and private, loopback and
link-local addresses refused unless explicitly allowed.

The address check resolves the host before connecting; a host whose DNS answer changes
between the check and the connection (DNS rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crosswire")
    except PackageNotFoundError:
        return "dev"


USER_AGENT = f"crosswire/{_version()}"
TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 2**20
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 2**10
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain",
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
)


class FetchError(Exception):
    """A URL that could not or may not be fetched; the message is one line."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes


@dataclass
class Fetcher:
    allow_private: bool = False
    timeout: float = TIMEOUT_SECONDS
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    respect_robots: bool = True
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout, follow_redirects=False,
                headers={"User-Agent": USER_AGENT}, trust_env=False,
            )
        return self._client

    def fetch(self, url: str, *, accept: tuple[str, ...] = ACCEPTED_TYPES) -> Fetched:
        """The body of ``url``; raises FetchError with a one-line reason."""
        for _ in range(self.max_redirects + 1):
            self.check_address(url)
            if self.respect_robots and not self._robots_allow(url):
                raise FetchError("disallowed by robots.txt")
            status, headers, data = self._get(url)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"redirect ({status}) without a location")
                url = urljoin(url, location)
                continue
            if status != 200:
                raise FetchError(f"HTTP status {status}")
            content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type not in accept:
                raise FetchError(f"unsupported content type {content_type or 'none'!r}")
            return Fetched(url=url, content_type=content_type, data=data)
        raise FetchError(f"more than {self.max_redirects} redirects")

    def check_address(self, url: str) -> None:
        """Refuse non-HTTP schemes, and private, loopback, link-local and reserved hosts."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http and https URLs are fetched")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {parts.hostname}: {exc}") from None
        for info in infos:
            address = ipaddress.ip_address(info[4][0].split("%")[0])
            if not address.is_global or address.is_multicast:
                raise FetchError(
                    f"{parts.hostname} resolves to non-public address {address} "
                    "(use --allow-private to fetch it)"
                )

    def _get(self, url: str, *, limit: int | None = None) -> tuple[int, httpx.Headers, bytes]:
        limit = limit or self.max_bytes
        try:
            with self.client.stream("GET", url) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"larger than {limit // 2**10} KB")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"larger than {limit // 2**10} KB")
                    chunks.append(chunk)
                return response.status_code, response.headers, b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}".splitlines()[0]) from None

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The site's rules; none (everything allowed) when it has no robots.txt."""
        robots_url = f"{origin}/robots.txt"
        try:
            status, _, data = self._get(robots_url, limit=ROBOTS_MAX_BYTES)
        except FetchError:
            return None
        parser = RobotFileParser(robots_url)
        if status in (401, 403):
            parser.disallow_all = True
        elif status == 200:
            parser.parse(data.decode("utf-8", "replace").splitlines())
        else:
            return None
        return parser
