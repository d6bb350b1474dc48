"""A scripted IMAP server for the folder-discovery cases a real Dovecot cannot be made to show.

    with scripted_imap(folders=[((), "/", "INBOX"), ((), "/", "[Gmail]/Brouillons")],
                       special_use={"[Gmail]/Brouillons": "\\\\Drafts"}) as server:
        server.port, server.commands      # every command line the client sent, in order

It speaks just enough IMAP4rev1 for `ImapMailbox.check()` over plain text on loopback:
CAPABILITY, LOGIN, LIST (plain, `LIST (SPECIAL-USE) "" "*"` and `LIST "" "*" RETURN
(SPECIAL-USE)`), CREATE, SUBSCRIBE, NAMESPACE, NOOP, LOGOUT. RFC 6154 lets a server with the
SPECIAL-USE capability leave the attributes out of a plain LIST ("MAY include"); `plain_flags`
says whether this one includes them there.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

Folder = tuple[tuple[str, ...], str, str]  # (attributes, delimiter, name)


@dataclass
class ScriptedImap:
    folders: list[Folder]
    special_use: dict[str, str] = field(default_factory=dict)  # folder name -> attribute
    capabilities: tuple[str, ...] = ("IMAP4rev1", "SPECIAL-USE", "LIST-EXTENDED")
    plain_flags: bool = False
    port: int = 0
    commands: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)

    def _list_line(self, attributes: tuple[str, ...], delimiter: str, name: str) -> bytes:
        flags = " ".join(attributes)
        return f'* LIST ({flags}) "{delimiter}" "{name}"\r\n'.encode()

    def _answer(self, tag: str, command: str, rest: str) -> tuple[list[bytes], bool]:
        upper = rest.upper()
        caps = " ".join(self.capabilities)
        if command == "CAPABILITY":
            return [f"* CAPABILITY {caps}\r\n".encode(), f"{tag} OK done\r\n".encode()], False
        if command == "LOGIN":
            return [f"{tag} OK [CAPABILITY {caps}] logged in\r\n".encode()], False
        if command == "LIST":
            lines = []
            only_special = upper.startswith("(SPECIAL-USE)")
            with_special = only_special or "RETURN (SPECIAL-USE)" in upper
            if with_special and "SPECIAL-USE" not in self.capabilities:
                return [f"{tag} BAD unknown LIST option\r\n".encode()], False
            made: list[Folder] = [((), "/", name) for name in self.created]
            for attributes, delimiter, name in [*self.folders, *made]:
                extra = self.special_use.get(name)
                shown = attributes
                if extra and (with_special or self.plain_flags):
                    shown = (*attributes, extra)
                if only_special and not extra:
                    continue
                lines.append(self._list_line(shown, delimiter, name))
            return [*lines, f"{tag} OK LIST done\r\n".encode()], False
        if command == "CREATE":
            self.created.append(rest.strip().strip('"'))
            return [f"{tag} OK created\r\n".encode()], False
        if command == "NAMESPACE":
            return [b'* NAMESPACE (("" "/")) NIL NIL\r\n', f"{tag} OK\r\n".encode()], False
        if command in ("SUBSCRIBE", "NOOP"):
            return [f"{tag} OK\r\n".encode()], False
        if command == "LOGOUT":
            return [b"* BYE\r\n", f"{tag} OK bye\r\n".encode()], True
        return [f"{tag} BAD not scripted\r\n".encode()], False

    def _serve_one(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            caps = " ".join(self.capabilities)
            conn.sendall(f"* OK [CAPABILITY {caps}] scripted IMAP ready\r\n".encode())
            for raw in reader:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                self.commands.append(line)
                match = re.match(r"(\S+) (\S+) ?(.*)", line)
                if match is None:
                    return
                tag, command, rest = match.group(1), match.group(2).upper(), match.group(3)
                answer, done = self._answer(tag, command, rest)
                conn.sendall(b"".join(answer))
                if done:
                    return


@contextlib.contextmanager
def scripted_imap(
    folders: Sequence[Folder],
    special_use: dict[str, str] | None = None,
    *,
    capabilities: tuple[str, ...] | None = None,
    plain_flags: bool = False,
) -> Iterator[ScriptedImap]:
    server = ScriptedImap(list(folders), dict(special_use or {}), plain_flags=plain_flags)
    if capabilities is not None:
        server.capabilities = capabilities
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)
    server.port = int(listener.getsockname()[1])
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            threading.Thread(target=server._serve_one, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()
