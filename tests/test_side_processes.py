"""The build's work in other processes: the graph's text made in a forked child, Turtle and
JSON-LD written by children of their own, the page's layout simulated by a child. Same bytes
either way, errors that surface, and no child that outlives what it works for or runs its
parent's exit work."""

import base64
import gzip
import hashlib
import itertools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from functools import partial
from pathlib import Path

import pyoxigraph as ox
import pytest
from support import MINI, copy_project

import graphkit.rdf.forked as forked
from graphkit import lifetime
from graphkit.build.outputs import OUTPUT_FILES, write_outputs
from graphkit.build.pipeline import build
from graphkit.config import load_config
from graphkit.exc import InputError
from graphkit.lifetime import BACKGROUND_NICENESS, lower_thread_priority
from graphkit.rdf.built import TURTLE_PREFIXES
from graphkit.rdf.forked import ChildEnded, ForkedCall
from graphkit.rdf.serializers import SerializerProcess, serialize
from graphkit.viz.simulate import simulate, start_simulation
from graphkit.viz.sparql import sparql_addon


def _answer_with_pid():
    return {"pid": os.getpid(), "text": "ünïcode \u2028 line", "child": forked.in_forked_child()}


def test_a_forked_call_answers_from_another_process(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: True)  # threads other tests left or not
    call = ForkedCall(_answer_with_pid)
    answer = call.result()
    assert answer["text"] == "ünïcode \u2028 line"
    assert answer["pid"] != os.getpid()
    assert answer["child"] is True and forked.in_forked_child() is False
    assert call.result() == answer  # asked again: the same answer, no second wait


def test_with_other_threads_running_the_call_runs_here():
    # A lock another thread holds at a fork would stay held in the child: no fork then.
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        answer = ForkedCall(_answer_with_pid).result()
        assert answer["pid"] == os.getpid()
        assert answer["child"] is False  # so it must not, say, lower its thread's priority
    finally:
        release.set()
        other.join()


def _fails():
    raise ValueError("no such relation: 'sells'")


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "here"])
def test_an_error_in_the_call_is_raised_to_the_caller(fork, monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: fork)
    call = ForkedCall(_fails)
    with pytest.raises(Exception, match="no such relation: 'sells'"):
        call.result()


def test_a_childs_error_is_raised_anew_each_time_it_is_asked_for(monkeypatch):
    """An error kept and raised again would keep the frames it went through alive with the
    call, and with them whatever the caller held (a failed build, its folder)."""
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    call = ForkedCall(_fails)
    raised = []
    for _ in range(2):
        with pytest.raises(RuntimeError, match="no such relation") as caught:
            call.result()
        raised.append(caught.value)
    assert raised[0] is not raised[1]


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_child_killed_before_it_answers_says_so(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    with pytest.raises(ChildEnded, match="was killed by SIGKILL without an answer"):
        ForkedCall(_killed).result()


def _tells_then_waits(go: Path, tell) -> str:
    tell({"union": "written"})
    deadline = time.monotonic() + 20
    while not go.exists():  # the parent answers the note: it must have had it by now
        if time.monotonic() > deadline:
            return "the note never reached the parent"
        time.sleep(0.01)
    tell("second")
    return "done"


def test_a_note_reaches_the_caller_while_the_child_still_works(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    call = ForkedCall(partial(_tells_then_waits, tmp_path / "go"), notes=True)
    assert call.next_note() == {"union": "written"}
    (tmp_path / "go").touch()
    assert call.result() == "done"  # the second note, not taken, is passed over
    assert call.next_note() is None


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "here"])
def test_a_note_cannot_be_none_which_says_the_call_has_ended(fork, monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: fork)
    call = ForkedCall(lambda tell: tell(None), notes=True)
    assert call.next_note() is None
    with pytest.raises(Exception, match="a note cannot be None"):
        call.result()


def test_notes_of_a_call_run_here_come_in_order(tmp_path):
    (tmp_path / "go").touch()
    release = threading.Event()
    other = threading.Thread(target=release.wait)  # another thread: no fork
    other.start()
    try:
        call = ForkedCall(partial(_tells_then_waits, tmp_path / "go"), notes=True)
        assert [call.next_note(), call.next_note(), call.next_note()] == [
            {"union": "written"},
            "second",
            None,
        ]
        assert call.result() == "done"
    finally:
        release.set()
        other.join()


def test_the_child_leaves_without_its_parents_exit_work(tmp_path):
    # The build's private folder is removed by a finalizer when its object goes, and at exit:
    # a child that ran it would delete the files the parent is still writing.
    folder = Path(tempfile.mkdtemp(dir=tmp_path))

    class Owner:
        pass

    owner = Owner()
    weakref.finalize(owner, shutil.rmtree, folder, True)
    assert ForkedCall(lambda: (folder / "made").write_text("x") and None).result() is None
    assert (folder / "made").read_text() == "x"
    del owner


