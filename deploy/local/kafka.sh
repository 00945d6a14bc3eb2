#!/usr/bin/env bash
# Local, Docker-free, single-node Apache Kafka (KRaft, combined
# broker+controller) for development and tests.
#
#   deploy/local/kafka.sh start|stop|status|logs [-f]|reset
#
# The broker runs from Apache Kafka's own jars, resolved from Maven Central
# with deploy/local/pom.xml and cached, so only the first start needs Maven
# and the network; later starts take a few seconds.
#
# Environment (all optional):
#   KAFKA_PORT               client port on 127.0.0.1 (default 9092)
#   KAFKA_CONTROLLER_PORT    KRaft controller port (default KAFKA_PORT+1)
#   KAFKA_VERSION            Kafka version (default: kafka.version in pom.xml)
#   KAFKA_RUN_DIR            state dir (default <repo>/.run/kafka-$KAFKA_PORT)
#   EVENT_WORKER_CACHE       jar cache root (default ~/.cache/event-worker)
#   KAFKA_START_TIMEOUT      seconds to wait for the broker (default 90)
#   KAFKA_HEAP_OPTS          JVM heap flags (default -Xms256m -Xmx1g)
#   KAFKA_OPTS               extra JVM flags (word-split)
#   KAFKA_EXTRA_PROPS        newline-separated key=value lines appended to
#                            server.properties (later keys win)
#
# Exit codes: 0 ok / running, 1 error, 2 usage, 3 `status` says stopped.

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
POM="$SCRIPT_DIR/pom.xml"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"
KAFKA_OPTS="${KAFKA_OPTS:-}"
KAFKA_EXTRA_PROPS="${KAFKA_EXTRA_PROPS:-}"
RUN_DIR="${KAFKA_RUN_DIR:-$REPO_DIR/.run/kafka-$KAFKA_PORT}"
CACHE_ROOT="${EVENT_WORKER_CACHE:-$HOME/.cache/event-worker}"

HOST=127.0.0.1
PID_FILE="$RUN_DIR/kafka.pid"
PROPS_FILE="$RUN_DIR/server.properties"
LOG4J_FILE="$RUN_DIR/log4j2.properties"
DATA_DIR="$RUN_DIR/data"
LOG_FILE="$RUN_DIR/server.log"    # log4j2 output (what `logs` shows)
OUT_FILE="$RUN_DIR/kafka.out"     # JVM stdout/stderr (crashes, JVM warnings)
LOCK_FILE="$RUN_DIR/.lock"
# KafkaBroker.STARTED_MESSAGE; logged once the broker serves clients.
STARTED_MARKER="Kafka Server started"

log() { printf 'kafka.sh: %s\n' "$*"; }
die() { printf 'kafka.sh: error: %s\n' "$*" >&2; exit 1; }

# Default the version to the pom's so the two cannot drift apart.
pom_kafka_version() {
    sed -n 's:.*<kafka.version>\([^<]*\)</kafka.version>.*:\1:p;T;q' "$POM"
}
KAFKA_VERSION="${KAFKA_VERSION:-$(pom_kafka_version)}"
[[ -n "$KAFKA_VERSION" ]] || die "cannot read kafka.version from $POM"
LIBS_DIR="$CACHE_ROOT/kafka-$KAFKA_VERSION/libs"
LIBS_MARKER="$LIBS_DIR/.complete"

# ---------------------------------------------------------------- tooling --

APT_UPDATED=0
apt_install() {
    # Fresh Debian machines (CI) run this as root; anywhere else we must not
    # guess how to get root, so say what is missing instead.
    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        die "missing $*; install OpenJDK 17+ and Maven (e.g. apt-get install -y openjdk-17-jre-headless maven) and retry"
    fi
    if [[ "$APT_UPDATED" -eq 0 ]]; then
        log "installing $* with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
}

