"""A throw-away PostgreSQL server for tests: initdb in a temporary folder, a Unix socket
only (no TCP), fsync off, stopped and removed afterwards.

Found through `PG_BIN`, `pg_config --bindir`, PATH, or /usr/lib/postgresql/*/bin. PostgreSQL
refuses to run as root, so as root the server runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["find_bindir", "fresh_database", "postgres_server"]

PORT = 55439


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates = [os.environ.get("PG_BIN", "")]
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                              check=False)
        candidates.append(done.stdout.strip())
    found = shutil.which("initdb")
    candidates.append(str(Path(found).resolve().parent) if found else "")
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    pwd.getpwnam("postgres")  # KeyError: no user to run the server as
    runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")
    if runuser is None:
        raise FileNotFoundError("runuser, needed to start PostgreSQL as root, is not installed")
    return [runuser, "-u", "postgres", "--", *command]


@contextmanager
def postgres_server(bindir: Path) -> Iterator[str]:
    """Start a server; yield a SQLAlchemy URL of its `postgres` database."""
    root = Path(tempfile.mkdtemp(prefix="pw-pg-"))
    data, log = root / "data", root / "server.log"
    ctl = [str(bindir / "pg_ctl"), "-D", str(data)]
    try:
        if os.geteuid() == 0:
            shutil.chown(root, user="postgres")
        subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-A",
                                        "trust", "-U", "pw", "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True)
        options = f"-k {root} -p {PORT} -c listen_addresses='' -c fsync=off"
        subprocess.run(_as_server_user([*ctl, "-o", options, "-l", str(log), "-w", "start"]),
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://pw@/postgres?host={root}&port={PORT}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_server_user([*ctl, "-m", "immediate", "stop"]), check=False,
                           capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server: str, prefix: str = "pw_", *, plain: bool = False) -> str:
    """Create an empty database on `server` (a URL from `postgres_server`); its URL.

    `plain`: "postgresql://", as users write it, so the store picks the installed driver.
    """
    from sqlalchemy import create_engine, text

    name = prefix + uuid.uuid4().hex[:12]
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    url = server.replace("/postgres?", f"/{name}?")
    return url.replace("postgresql+psycopg://", "postgresql://") if plain else url
