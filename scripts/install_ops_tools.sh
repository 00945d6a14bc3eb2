#!/usr/bin/env bash
# Tools of the ops checks (tests/unit/test_ops_*.py, tests/integration/test_prometheus_scrape.py):
# promtool and prometheus (Debian's prometheus), docker-compose (Debian's, to validate
# docker-compose.yml without a Docker engine) and kustomize (kubectl's built-in one, else the
# kustomize module from the Go module proxy). The Python validators (kubernetes-validate,
# jsonschema, PyYAML) are dev dependencies in pyproject.toml, installed by bootstrap.sh.
# Idempotent: installs only what is missing. The Debian package may try to start a prometheus
# service; nothing here depends on it (the tests run their own on a free loopback port).
set -euo pipefail

KUSTOMIZE_VERSION="${KUSTOMIZE_VERSION:-v5.5.0}"

log() { printf 'install_ops_tools: %s\n' "$*"; }

missing=()
command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)

if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        printf 'install_ops_tools: error: missing %s; install them (Debian packages) and retry\n' \
            "${missing[*]}" >&2
        exit 1
    fi
    log "installing ${missing[*]} with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v kubectl >/dev/null 2>&1 && ! command -v kustomize >/dev/null 2>&1; then
    if ! command -v go >/dev/null 2>&1; then
        printf 'install_ops_tools: error: neither kubectl nor kustomize, and no Go to build kustomize\n' >&2
        exit 1
    fi
    log "installing kustomize $KUSTOMIZE_VERSION with go install"
    GOBIN=/usr/local/bin go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION"
fi
