"""Real SPARQL servers on loopback for the test suite: Oxigraph and Virtuoso.

Each context manager starts its own server process on a free 127.0.0.1 port
with its data in the caller's temp folder, waits (with a deadline) until the
endpoint answers, yields the URLs, and stops the process and its children at
exit. Nothing here touches a system-wide service: Debian's Virtuoso package
ships an init script (not started inside a container, where policy-rc.d denies
it), but our instance has its own database files, ports and log, so the two
can never collide.

Only the standard library is used, and every HTTP call has a timeout, so a
hung server fails a test instead of hanging the suite.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

PROBE_TIMEOUT = 2.0          # seconds per readiness probe (a port held by a stranger must not stall us)
OXIGRAPH_START_DEADLINE = 30.0
VIRTUOSO_START_DEADLINE = 120.0  # a fresh Virtuoso database takes a few seconds to create
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@dataclass(frozen=True)
class SparqlServer:
    """Where a running server listens. ``gsp_url`` is the Graph Store Protocol endpoint."""

    name: str
    query_url: str
    update_url: str
    gsp_url: str | None
    log_path: Path
    isql_port: int | None = None  # Virtuoso only: for isql-vt (dba/dba), e.g. bulk loads or grants


@dataclass(frozen=True)
class VirtuosoInstall:
    server: Path  # virtuoso-t
    isql: Path    # isql-vt
    ini: Path     # the packaged virtuoso.ini, used as the template


def oxigraph_binary() -> Path | None:
    """The ``oxigraph`` CLI of the ``oxigraph`` PyPI package: next to this Python first, then PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("oxigraph")
    return Path(found) if found else None


def virtuoso_available() -> VirtuosoInstall | None:
    """Debian's ``virtuoso-opensource`` (virtuoso-t, isql-vt, virtuoso.ini), or None if not installed."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not (server and isql and VIRTUOSO_INI.is_file()):
        return None
    return VirtuosoInstall(Path(server), Path(isql), VIRTUOSO_INI)


def free_port() -> int:
    """A port the kernel says is free on 127.0.0.1 (released at once; the race is negligible here)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_until_answers(url: str, proc: subprocess.Popen, deadline_s: float, log: Path, name: str) -> None:
    """Poll ``url`` until it answers 200, or raise with the log's tail if the process dies or time runs out."""
    until = time.monotonic() + deadline_s
    last = "no attempt"
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with code {proc.returncode} before answering.\n"
                               f"--- log tail ({log}) ---\n{_log_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT) as r:
                if r.status == 200:
                    return
                last = f"HTTP {r.status}"
        except (urllib.error.URLError, OSError) as e:  # refused while starting, 5xx while initialising
            last = repr(e)
        time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer {url} within {deadline_s:.0f}s (last: {last}).\n"
                       f"--- log tail ({log}) ---\n{_log_tail(log)}")


