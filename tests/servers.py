"""Real SPARQL servers for tests and benchmarks: Oxigraph server and Virtuoso.

Each starts on 127.0.0.1 on a free port with its own data folder, is waited for until it
answers, and is stopped by its process id.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO_PASSWORD = "graphkit-test"  # a fresh database's dba/dba is changed to this
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    name: str
    process: subprocess.Popen
    base: str  # http://127.0.0.1:PORT
    store_url: str  # Graph Store Protocol
    query_url: str  # SPARQL 1.1 Protocol
    user: str | None = None
    password: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """SIGTERM by pid, then SIGKILL if it has not gone after 20 seconds."""
        if self.process.poll() is not None:
            return
        os.kill(self.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(self.pid, signal.SIGKILL)
            self.process.wait(timeout=20)


def _wait_until_up(server: RunningServer, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    url = server.query_url + "?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited at start: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError as err:
            err.close()  # not up yet; the error response holds a connection until closed
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"{server.name} did not answer within {STARTUP_SECONDS} s")


def oxigraph_binary() -> str | None:
    """`pip install oxigraph` puts the server beside this Python, on PATH or not."""
    beside = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)


def start_oxigraph(folder: Path, read_only: bool = False) -> RunningServer:
    """`oxigraph serve` (or serve-read-only) on a free port; queries see the union graph."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [
        oxigraph_binary(),
        "serve-read-only" if read_only else "serve",
        "--location",
        str(folder / "data"),
        "--bind",
        f"127.0.0.1:{port}",
    ]
    if not read_only:
        command.append("--union-default-graph")
    log = folder / "oxigraph.log"
    with open(log, "wb") as output:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    base = f"http://127.0.0.1:{port}"
    server = RunningServer("oxigraph", process, base, base + "/store", base + "/query")
    _wait_until_up(server, log)
    return server


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
AllowOSCalls = 0
DirsAllowed = ., {dir}, {dir}/import, /usr/share/virtuoso-opensource-7/vad
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 1G

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads = 5
EnabledDavVSP = 0
HTTPProxyEnabled = 0
Charset = UTF-8

[SPARQL]
; The default, 10000, silently truncates larger results.
ResultSetMaxRows = {max_rows}
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 300
"""


def start_virtuoso(folder: Path, max_rows: int = 10_000_000) -> RunningServer:
    """virtuoso-t in the foreground with a config on 127.0.0.1; dba's password is changed.
    `max_rows` is the most rows it sends an answer (its ResultSetMaxRows)."""
    folder = Path(folder)
    restart = (folder / "virtuoso.db").exists()  # a database made before: dba's password is set
    (folder / "import").mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port, max_rows=max_rows)
    )
    log = folder / "virtuoso.out"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [virtuoso_binary(), "+foreground", "+configfile", str(ini)],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=folder,
        )
    base = f"http://127.0.0.1:{http_port}"
    server = RunningServer(
        "virtuoso",
        process,
        base,
        base + "/sparql-graph-crud-auth",
        base + "/sparql",
        user="dba",
        password=VIRTUOSO_PASSWORD,
        extra={"sql_port": sql_port, "log": folder / "virtuoso.log"},
    )
    _wait_until_up(server, log)
    if not restart:
        isql(server, f"user_set_password('dba', '{VIRTUOSO_PASSWORD}');", password="dba")
    return server


def isql(server: RunningServer, statement: str, password: str | None = None) -> str:
    """Run one SQL statement through isql-vt on the server's SQL port."""
    result = subprocess.run(
        [
            "isql-vt",
            f"127.0.0.1:{server.extra['sql_port']}",
            "dba",
            password or server.password,
            f"exec={statement}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0 or "*** Error" in result.stdout + result.stderr:
        raise RuntimeError(f"isql {statement!r}: {result.stdout}{result.stderr}")
    return result.stdout


def checkpoint(server: RunningServer) -> None:
    """Virtuoso keeps loaded data only in its log until a checkpoint."""
    isql(server, "checkpoint;")


def answer_mismatch(server: RunningServer, args: list, local: str, remote: str) -> str:
    """What a failed comparison of a remote answer with the local one needs to be understood:
    both answers, the same request made again, and the end of the server's own log."""
    from support import invoke  # noqa: PLC0415 - only on a failure

    again = invoke("query", *args, "--endpoint", server.query_url, "--format", "csv").stdout
    verdict = "the same" if again == remote else "as locally" if again == local else "another"
    log = server.extra.get("log")
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else "(no log)"
    return (
        f"{server.name} answered {args} otherwise than the file.\nlocal: {local[:1500]!r}\n"
        f"remote: {remote[:1500]!r}\nasked again: {verdict}: {again[:500]!r}\nlog: {tail}"
    )
