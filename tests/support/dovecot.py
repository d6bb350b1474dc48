"""A real Dovecot IMAP server for tests: Debian's dovecot-imapd with a throwaway config, mail
store and run directory in a temp folder, on free non-standard ports (never the system's).

    with dovecot_server(drafts_folder=True, tls=True) as server:
        server.port, server.tls_port, server.cafile, server.user, server.password
        server.messages("Drafts")   # the raw messages in a folder, read from the Maildir

`oauth2_introspection=URL` adds SASL XOAUTH2 and OAUTHBEARER through Dovecot's `oauth2` passdb,
which POSTs each bearer token to that RFC 7662 introspection URL (tests/fakes/oauth2_idp.py) and
logs in the user the answer's `username` names when `active` is true; LOGIN and PLAIN still use
the password file.

Without the binary the tests skip with the reason, unless RIGHTNOTE_REQUIRE_DOVECOT=1 (set by
.ci/run, which installs it) makes its absence a failure. Dovecot refuses uid 0 for mail users,
so mail is owned by `nobody` and the temp folder is world-traversable.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.certs import write_self_signed

NOBODY = 65534
USER = "sam"
PASSWORD = "correct horse battery staple"  # a throwaway test account


def dovecot_binary() -> str:
    """The dovecot binary, or skip (fail under RIGHTNOTE_REQUIRE_DOVECOT=1) without it."""
    found = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
    )
    reason = ""
    if found is None:
        reason = "Dovecot is not installed (apt-get install dovecot-imapd)"
    elif os.geteuid() != 0:
        reason = "the throwaway Dovecot needs root (it runs mail as nobody)"
    if reason:
        if os.environ.get("RIGHTNOTE_REQUIRE_DOVECOT") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    assert found is not None
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass
class Dovecot:
    root: Path
    port: int
    tls_port: int | None
    cafile: Path | None
    listen: str
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen[bytes] | None = None

    @property
    def maildir(self) -> Path:
        return self.root / "home" / self.user / "Maildir"

    def folder_path(self, folder: str) -> Path:
        return self.maildir if folder.upper() == "INBOX" else self.maildir / f".{folder}"

    def files(self, folder: str = "Drafts") -> list[Path]:
        """The Maildir files of `folder` (expunged messages are gone; flags after ":2,")."""
        found: list[Path] = []
        for sub in ("cur", "new"):
            found.extend(sorted((self.folder_path(folder) / sub).glob("*")))
        return found

    def messages(self, folder: str = "Drafts") -> list[bytes]:
        """The messages Dovecot stored in `folder`, as bytes."""
        return [path.read_bytes() for path in self.files(folder)]

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def auth_failures(self) -> int:
        return self.log().count("auth failed") + self.log().count("Authentication failed")

    def start(self) -> None:
        self.process = subprocess.Popen(
            [dovecot_binary(), "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"dovecot exited: {err}\n{self.log()}")
            with contextlib.suppress(OSError):
                socket.create_connection((self.listen, self.port), 1).close()
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}\n{self.log()}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.process = None


def _self_signed(root: Path) -> tuple[Path, Path]:
    return write_self_signed(root, names=("localhost",), ips=("127.0.0.1",))


@contextlib.contextmanager
def dovecot_server(
    *,
    drafts_folder: bool = True,
    tls: bool = False,
    listen: str = "127.0.0.1",
    oauth2_introspection: str | None = None,
) -> Iterator[Dovecot]:
    """A running Dovecot; `drafts_folder=False` leaves the account without a Drafts folder,
    `tls=True` adds STARTTLS on `port` and implicit TLS on `tls_port` (a self-signed cert for
    127.0.0.1 and localhost, `cafile`)."""
    dovecot_binary()
    root = Path(tempfile.mkdtemp(prefix="rightnote-dovecot-"))
    try:
        root.chmod(0o755)
        home = root / "home"
        (home / USER).mkdir(parents=True)
        for path in (home, home / USER):
            os.chown(path, NOBODY, NOBODY)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        port = free_port(listen)
        tls_port = free_port(listen) if tls else None
        cafile = None
        if tls:
            cafile, keyfile = _self_signed(root)
            ssl_lines = f"ssl = yes\nssl_cert = <{cafile}\nssl_key = <{keyfile}\n"
        else:
            ssl_lines = "ssl = no\n"
        drafts = (
            "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n"
            if drafts_folder
            else ""
        )
        mechanisms = "plain login"
        oauth2_passdb = ""
        if oauth2_introspection is not None:
            # Dovecot 2.3's documented oauth2 passdb settings (dovecot-oauth2.conf.ext).
            (root / "oauth2.conf.ext").write_text(
                "introspection_mode = post\n"
                f"introspection_url = {oauth2_introspection}\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
            mechanisms += " xoauth2 oauthbearer"
            oauth2_passdb = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {root}/oauth2.conf.ext\n}}\n"
            )
        (root / "dovecot.conf").write_text(
            f"base_dir = {root}/run\n"
            f"state_dir = {root}/state\n"
            f"log_path = {root}/dovecot.log\n"
            "protocols = imap\n"
            f"listen = {listen}\n" + ssl_lines + "disable_plaintext_auth = no\n"
            f"auth_mechanisms = {mechanisms}\n"
            "default_login_user = dovenull\n"
            "auth_verbose = yes\n"
            "auth_failure_delay = 0\n" + oauth2_passdb + "passdb {\n  driver = passwd-file\n"
            f"  args = scheme=PLAIN username_format=%u {root}/passwd\n}}\n"
            "userdb {\n  driver = static\n"
            f"  args = uid={NOBODY} gid={NOBODY} home={home}/%u\n}}\n"
            "mail_location = maildir:~/Maildir\n"
            "namespace inbox {\n  inbox = yes\n  separator = /\n" + drafts + "}\n"
            "service imap-login {\n"
            f"  inet_listener imap {{\n    address = {listen}\n    port = {port}\n  }}\n"
            "  inet_listener imaps {\n"
            f"    address = {listen}\n    port = {tls_port or 0}\n"
            + ("    ssl = yes\n" if tls else "")
            + "  }\n}\n"
        )
        server = Dovecot(root=root, port=port, tls_port=tls_port, cafile=cafile, listen=listen)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def non_loopback_address() -> str | None:
    """An address of this machine that is not loopback (a UDP 'connect' sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
            address = str(sock.getsockname()[0])
        except OSError:
            return None
    return None if ipaddress.ip_address(address).is_loopback else address
