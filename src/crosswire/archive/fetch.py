"""Fetching URLs safely: time and size limits, content types checked, redirects
followed by hand (each hop checked), robots.txt obeyed, and private, loopback and
link-local addresses refused unless explicitly allowed.

Every connection resolves its host once, checks every address, and connects to an
address it checked: a DNS answer that changes between check and connection (DNS
rebinding) cannot lead a hop to a private address. Each fetch, redirects and robots.txt
included, has one overall deadline, so a server sending a byte at a time cannot hold a
URL for longer.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from crosswire.ingest import Page
from crosswire.models import InputError


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crosswire")
    except PackageNotFoundError:
        return "dev"


USER_AGENT = f"crosswire/{_version()}"
TIMEOUT_SECONDS = 15.0
# All of one fetch (robots.txt, every redirect hop, the body): a slow server gets no more.
DEADLINE_SECONDS = 30.0
MAX_BYTES = 10 * 2**20
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 2**10
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain",
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
)

# host, port -> the addresses to try, in order
Resolver = Callable[[str, int], list[str]]


def system_resolve(host: str, port: int) -> list[str]:
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


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
    deadline: float = DEADLINE_SECONDS
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    respect_robots: bool = True
    resolve: Resolver = system_resolve
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _client: httpx.Client | None = None
    _ends_at: float = float("inf")  # the deadline of the fetch under way (monotonic)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=_CheckedTransport(_CheckedBackend(self)), timeout=self.timeout,
                follow_redirects=False, headers={"User-Agent": USER_AGENT}, trust_env=False,
            )
        return self._client

    def fetch(self, url: str, *, accept: tuple[str, ...] = ACCEPTED_TYPES) -> Fetched:
        """The body of ``url``; raises FetchError with a one-line reason."""
        self._ends_at = time.monotonic() + self.deadline
        try:
            return self._follow(url, accept=accept)
        finally:
            self._ends_at = float("inf")

    def page(self, url: str) -> Page | InputError:
        """``fetch`` as the input readers take it (``crosswire.ingest.FetchPage``)."""
        try:
            fetched = self.fetch(url)
        except FetchError as exc:
            return InputError(url, str(exc))
        return Page(url=fetched.url, data=fetched.data, content_type=fetched.content_type)

    def remaining(self) -> float:
        """Seconds left before the fetch under way must give up."""
        return self._ends_at - time.monotonic()

    def _follow(self, url: str, *, accept: tuple[str, ...]) -> Fetched:
        for _ in range(self.max_redirects + 1):
            self.check_address(url)
            if self.respect_robots and not self._robots_allow(url):
                raise FetchError("disallowed by robots.txt")
            status, headers, data = self._get(url)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"redirect ({status}) without a location")
                try:
                    url = urljoin(url, location)
                except ValueError:
                    raise FetchError(f"redirect to a malformed URL {location!r}") from None
                continue
            if status != 200:
                raise FetchError(f"HTTP status {status}")
            content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type not in accept:
                raise FetchError(f"unsupported content type {content_type or 'none'!r}")
            return Fetched(url=url, content_type=content_type, data=data)
        raise FetchError(f"more than {self.max_redirects} redirects")

    def check_address(self, url: str) -> None:
        """Refuse non-HTTP schemes, and private, loopback, link-local and reserved hosts
        (checked early here for a clear message, and again on every connection)."""
        try:
            parts = urlsplit(url)
            host, port = parts.hostname, parts.port
        except ValueError as exc:  # a bad port or a broken "[" IPv6 host
            raise FetchError(f"malformed URL: {exc}") from None
        if parts.scheme not in ("http", "https"):
            raise FetchError("only http and https URLs are fetched")
        if not host:
            raise FetchError("malformed URL: no host")
        self.checked_addresses(host, port or (443 if parts.scheme == "https" else 80))

    def checked_addresses(self, host: str, port: int) -> list[str]:
        """``host`` resolved once; FetchError if any address is not public (unless allowed)."""
        try:
            addresses = self.resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}") from None
        if not addresses:
            raise FetchError(f"cannot resolve {host}: no address")
        if self.allow_private:
            return addresses
        for found in addresses:
            address = ipaddress.ip_address(found.split("%")[0])
            if not address.is_global or address.is_multicast:
                raise FetchError(
                    f"{host} resolves to non-public address {address} "
                    "(use --allow-private to fetch it)"
                )
        return addresses

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
            if self.remaining() <= 0:
                raise FetchError(f"not done after {self.deadline:g} s in all, given up") from None
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


class _CheckedBackend(httpcore.NetworkBackend):
    """Connections to addresses the fetcher checked, with reads bounded by its deadline."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._network = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        failure: Exception | None = None
        for address in self._fetcher.checked_addresses(host, port):
            try:
                stream = self._network.connect_tcp(
                    address, port, timeout=_DeadlineStream.bound(self._fetcher, timeout),
                    local_address=local_address, socket_options=socket_options)
            except httpcore.ConnectError as exc:  # the next address may answer
                failure = exc
                continue
            return _DeadlineStream(stream, self._fetcher)
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options=None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._network.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no longer than the fetch has left."""

    def __init__(self, stream: httpcore.NetworkStream, fetcher: Fetcher) -> None:
        self._stream = stream
        self._fetcher = fetcher

    @staticmethod
    def bound(fetcher: Fetcher, timeout: float | None) -> float:
        remaining = fetcher.remaining()
        if remaining <= 0:
            raise httpcore.ReadTimeout("the fetch's deadline has passed")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self.bound(self._fetcher, timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self.bound(self._fetcher, timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        secured = self._stream.start_tls(ssl_context, server_hostname,
                                         self.bound(self._fetcher, timeout))
        return _DeadlineStream(secured, self._fetcher)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _CheckedTransport(httpx.HTTPTransport):
    def __init__(self, backend: _CheckedBackend) -> None:
        super().__init__(trust_env=False)
        # httpx takes no network backend; its pool is made again with one (TLS unchanged:
        # the same context, and the URL's host name for SNI and certificate checks)
        self._pool = httpcore.ConnectionPool(ssl_context=self._pool._ssl_context,
                                             network_backend=backend)
