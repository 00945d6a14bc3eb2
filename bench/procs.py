"""Processes: worker subprocesses (always killed on exit), and /proc readings (CPU, memory)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import worker
from bench.messages import REPO

# Worker subprocesses run the same `worker` package as this process's offline phase: the
# repository's, or the mypyc build's when the bench is started from `.native/` (README).
WORKER_CODE_DIR = Path(worker.__file__).resolve().parent.parent

LOG_DIR = REPO / ".run" / "bench-logs"
_CLK_TCK = os.sysconf("SC_CLK_TCK")
_LIVE: dict[int, subprocess.Popen[bytes]] = {}


class BenchError(RuntimeError):
    """A phase could not be measured; the message says what and where to look."""


# -- /proc -------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of the process (all its threads), in seconds; None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    # After "pid (comm) ": index 0 is field 3 (state); utime is field 14, stime field 15.
    return (int(fields[11]) + int(fields[12])) / _CLK_TCK


def status_kib(pid: int, key: str) -> int | None:
    """A ``kB`` line of /proc/<pid>/status (VmRSS, VmHWM), in KiB."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return None


def machine_busy_seconds() -> float:
    """CPU seconds all cores spent busy since boot (/proc/stat: all but idle and iowait)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is already in user).
    return (sum(fields[:8]) - fields[3] - fields[4]) / _CLK_TCK


@dataclass
class CpuSampler:
    """CPU share of named processes over an interval, in % of one core.

    Also ``machine`` (all cores busy, up to nproc x 100) and ``other`` (machine minus the
    named processes: everything else on this shared host).
    """

    pids: dict[str, int]
    _start: dict[str, float | None] = field(default_factory=dict)
    _started_at: float = 0.0

    def start(self) -> None:
        self._started_at = time.monotonic()
        self._start = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        self._start["machine"] = machine_busy_seconds()

    def stop(self) -> dict[str, float | None]:
        wall = time.monotonic() - self._started_at
        now = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        now["machine"] = machine_busy_seconds()
        shares: dict[str, float | None] = {}
        for name, after in now.items():
            before = self._start.get(name)
            if before is None or after is None or wall <= 0:
                shares[name] = None
            else:
                shares[name] = round(100.0 * (after - before) / wall, 1)
        machine = shares["machine"]
        named = [v for k, v in shares.items() if k != "machine" and v is not None]
        shares["other"] = None if machine is None else round(machine - sum(named), 1)
        return shares


def broker_pid(bootstrap: str) -> int | None:
    """The local broker's JVM: .run/kafka-<port>/kafka.pid, else `kafka.sh status`."""
    port = bootstrap.split(",", maxsplit=1)[0].rpartition(":")[2]
    pid_file = REPO / ".run" / f"kafka-{port}" / "kafka.pid"
    try:
        pid = int(pid_file.read_text().strip())
        if Path(f"/proc/{pid}").exists():
            return pid
    except (OSError, ValueError):
        pass
    status = broker_status(port)
    if "pid " in status:
        try:
            return int(status.split("pid ", 1)[1].split(",")[0].split()[0])
        except ValueError:
            return None
    return None


def command_output(command: list[str], env: dict[str, str] | None = None) -> str:
    """What a short command printed, run from the repository ("" when it could not run)."""
    try:
        done = subprocess.run(  # noqa: S603
            command,
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def broker_status(port: str) -> str:
    """One line of `deploy/local/kafka.sh status` (empty when it cannot say)."""
    script = str(REPO / "deploy" / "local" / "kafka.sh")
    return command_output(["bash", script, "status"], env={**os.environ, "KAFKA_PORT": port})


# -- worker subprocesses ------------------------------------------------------------------


def kill_all() -> None:
    """Stop every child still running: SIGTERM, then SIGKILL after a grace period."""
    for process in list(_LIVE.values()):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for pid, process in list(_LIVE.items()):
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        _LIVE.pop(pid, None)


@dataclass
class WorkerProcess:
    """``python -m worker run`` on the given topics, its log in .run/bench-logs/."""

    name: str
    bootstrap: str
    input_topic: str
    output_topic: str
    dlq_topic: str
    group: str
    guarantee: str = "at_least_once"
    extra_env: dict[str, str] = field(default_factory=dict)
    prefix: list[str] = field(default_factory=list)  # e.g. ["-m", "cProfile", "-o", FILE]
    process: subprocess.Popen[bytes] | None = None
    log_path: Path = field(default_factory=Path)
    _port: int | None = None

    def start(self) -> None:
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.log_path = LOG_DIR / f"{stamp}-{self.name}-{uuid.uuid4().hex[:6]}.log"
        env = {
            **os.environ,
            "WORKER_BOOTSTRAP_SERVERS": self.bootstrap,
            "WORKER_INPUT_TOPIC": self.input_topic,
            "WORKER_OUTPUT_TOPIC": self.output_topic,
            "WORKER_DLQ_TOPIC": self.dlq_topic,
            "WORKER_GROUP_ID": self.group,
            "WORKER_GUARANTEE": self.guarantee,
            "WORKER_INSTANCE_ID": f"bench-{self.name}-{uuid.uuid4().hex[:8]}",
            "WORKER_METRICS_HOST": "127.0.0.1",
            "WORKER_METRICS_PORT": "0",
            "WORKER_LOG_FORMAT": "json",
            "WORKER_LOG_LEVEL": "INFO",
            **self.extra_env,
        }
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603
                [sys.executable, *self.prefix, "-m", "worker", "run"],
                cwd=WORKER_CODE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _LIVE[self.process.pid] = self.process

    @property
    def pid(self) -> int:
        if self.process is None:
            raise BenchError(f"worker {self.name} was not started")
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def check_alive(self) -> None:
        if not self.alive():
            code = None if self.process is None else self.process.returncode
            raise BenchError(
                f"worker {self.name} exited early (code {code}); log: {self.log_path}\n"
                + self.log_tail()
            )

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def _log_events(self) -> list[dict[str, object]]:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        events: list[dict[str, object]] = []
        for line in text.splitlines():
            if line.startswith("{"):
                try:
                    events.append(json.loads(line))
                except ValueError:
                    continue
        return events

    def metrics_port(self) -> int | None:
        if self._port is None:
            for event in self._log_events():
                if event.get("event") == "worker starting":
                    url = str(event.get("metrics_url", ""))
                    self._port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
                    break
        return self._port

    def ready(self) -> bool:
        """``/readyz`` answers 200: connected and at least one partition assigned."""
        port = self.metrics_port()
        if port is None:
            return False
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as reply:
                return int(reply.status) == 200
        except (urllib.error.URLError, OSError):
            return False

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.check_alive()
            if self.ready():
                return
            time.sleep(0.1)
        raise BenchError(
            f"worker {self.name} not ready within {timeout_s:.0f}s; log: {self.log_path}\n"
            + self.log_tail()
        )

    def peak_rss_kib(self) -> int | None:
        return None if self.process is None else status_kib(self.process.pid, "VmHWM")

    def rss_kib(self) -> int | None:
        return None if self.process is None else status_kib(self.process.pid, "VmRSS")

    def stop(self, timeout_s: float = 60.0) -> dict[str, object]:
        """SIGTERM (clean stop), SIGKILL after ``timeout_s``; the worker's summary line."""
        if self.process is None:
            return {}
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        _LIVE.pop(self.process.pid, None)
        for event in reversed(self._log_events()):
            if event.get("event") == "worker stopped":
                return event
        return {}
