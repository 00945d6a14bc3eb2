#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it: lint, types, unit, integration and
# end-to-end tests against a real single-node Kafka started here (and stopped again if this
# script started it).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_DIR"
export KAFKA_PORT="${KAFKA_PORT:-9092}"
export KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

bash scripts/bootstrap.sh
bash scripts/install_ops_tools.sh

started_here=0
if ! bash deploy/local/kafka.sh status >/dev/null 2>&1; then
    started_here=1
fi
bash deploy/local/kafka.sh start
cleanup() {
    if [[ "$started_here" -eq 1 ]]; then
        bash deploy/local/kafka.sh stop || true
    fi
}
trap cleanup EXIT

echo "== ruff"
.venv/bin/ruff check worker tests scripts bench
.venv/bin/ruff format --check worker tests scripts bench
echo "== mypy --strict"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest tests "$@"