def _outputs(config: Path, out: Path) -> dict[str, bytes]:
    write_outputs(build(load_config(config)), out)
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def test_the_text_made_here_or_in_a_forked_child_gives_the_same_outputs(tmp_path, monkeypatch):
    config = copy_project(MINI, tmp_path / "project") / "graphkit.toml"
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    in_child = _outputs(config, tmp_path / "forked")
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    here = _outputs(config, tmp_path / "here")
    assert here == in_child
    assert in_child["graph.ttl"].startswith(b"@prefix")


def _union(tmp_path: Path) -> Path:
    union = tmp_path / "union.nt"
    union.write_text(
        '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A \\"q\\"" .\n',
        encoding="utf-8",
    )
    return union


def test_a_serializer_writes_its_file(tmp_path):
    written = SerializerProcess(_union(tmp_path), tmp_path, "graph.ttl", TURTLE_PREFIXES).wait()
    assert written == tmp_path / "graph.ttl"
    assert 'rdfs:label "A \\"q\\""' in written.read_text(encoding="utf-8")


def test_a_writer_that_cannot_splice_is_followed_by_one_writing_the_file_whole(tmp_path):
    """Given a previous file that is not the one recorded, the child writes nothing and ends;
    once the union is ready, another writes the file whole."""
    union = _union(tmp_path)
    previous = tmp_path / "previous.ttl"
    previous.write_bytes(b"@prefix ent: <https://w3id.org/techgov/id/> .\nent:x a ent:Y .\n")
    subjects, lines = tmp_path / "subjects.txt", tmp_path / "subjects.nt"
    subjects.write_text("<https://example.org/a>\n", encoding="utf-8")
    lines.write_bytes(union.read_bytes())
    asked = []
    (tmp_path / "out").mkdir()
    writer = SerializerProcess(
        union,
        tmp_path / "out",
        "graph.ttl",
        TURTLE_PREFIXES,
        splice=(previous, "0" * 64, subjects, lines),
        union_ready=lambda: asked.append("union"),
    )
    text = b"".join(writer.chunks())
    assert asked == ["union"] and writer.how == "whole"
    assert text == (tmp_path / "out" / "graph.ttl").read_bytes()
    assert b'rdfs:label "A \\"q\\""' in text


def test_a_held_splicing_writer_reads_ahead_and_splices_only_when_told(tmp_path):
    """A rebuild's writer starts before the changes are known: it waits, having written
    nothing, for the word that they are on disk, then splices them into the previous file."""
    before, after = tmp_path / "before.nt", _union(tmp_path)
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    before.write_text(f'<https://example.org/a> {label} "old" .\n', encoding="utf-8")
    previous = tmp_path / "previous.ttl"
    serialize(before, previous, ox.RdfFormat.TURTLE, TURTLE_PREFIXES)
    digest = hashlib.sha256(previous.read_bytes()).hexdigest()
    subjects, lines = tmp_path / "subjects.txt", tmp_path / "subjects.nt"
    (tmp_path / "out").mkdir()
    writer = SerializerProcess(
        after,
        tmp_path / "out",
        "graph.ttl",
        TURTLE_PREFIXES,
        splice=(previous, digest, subjects, lines),
        held=True,
    )
    try:
        time.sleep(1.0)  # long enough to have read the previous file and got to the wait
        assert writer._child.poll() is None
        assert not (tmp_path / "out" / "graph.ttl").exists()
        subjects.write_text("<https://example.org/a>\n", encoding="utf-8")
        lines.write_bytes(after.read_bytes())  # the changes, on disk only now
        writer.go()
        written = writer.wait()
    finally:
        writer.stop()
    whole = tmp_path / "whole.ttl"
    serialize(after, whole, ox.RdfFormat.TURTLE, TURTLE_PREFIXES)
    assert writer.how == "spliced"
    assert written.read_bytes() == whole.read_bytes()


def test_a_held_writer_that_died_is_told_to_go_and_stopped_quietly(tmp_path):
    """A held writer killed meanwhile (a Ctrl-C reaches the whole process group) is still
    told to go and stopped: no broken pipe raised, every pipe to it closed."""
    union = _union(tmp_path)
    splice = (tmp_path / "previous.ttl", "0" * 64, tmp_path / "s.txt", tmp_path / "s.nt")
    writer = SerializerProcess(
        union, tmp_path, "graph.ttl", TURTLE_PREFIXES, splice=splice, held=True
    )
    writer._child.kill()
    writer._child.wait()
    writer.go()
    writer.stop()
    child = writer._child
    assert child.stdin.closed and child.stdout.closed and child.stderr.closed


