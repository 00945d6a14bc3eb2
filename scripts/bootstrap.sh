#!/usr/bin/env bash
# Prepares a fresh machine for the worker: Python venv with the project and its dev tools.
# Idempotent and quick when nothing changed (the install is skipped while pyproject.toml is
# older than the venv's stamp). Java and Maven for the local broker are installed by
# deploy/local/kafka.sh itself.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="${VENV:-$REPO_DIR/.venv}"
PYTHON="${PYTHON:-python3}"
STAMP="$VENV/.installed"

log() { printf 'bootstrap: %s\n' "$*"; }

apt_install() {
    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        printf 'bootstrap: error: missing %s; install it and retry\n' "$*" >&2
        exit 1
    fi
    log "installing $* with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v "$PYTHON" >/dev/null 2>&1 || apt_install python3 python3-venv python3-pip
"$PYTHON" - <<'PY' || { printf 'bootstrap: error: Python 3.11+ is required\n' >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV" 2>/dev/null || { apt_install python3-venv; "$PYTHON" -m venv "$VENV"; }
fi
if [[ ! -f "$STAMP" || "$REPO_DIR/pyproject.toml" -nt "$STAMP" ]]; then
    log "installing the project and its dev tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$REPO_DIR[dev]"
    touch "$STAMP"
fi