# Prints the major version of the given java binary (8 for "1.8.0_x").
java_major() {
    local out line ver
    out="$("$1" -version 2>&1)" || return 1
    line="${out%%$'\n'*}"
    ver="$(printf '%s\n' "$line" | sed -n 's/.*version "\([^"]*\)".*/\1/p')"
    [[ -n "$ver" ]] || return 1
    ver="${ver#1.}"
    printf '%s\n' "${ver%%[.+_-]*}"
}

java_ok() {
    local major
    [[ -x "$1" ]] || return 1
    major="$(java_major "$1")" || return 1
    [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 17))
}

# Sets JAVA to a Java 17+ binary: JAVA_HOME, then PATH, then any JDK/JRE
# under /usr/lib/jvm (an old default `java` may hide a newer one), and only
# then apt-get.
find_java() {
    local cand
    for cand in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        if [[ -n "$cand" ]] && java_ok "$cand"; then
            JAVA="$cand"
            return 0
        fi
    done
    return 1
}

ensure_java() {
    find_java && return 0
    apt_install "Java 17+"
    find_java || die "no Java 17+ found even after installing openjdk-17-jre-headless"
}

ensure_maven() {
    command -v mvn >/dev/null 2>&1 && return 0
    apt_install "Maven"
    command -v mvn >/dev/null 2>&1 || die "mvn still missing after apt-get install maven"
}

# Resolves the broker's jars into the cache once. Maven copies into a
# scratch dir that is renamed into place, and the marker is written last,
# so an interrupted download is never mistaken for a complete cache.
ensure_libs() {
    [[ -f "$LIBS_MARKER" ]] && return 0
    ensure_maven
    local parent tmp started
    parent="$(dirname "$LIBS_DIR")"
    mkdir -p "$parent"
    tmp="$(mktemp -d "$parent/libs.tmp.XXXXXX")"
    started="$(date +%s)"
    log "resolving Apache Kafka $KAFKA_VERSION jars with Maven into $LIBS_DIR (first run only)"
    # includeScope=runtime: most of the broker (kafka-server, kafka-raft,
    # ...) is a runtime-scoped dependency of kafka_2.13. Output goes to a
    # file (Debian's Maven prints stray colour codes even with -q -B) and is
    # shown only when Maven fails.
    if ! mvn -q -B -f "$POM" \
        -Dkafka.version="$KAFKA_VERSION" \
        dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" >"$parent/maven.log" 2>&1; then
        rm -rf "$tmp"
        tail -n 40 "$parent/maven.log" >&2
        die "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION (network? version? full log: $parent/maven.log)"
    fi
    [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || { rm -rf "$tmp"; die "Maven did not produce kafka_2.13-$KAFKA_VERSION.jar"; }
    # Another start may have completed the cache meanwhile; keep theirs.
    if [[ -f "$LIBS_MARKER" ]]; then
        rm -rf "$tmp"
        return 0
    fi
    rm -rf "$LIBS_DIR"
    mv -T "$tmp" "$LIBS_DIR"
    printf '%s\n' "$KAFKA_VERSION" >"$LIBS_MARKER"
    log "jars cached in $(($(date +%s) - started)) s"
}

# --------------------------------------------------------------- probing --

# True when something accepts TCP connections on the port.
port_open() {
    # shellcheck disable=SC2016 # expanded by the inner shell, on purpose
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$HOST" "$1" 2>/dev/null
}

# True when the port speaks the Kafka protocol: send an ApiVersions v0
# request (api_key 18, correlation id 0x4b414643) and check that the reply
# echoes the correlation id. Every Kafka version answers ApiVersions, so this
# tells a broker apart from any other service on the port.
kafka_answers() {
    local reply
    # shellcheck disable=SC2016 # expanded by the inner shell, on purpose
    reply="$(timeout 3 bash -c '
        exec 3<>"/dev/tcp/$0/$1" || exit 1
        # size=15 | api_key=18 | api_version=0 | correlation_id | client_id="probe"
        printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x4b\x41\x46\x43\x00\x05probe" >&3
        head -c 8 <&3 | od -An -tx1
    ' "$HOST" "$KAFKA_PORT" 2>/dev/null | tr -d ' \n')" || return 1
    [[ "${reply:8:8}" == "4b414643" ]]
}

# Prints our broker's pid if the pid file names a live process that is
# really our Kafka (guards against a stale file whose pid got reused).
our_pid() {
    local pid cmd
    [[ -f "$PID_FILE" ]] || return 1
    pid="$(<"$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Read whole, not piped into grep -q: under pipefail an early grep exit
    # can SIGPIPE the writer and turn a match into a failure.
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    [[ "$cmd" == *"kafka.Kafka $PROPS_FILE"* ]] || return 1
    printf '%s\n' "$pid"
}

show_log_tail() {
    local f
    for f in "$LOG_FILE" "$OUT_FILE"; do
        if [[ -s "$f" ]]; then
            echo "----- last 40 lines of $f -----" >&2
            tail -n 40 "$f" >&2
        fi
    done
}

# Serialises start/stop/reset per run dir so two concurrent `start`s (e.g.
# parallel test jobs) cannot launch two brokers on one data dir.
take_lock() {
    mkdir -p "$RUN_DIR"
    command -v flock >/dev/null 2>&1 || return 0
    exec 9>"$LOCK_FILE"
    flock -w 120 9 || die "timed out waiting for the lock $LOCK_FILE"
}

# --------------------------------------------------------------- config ---

write_config() {
    mkdir -p "$DATA_DIR"
    # Rewritten on every start so env changes (ports, extra props) apply.
    cat >"$PROPS_FILE" <<EOF
# Written by deploy/local/kafka.sh; edits are lost on the next start.
# Single node: this process is both the KRaft controller and the broker.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
# Clients only ever see PLAINTEXT; CONTROLLER is advertised because a KRaft
# controller with a dynamic quorum (format --standalone) announces itself.
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA_DIR

# One broker: every internal topic must live with replication factor 1,
# and few partitions make the first group/transaction faster to set up.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1

# Tests want consumers assigned at once, not after the default 3 s delay.
group.initial.rebalance.delay.ms=0
# The worker creates its own topics; a typo must fail, not create a topic.
auto.create.topics.enable=false
num.partitions=1
EOF
    if [[ -n "$KAFKA_EXTRA_PROPS" ]]; then
        printf '\n# KAFKA_EXTRA_PROPS\n%s\n' "$KAFKA_EXTRA_PROPS" >>"$PROPS_FILE"
    fi

    # log4j2 config of our own: everything to server.log in the run dir,
    # size-capped, and the chatty per-request/state-change loggers quieted.
    cat >"$LOG4J_FILE" <<EOF
# Written by deploy/local/kafka.sh.
status = warn
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = $LOG_FILE
appender.file.filePattern = $LOG_FILE.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 50MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
logger.cleaner.name = kafka.log.LogCleaner
logger.cleaner.level = WARN
EOF
}

# Generates a KRaft cluster id (16 random bytes, URL-safe base64 without
# padding, like Kafka's Uuid) without paying for an extra JVM start. Kafka
# refuses ids that start with '-', so draw again in that case.
new_cluster_id() {
    local id
    while :; do
        id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
        [[ "$id" != -* ]] && break
    done
    printf '%s\n' "$id"
}

format_storage_once() {
    local formatted_with
    # meta.properties exists once the log dir has been formatted.
    if [[ -f "$DATA_DIR/meta.properties" ]]; then
        # A data dir formatted by a newer Kafka carries a metadata.version an
        # older one refuses; say so rather than leave a cryptic crash.
        formatted_with="$(cat "$RUN_DIR/formatted-with" 2>/dev/null || true)"
        if [[ -n "$formatted_with" && "$formatted_with" != "$KAFKA_VERSION" ]]; then
            log "note: $DATA_DIR was formatted by Kafka $formatted_with; if $KAFKA_VERSION fails to start, run '$0 reset'"
        fi
        return 0
    fi
    log "formatting KRaft storage in $DATA_DIR"
    # kafka.tools.StorageTool is what bin/kafka-storage.sh runs;
    # --standalone makes this node the sole voter of a dynamic quorum.
    "$JAVA" -cp "$LIBS_DIR/*" -Dlog4j2.configurationFile="$LOG4J_FILE" \
        kafka.tools.StorageTool format \
        --config "$PROPS_FILE" --cluster-id "$(new_cluster_id)" --standalone \
        --ignore-formatted >>"$OUT_FILE" 2>&1 ||
        { show_log_tail; die "formatting storage failed"; }
    printf '%s\n' "$KAFKA_VERSION" >"$RUN_DIR/formatted-with"
}

# ------------------------------------------------------------- commands ---

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

cmd_start() {
    local t0 pid deadline
    t0="$(now)"
    take_lock

    if pid="$(our_pid)"; then
        # Ours and alive: either ready (reuse) or still booting (wait below).
        if grep -qF "$STARTED_MARKER" "$LOG_FILE" 2>/dev/null && kafka_answers; then
            log "reusing running broker (pid $pid) on $HOST:$KAFKA_PORT"
            return 0
        fi
        log "broker (pid $pid) is still starting; waiting"
    elif port_open "$KAFKA_PORT"; then
        # Not ours (another checkout, a manual broker): use it if it speaks
        # Kafka, since a second broker could not bind the port anyway.
        if kafka_answers; then
            log "reusing Kafka broker already listening on $HOST:$KAFKA_PORT (not started by this script)"
            return 0
        fi
        die "port $HOST:$KAFKA_PORT is taken by something that does not answer the Kafka protocol"
    else
        rm -f "$PID_FILE"
        ensure_java
        ensure_libs
        port_open "$KAFKA_CONTROLLER_PORT" &&
            die "controller port $HOST:$KAFKA_CONTROLLER_PORT is already in use (set KAFKA_CONTROLLER_PORT)"
        write_config
        # Keep the previous run's log apart, so the readiness check below
        # cannot match an old "Kafka Server started" line.
        [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.prev"
        : >"$OUT_FILE"
        format_storage_once

        local -a jvm_opts
        # shellcheck disable=SC2206 # word splitting of the flag strings is intended
        jvm_opts=($KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20
            -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
            -Dlog4j2.configurationFile="$LOG4J_FILE" $KAFKA_OPTS)
        # setsid + nohup: the broker leaves our session, so it outlives this
        # shell and a Ctrl-C / SIGHUP aimed at the caller. The wrapper writes
        # its own pid then execs java, so the pid file names the JVM itself.
        # 9>&- keeps the lock fd out of the broker, or it would hold the lock.
        # shellcheck disable=SC2016 # expanded by the inner shell, on purpose
        setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
            "$JAVA" "${jvm_opts[@]}" -cp "$LIBS_DIR/*" kafka.Kafka "$PROPS_FILE" \
            </dev/null >>"$OUT_FILE" 2>&1 9>&- &
        log "starting Apache Kafka $KAFKA_VERSION on $HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT, run dir $RUN_DIR)"
    fi

    # Ready = the log says the broker started AND the port answers the Kafka
    # protocol (the port alone opens a little before requests are served).
    deadline=$(($(date +%s) + KAFKA_START_TIMEOUT))
    while :; do
        if grep -qF "$STARTED_MARKER" "$LOG_FILE" 2>/dev/null && kafka_answers; then
            pid="$(our_pid || echo '?')"
            log "broker ready (pid $pid) on $HOST:$KAFKA_PORT after $(elapsed "$t0") s"
            return 0
        fi
        # The wrapper writes the pid file a moment after launch; a missing
        # file is only fatal once the JVM had time to write it.
        if [[ -s "$PID_FILE" ]] && ! our_pid >/dev/null; then
            show_log_tail
            die "broker process exited during startup"
        fi
        if (($(date +%s) >= deadline)); then
            show_log_tail
            # Do not leave a half-started broker that a later start would
            # mistake for a healthy one.
            stop_broker >/dev/null || true
            die "broker not ready after ${KAFKA_START_TIMEOUT} s (stopped it; see $RUN_DIR)"
        fi
        sleep 0.25
    done
}

# SIGTERM (Kafka shuts down cleanly), wait up to 30 s, then SIGKILL.
stop_broker() {
    local pid i
    if ! pid="$(our_pid)"; then
        rm -f "$PID_FILE"
        log "not running (port $KAFKA_PORT)"
        return 0
    fi
    log "stopping broker (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 120; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after 30 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for ((i = 0; i < 40; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.25
        done
    fi
    rm -f "$PID_FILE"
    log "stopped"
}

cmd_stop() {
    [[ -d "$RUN_DIR" ]] || { log "not running (port $KAFKA_PORT)"; return 0; }
    take_lock
    stop_broker
    # Say so when the port is still served: that broker is not ours to stop.
    if port_open "$KAFKA_PORT"; then
        log "note: $HOST:$KAFKA_PORT is still served by a process this script did not start"
    fi
}

cmd_status() {
    local pid ver
    if pid="$(our_pid)"; then
        # The version actually running, from its classpath (.../kafka-X/libs),
        # which may differ from this shell's KAFKA_VERSION.
        ver="$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's:.*/kafka-\([^/]*\)/libs/\*$:\1:p;T;q')"
        if grep -qF "$STARTED_MARKER" "$LOG_FILE" 2>/dev/null; then
            echo "running (pid $pid, port $KAFKA_PORT, Kafka ${ver:-?}, run dir $RUN_DIR)"
        else
            echo "running (pid $pid, port $KAFKA_PORT, still starting, run dir $RUN_DIR)"
        fi
        return 0
    fi
    if kafka_answers; then
        echo "running (pid unknown: not started by this script, port $KAFKA_PORT)"
        return 0
    fi
    echo "stopped (port $KAFKA_PORT)"
    return 3
}

cmd_logs() {
    [[ -f "$LOG_FILE" ]] || die "no log yet at $LOG_FILE"
    if [[ "${1:-}" == "-f" ]]; then
        exec tail -n 100 -F "$LOG_FILE"
    fi
    tail -n 200 "$LOG_FILE"
}

cmd_reset() {
    # Refuse to rm -rf something that is plainly not a run dir.
    case "$RUN_DIR" in
        "" | / | "$HOME" | "$REPO_DIR") die "refusing to delete KAFKA_RUN_DIR=$RUN_DIR" ;;
    esac
    [[ -d "$RUN_DIR" ]] || { log "nothing to reset ($RUN_DIR does not exist)"; return 0; }
    take_lock
    stop_broker
    rm -rf "$RUN_DIR"
    log "deleted $RUN_DIR"
}

usage() {
    echo "usage: $0 start|stop|status|logs [-f]|reset" >&2
    exit 2
}

main() {
    [[ "$KAFKA_PORT" =~ ^[0-9]+$ && "$KAFKA_CONTROLLER_PORT" =~ ^[0-9]+$ ]] ||
        die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must be numbers"
    [[ "$KAFKA_START_TIMEOUT" =~ ^[0-9]+$ ]] || die "KAFKA_START_TIMEOUT must be whole seconds"
    case "${1:-}" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        logs) shift; cmd_logs "$@" ;;
        reset) cmd_reset ;;
        *) usage ;;
    esac
}

main "$@"
