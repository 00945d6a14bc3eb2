"""The README's configuration table, generated from the settings model (kept in sync by a test).

python -m worker.settings_doc      # prints the table
"""

from __future__ import annotations

from worker.config import WorkerSettings

HEADER = "| flag | environment | default | meaning |\n|---|---|---|---|\n"


def _default(name: str) -> str:
    info = WorkerSettings.model_fields[name]
    if info.default_factory is not None:
        return "(host name)"
    value = info.default
    if isinstance(value, tuple):
        return ",".join(value) or "(all packaged)"
    return "(unset)" if value is None else str(value)


def settings_table() -> str:
    rows = [
        f"| `--{name.replace('_', '-')}` | `WORKER_{name.upper()}` | `{_default(name)}` "
        f"| {info.description or ''} |"
        for name, info in WorkerSettings.model_fields.items()
    ]
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(settings_table(), end="")
