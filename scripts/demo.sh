#!/usr/bin/env bash
# `make demo`: local Kafka, the worker, and a producer of the team's sample articles whose
# events are printed as they arrive. Ctrl-C stops everything cleanly (worker first, so it
# commits; then the broker, if this script started it). DEMO_DURATION=N stops after N seconds.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_DIR"
export KAFKA_PORT="${KAFKA_PORT:-9092}"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
METRICS_PORT="${DEMO_METRICS_PORT:-9108}"
DURATION="${DEMO_DURATION:-0}"
RUN_DIR="$REPO_DIR/.run"
mkdir -p "$RUN_DIR"

bash scripts/bootstrap.sh
started_kafka=0
bash deploy/local/kafka.sh status >/dev/null 2>&1 || started_kafka=1
bash deploy/local/kafka.sh start

http_get() {
    .venv/bin/python -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())' \
        "http://127.0.0.1:$METRICS_PORT$1"
}

worker_pid=""
cleanup() {
    trap - INT TERM EXIT
    if [[ -n "$worker_pid" ]] && kill -0 "$worker_pid" 2>/dev/null; then
        echo "demo: stopping the worker (SIGTERM: finish batch, commit, close)"
        kill -TERM "$worker_pid" 2>/dev/null || true
        wait "$worker_pid" 2>/dev/null || true
        tail -n 1 "$RUN_DIR/demo-worker.log" || true
    fi
    if [[ "$started_kafka" -eq 1 ]]; then
        bash deploy/local/kafka.sh stop || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

WORKER_LOG_FORMAT=json .venv/bin/event-worker run \
    --bootstrap-servers "$BOOTSTRAP" --group-id event-worker-demo \
    --metrics-host 127.0.0.1 --metrics-port "$METRICS_PORT" \
    >"$RUN_DIR/demo-worker.log" 2>&1 &
worker_pid=$!

ready=0
for _ in $(seq 1 120); do
    if http_get "/readyz" >/dev/null 2>&1; then ready=1; break; fi
    kill -0 "$worker_pid" 2>/dev/null || { cat "$RUN_DIR/demo-worker.log"; exit 1; }
    sleep 0.5
done
if [[ "$ready" -ne 1 ]]; then
    echo "demo: the worker did not become ready within 60 s; its log:" >&2
    tail -n 20 "$RUN_DIR/demo-worker.log" >&2
    exit 1
fi
echo "demo: worker ready; metrics at http://127.0.0.1:$METRICS_PORT/metrics (log: .run/demo-worker.log)"
echo "demo: sending samples/articles.jsonl; Ctrl-C to stop"
.venv/bin/python scripts/demo.py --bootstrap-servers "$BOOTSTRAP" --duration "$DURATION"
echo "demo: metrics now:"
http_get "/metrics" | grep -E '^event_worker_(articles|events|dead_letters)_total' | grep -v ' 0\.0$' || true