def _serializer_children() -> list[int]:
    """This process's children that write Turtle or JSON-LD (serializers.py), still running."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii").split(")")[-1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z" and b"rdf.serializers" in command:
            found.append(int(stat.parent.name))
    return found


def test_a_rebuild_whose_model_cannot_be_made_leaves_no_writer_waiting(tmp_path):
    """The writers a rebuild starts ahead are stopped when the build stops before its model is
    made (here a strict build meeting a fact it must refuse)."""
    project = copy_project(MINI, tmp_path / "project")
    out = tmp_path / "out"
    write_outputs(build(load_config(project / "graphkit.toml"), out=out), out)
    facts = project / "data" / "facts"
    (facts / "broken.yaml").write_text("- subject: nobody-at-all\n  relation: x\n")
    with pytest.raises(InputError) as stopped:
        build(load_config(project / "graphkit.toml"), out=out, strict=True)
    # Stopped at once, not when the build is collected: the error, kept by whoever reports
    # it, keeps the build's frames alive.
    assert stopped.traceback and _serializer_children() == []


def test_a_serializers_file_is_read_while_the_child_still_writes_it(tmp_path):
    """The page compresses graph.ttl as it is written: its first pieces come while the writer
    is still at work (its input, a pipe here, still open), and all of them make the file."""
    fifo = tmp_path / "union.nt"
    os.mkfifo(fifo)
    writer = SerializerProcess(fifo, tmp_path, "graph.ttl", TURTLE_PREFIXES)
    lines = [
        f'<https://example.org/s{i:05d}> <http://www.w3.org/2000/01/rdf-schema#label> "e {i}" .\n'
        for i in range(20000)
    ]
    with open(fifo, "w", encoding="utf-8") as feed:  # waits for the child to open it
        feed.write("".join(lines[:10000]))
        feed.flush()
        pieces = writer.chunks(size=4096)
        first = next(pieces)
        assert first.startswith(b"@prefix") and writer._child.poll() is None
        feed.write("".join(lines[10000:]))
    whole = first + b"".join(pieces)
    assert whole == (tmp_path / "graph.ttl").read_bytes()
    assert whole.count(b"rdfs:label") == 20000


def test_a_failing_serializer_fails_its_reader_too_with_the_childs_words(tmp_path):
    child = SerializerProcess(_union(tmp_path), tmp_path / "gone", "graph.ttl", TURTLE_PREFIXES)
    with pytest.raises(OSError, match=r"writing graph\.ttl failed \(exit 1\): .*\w"):
        b"".join(child.chunks())
    bad = tmp_path / "bad.nt"
    bad.write_text("<not an iri .\n", encoding="utf-8")
    child = SerializerProcess(bad, tmp_path, "graph.ttl", TURTLE_PREFIXES)
    with pytest.raises(OSError, match=r"failed \(exit 1\): .*[Pp]ars"):
        b"".join(child.chunks())
    with pytest.raises(OSError, match=r"[Pp]ars"):  # and again, as the build's writer asks
        child.wait()


def test_the_graph_compressed_in_pieces_is_the_graph_compressed_whole(tmp_path):
    data = _union(tmp_path).read_bytes() * 50
    cuts = [data[:7], data[7:1000], b"", data[1000:]]
    whole = sparql_addon(None, lambda: data).data["sparql-graph"].result()
    in_pieces = sparql_addon(None, lambda: iter(cuts)).data["sparql-graph"].result()
    assert in_pieces == whole
    packed = base64.b64decode(in_pieces)
    assert gzip.decompress(packed) == data  # what the page unpacks
    assert packed[3:8] == b"\x00\x00\x00\x00\x00"  # no name, no timestamp: stable bytes


def test_a_child_runs_this_graphkit_whatever_folder_it_is_started_from(tmp_path, monkeypatch):
    # Started from a folder holding another graphkit (a checkout of another version, say),
    # the child must still run the one its parent runs.
    decoy = tmp_path / "elsewhere" / "graphkit"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("raise ImportError('another graphkit')\n")
    monkeypatch.chdir(decoy.parent)
    written = SerializerProcess(_union(tmp_path), tmp_path, "graph.ttl", TURTLE_PREFIXES).wait()
    assert 'rdfs:label "A \\"q\\""' in written.read_text(encoding="utf-8")


def test_a_serializer_that_cannot_write_says_which_file_and_why(tmp_path):
    missing = tmp_path / "gone"  # no such folder: the child cannot create the file
    child = SerializerProcess(_union(tmp_path), missing, "graph.jsonld", TURTLE_PREFIXES)
    with pytest.raises(OSError, match=r"writing graph\.jsonld failed \(exit 1\): .+"):
        child.wait()


def test_a_serializer_stops_when_its_parent_goes(tmp_path):
    # A parent that dies (or lets go of the build) closes the child's standard input; the
    # child, stuck reading a pipe nothing will ever write to, must stop all the same.
    fifo = tmp_path / "never.nt"
    os.mkfifo(fifo)
    keep_open = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # so the child's open does not fail
    try:
        script = (
            "import sys, time\n"
            "from pathlib import Path\n"
            "from graphkit.rdf.serializers import SerializerProcess\n"
            f"s = SerializerProcess(Path({str(fifo)!r}), Path({str(tmp_path)!r}), 'graph.ttl', {{}})\n"
            "print(s._child.pid, flush=True)\n"
            "time.sleep(60)\n"
        )
        with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE) as parent:
            child = int(parent.stdout.readline())
            parent.kill()  # SIGKILL: no exit work, no finalizer runs
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.05)
        assert not _alive(child), "the serializer outlived its parent"
    finally:
        os.close(keep_open)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie has stopped
    except FileNotFoundError:
        return False


def _layout_problem(count: int) -> tuple[int, list[tuple[int, int]], list[float], int]:
    """A connected, uneven network of `count` entities (up to a thousand: refined, simulate.py)."""
    edges = [(i, (i * 7 + 3) % count) for i in range(count)] + [(i, i // 9) for i in range(count)]
    weights = [1.0 + (i % 5) / 2 for i in range(len(edges))]
    return count, edges, weights, 7


class _Ticker:
    """A thread noting the time every millisecond: its longest gap is how long it was held up."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick)
        self._thread.start()

    def _tick(self) -> None:
        while not self._stop.wait(0.001):
            self.times.append(time.perf_counter())

    def longest_gap_in(self, start: float, end: float) -> float:
        inside = [start] + [t for t in self.times if start < t < end] + [end]
        return max(b - a for a, b in itertools.pairwise(inside))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def test_a_large_layout_runs_in_a_child_while_other_threads_keep_working():
    problem = _layout_problem(900)
    # (a machine busy with other work may hold the ticker up on its own: up to three tries,
    # which a layout holding the interpreter's lock in the child would fail alike)
    for _ in range(3):
        ticker = _Ticker()  # another thread is running: the build's loader, say
        try:
            start = time.perf_counter()
            here = simulate(*problem)  # python-igraph holds the interpreter's lock throughout
            middle = time.perf_counter()
            beside = start_simulation(*problem)()
            end = time.perf_counter()
        finally:
            ticker.stop()
        assert beside == here  # the very same positions, not merely close ones
        held_here, held_beside = (
            ticker.longest_gap_in(start, middle),
            ticker.longest_gap_in(middle, end),
        )
        if held_beside < held_here / 3:
            break
    assert held_beside < held_here / 3, (held_here, held_beside)


