#!/usr/bin/env bash
# Opt-in: the extraction engine compiled to C extension modules by mypyc (1.4-1.6x the
# articles/s of the same code run by the interpreter, identical output). The compiled copy
# goes to .native/, never into worker/, so that an edited .py is not shadowed by a stale
# extension module. Run from inside .native/ (the current directory comes first on the path,
# so that its worker/ is the one imported), the repository root after it:
#
#   bash scripts/build_native.sh
#   cd .native && PYTHONPATH=.:.. ../.venv/bin/python -m bench.extraction
#
# Compiled: the per-article modules. Left to the interpreter: extractor.py (the benchmark
# wraps its stage functions), start-up code (lexicon loading, compiled.py, gazetteers), the
# rest of the worker. Numbers and dates are called natively from compiled modules, so the
# benchmark's stage split counts them under arguments.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PYTHON="${PYTHON:-$REPO_DIR/.venv/bin/python}"
OUT="$REPO_DIR/.native"
MODULES=(matcher context arguments assembly items numbers dates mentions text construct)

rm -rf "$OUT"
mkdir -p "$OUT"
cp -R "$REPO_DIR/worker" "$OUT/worker"
find "$OUT" -name __pycache__ -prune -exec rm -rf {} +
cd "$OUT"
# mypyc type-checks before compiling; its own settings here, because setuptools (which builds
# the extensions) would read the project's pyproject.toml and may be too old for its license
# field.
cat > mypy.ini <<'INI'
[mypy]
python_version = 3.11
[mypy-kafka.*,kafka,ahocorasick,py3langid,py3langid.*,pycountry,babel,babel.*]
ignore_missing_imports = True
INI
SOURCES=()
for module in "${MODULES[@]}"; do
    SOURCES+=("worker/extraction/$module.py")
done
"$PYTHON" -m mypyc "${SOURCES[@]}" >build.log 2>&1 || {
    cat build.log
    exit 1
}
rm -rf build mypy.ini .mypy_cache build.log
echo "compiled into $OUT: ${MODULES[*]}"