def _start(cmd: list[str], log: Path, cwd: Path) -> subprocess.Popen:
    """Start in a new session (own process group), so that stopping it also stops any children."""
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen, grace_s: float = 15.0) -> None:
    """SIGTERM the process group, then SIGKILL it if it has not gone within ``grace_s``."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            pass
    try:  # children that outlived their parent, or a parent that ignored SIGTERM
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=grace_s)


# -- Oxigraph ------------------------------------------------------------------------------------------

@contextmanager
def oxigraph_server(tmp_path: Path, union_default_graph: bool = False) -> Iterator[SparqlServer]:
    """``oxigraph serve`` on a persistent folder in ``tmp_path``: /query, /update, /store."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("oxigraph binary not found (pip install oxigraph)")
    root = Path(tmp_path) / "oxigraph"
    (root / "data").mkdir(parents=True, exist_ok=True)
    port, log = free_port(), root / "server.log"
    cmd = [str(binary), "serve", "--location", str(root / "data"), "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        cmd.append("--union-default-graph")
    proc = _start(cmd, log, root)
    try:
        base = f"http://127.0.0.1:{port}"
        ask = urllib.parse.urlencode({"query": "ASK {}"})
        _wait_until_answers(f"{base}/query?{ask}", proc, OXIGRAPH_START_DEADLINE, log, "oxigraph")
        yield SparqlServer("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store", log)
    finally:
        _stop(proc)


# -- Virtuoso ------------------------------------------------------------------------------------------

def _rewrite_ini(text: str, overrides: dict[str, dict[str, str]]) -> str:
    """Set ``key = value`` per ``[section]`` in an ini text, keeping everything else as it is.

    Line-based on purpose: the packaged virtuoso.ini repeats keys and has inline ``;``
    comments, which configparser refuses. Keys missing from a section are appended to it.
    """
    out: list[str] = []
    section, pending = None, {s: dict(kv) for s, kv in overrides.items()}

    def flush() -> None:
        for key, value in pending.pop(section, {}).items():
            out.append(f"{key} = {value}")

    for line in text.splitlines():
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            flush()
            section = m.group(1).strip()
            out.append(line)
            continue
        kv = re.match(r"\s*([A-Za-z0-9_]+)\s*=", line)
        if kv and section in overrides and kv.group(1) in overrides[section]:
            out.append(f"{kv.group(1)} = {overrides[section][kv.group(1)]}")
            pending.get(section, {}).pop(kv.group(1), None)
            continue
        out.append(line)
    flush()
    for sec, kvs in pending.items():  # sections the template lacks
        out.append(f"[{sec}]")
        out.extend(f"{k} = {v}" for k, v in kvs.items())
    return "\n".join(out) + "\n"


def isql(install: VirtuosoInstall, port: int, sql: str, timeout: float = 60.0) -> str:
    """Run SQL through ``isql-vt`` as dba/dba (the password of a freshly created database)."""
    r = subprocess.run([str(install.isql), f"127.0.0.1:{port}", "dba", "dba", f"exec={sql}"],
                       capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
        raise RuntimeError(f"isql-vt failed ({r.returncode}) on {sql!r}:\n{r.stdout}\n{r.stderr}")
    return r.stdout


@contextmanager
def virtuoso_server(tmp_path: Path) -> Iterator[SparqlServer]:
    """Our own ``virtuoso-t +foreground`` with its database in ``tmp_path``: /sparql and /sparql-graph-crud.

    The packaged ini is rewritten: database files in the temp folder, both ports on
    127.0.0.1, ``ResultSetMaxRows`` raised from 10000 (Virtuoso truncates SELECT and
    CONSTRUCT results there with status 200, only an ``X-SPARQL-MaxRows`` header tells),
    ``MaxQueryCostEstimationTime`` off (with the packaged 400, an INSERT DATA of 2000
    triples already fails: "generated SQL text has exceeded 10000 lines"; with 0 one
    INSERT DATA block takes up to ~4990 triples), ``MaxQueryExecutionTime`` off (when it
    fires Virtuoso may return partial "anytime" results; the caller's HTTP timeout is the
    safer limit), and no VAD package (the Conductor web UI) is installed into the fresh
    database. After start, anonymous HTTP users (SQL user "SPARQL") get SPARQL_UPDATE,
    so /sparql takes updates and /sparql-graph-crud takes writes without auth.
    """
    install = virtuoso_available()
    if install is None:
        raise RuntimeError("virtuoso-opensource not installed (apt-get install virtuoso-opensource)")
    root = Path(tmp_path) / "virtuoso"
    db = root / "db"
    db.mkdir(parents=True, exist_ok=True)
    (root / "vad").mkdir(exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = root / "virtuoso.ini"
    ini.write_text(_rewrite_ini(install.ini.read_text(encoding="utf-8"), {
        "Database": {"DatabaseFile": f"{db}/virtuoso.db", "ErrorLogFile": f"{db}/virtuoso.log",
                     "LockFile": f"{db}/virtuoso.lck", "TransactionFile": f"{db}/virtuoso.trx",
                     "xa_persistent_file": f"{db}/virtuoso.pxa"},
        "TempDatabase": {"DatabaseFile": f"{db}/virtuoso-temp.db",
                         "TransactionFile": f"{db}/virtuoso-temp.trx"},
        "Parameters": {"ServerPort": f"127.0.0.1:{sql_port}", "DirsAllowed": f"., {root}",
                       "VADInstallDir": f"{root / 'vad'}/"},  # empty: no Conductor install, starts ~1.5 s sooner
        "HTTPServer": {"ServerPort": f"127.0.0.1:{http_port}"},
        "URIQA": {"DefaultHost": f"127.0.0.1:{http_port}"},
        "SPARQL": {"ResultSetMaxRows": "1000000", "MaxQueryExecutionTime": "0",
                   "MaxQueryCostEstimationTime": "0"},
    }), encoding="utf-8")
    log = root / "server.log"
    proc = _start([str(install.server), "+foreground", "+configfile", str(ini)], log, root)
    try:
        base = f"http://127.0.0.1:{http_port}"
        ask = urllib.parse.urlencode({"query": "ASK {}"})
        _wait_until_answers(f"{base}/sparql?{ask}", proc, VIRTUOSO_START_DEADLINE, log, "virtuoso")
        isql(install, sql_port, 'GRANT SPARQL_UPDATE TO "SPARQL";')
        yield SparqlServer("virtuoso", f"{base}/sparql", f"{base}/sparql", f"{base}/sparql-graph-crud", log,
                           isql_port=sql_port)
    finally:
        _stop(proc, grace_s=30.0)