def test_a_layout_whose_child_fails_is_computed_here(monkeypatch):
    problem = _layout_problem(600)
    failing = ([sys.executable, "-c", "import sys; sys.exit(3)"], dict(os.environ))
    monkeypatch.setattr(lifetime, "module_command", lambda module: failing)
    ticker = _Ticker()  # so that a child is tried
    try:
        assert start_simulation(*problem)() == simulate(*problem)
    finally:
        ticker.stop()


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread priorities are Linux's"
)


@linux_only
def test_a_thread_that_yields_lowers_its_own_priority_only():
    here = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = {}

    def background():
        lower_thread_priority()
        seen["thread"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    worker = threading.Thread(target=background)
    worker.start()
    worker.join()
    assert seen["thread"] == min(19, here + BACKGROUND_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == here


@linux_only
@pytest.mark.parametrize("background", [True, False], ids=["background", "foreground"])
def test_a_background_serializer_yields_the_cpu(tmp_path, background):
    fifo = tmp_path / "never.nt"  # the child waits on it, still running, while it is looked at
    os.mkfifo(fifo)
    keep_open = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    here = os.getpriority(os.PRIO_PROCESS, 0)
    wanted = min(19, here + BACKGROUND_NICENESS) if background else here
    try:
        writer = SerializerProcess(fifo, tmp_path, "graph.ttl", {}, background=background)
        pid = writer._child.pid
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and os.getpriority(os.PRIO_PROCESS, pid) != wanted:
            time.sleep(0.05)
        time.sleep(0.5)  # a foreground child that would lower itself has had time to
        assert os.getpriority(os.PRIO_PROCESS, pid) == wanted
        del writer  # its finalizer stops the child
    finally:
        os.close(keep_open)
