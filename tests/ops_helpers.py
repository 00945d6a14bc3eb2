"""Helpers of the ops checks: repository paths, external tools, YAML, PromQL metric names."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
RULES_DIR = DEPLOY / "prometheus" / "rules"
PROMETHEUS_CONFIG = DEPLOY / "prometheus" / "prometheus.yml"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "event-worker.json"
K8S = DEPLOY / "k8s"

INSTALL_HINT = "run `bash scripts/install_ops_tools.sh` (make test does)"


def tool(name: str) -> str:
    """Path of a command-line tool; fails (never skips) when it is missing."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; {INSTALL_HINT}")
    return path


def run(args: Sequence[str], cwd: Path = REPO, timeout: float = 120) -> str:
    """Run a command; fail the test with its output when it exits non-zero."""
    done = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        pytest.fail(
            f"{' '.join(args)} exited {done.returncode}\n{done.stdout[-4000:]}{done.stderr[-4000:]}"
        )
    return done.stdout


def kustomize_build(directory: Path) -> list[dict[str, Any]]:
    """Render a kustomization with kubectl's built-in kustomize, or kustomize itself."""
    if shutil.which("kubectl"):
        out = run(["kubectl", "kustomize", str(directory)])
    else:
        out = run([tool("kustomize"), "build", str(directory)])
    return [doc for doc in yaml.safe_load_all(out) if doc]


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def rule_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.yml"))


def rules() -> list[dict[str, Any]]:
    """Every rule (recording and alerting) of every rule file."""
    found: list[dict[str, Any]] = []
    for path in rule_files():
        for group in load_yaml(path)["groups"]:
            found.extend(group["rules"])
    return found


# -- metric names in PromQL -----------------------------------------------------------------

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_TEMPLATE_VARS = re.compile(r"\$\{[^}]*\}|\$\w+")
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_OFFSETS = re.compile(r"\boffset\s+-?\w+")
_IDENTIFIER = re.compile(r"(?<![\w.:])([A-Za-z_:][A-Za-z0-9_:]*)(?![\w:])(?!\s*\()")
_KEYWORDS = frozenset(
    {"by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool"}
    | {"and", "or", "unless", "inf", "nan", "Inf", "NaN"}
)


def metric_names(expr: str) -> set[str]:
    """Metric (and recorded series) names an expression reads: identifiers that are not
    functions, keywords, label names, label values, durations or template variables."""
    text = _STRINGS.sub(" ", expr)
    for pattern in (_TEMPLATE_VARS, _MATCHERS, _RANGES, _GROUPING, _OFFSETS):
        text = pattern.sub(" ", text)
    return {name for name in _IDENTIFIER.findall(text) if name not in _KEYWORDS}


def exported_names(exposition: str) -> set[str]:
    """Series names a scrape of this exposition can hold, from its `# TYPE` lines."""
    names: set[str] = set()
    for line in exposition.splitlines():
        if not line.startswith("# TYPE "):
            continue
        _, _, name, kind = line.split(" ", 3)
        if kind == "counter":
            names.add(name if name.endswith("_total") else f"{name}_total")
        elif kind == "histogram":
            names.update(f"{name}{suffix}" for suffix in ("_bucket", "_count", "_sum"))
        else:
            names.add(name)
    return names


def names_in(exprs: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for expr in exprs:
        found |= metric_names(expr)
    return found
