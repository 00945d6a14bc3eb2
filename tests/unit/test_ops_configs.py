"""The deployment files are valid: Prometheus config and rules (promtool), the compose file
(docker-compose), the Dockerfile and its build context, the Kubernetes manifests (kustomize,
the Kubernetes schemas of kubernetes-validate, minimal CRD schemas) and the Grafana dashboard.
"""

from __future__ import annotations

import fnmatch
import inspect
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest

from tests.ops_helpers import (
    DASHBOARD,
    DEPLOY,
    K8S,
    PROMETHEUS_CONFIG,
    REPO,
    kustomize_build,
    load_yaml,
    rule_files,
    rules,
    run,
    tool,
)
from worker.config import WorkerSettings
from worker.runner import Runner

KUBERNETES_VERSION = "1.30.0"
KUSTOMIZATIONS = [K8S / "base", K8S / "overlays" / "example"]
CRD_SCHEMAS = K8S / "schemas"
RULE_TESTS = sorted((DEPLOY / "prometheus" / "tests").glob("*.yml"))
DOCKERFILE = DEPLOY / "Dockerfile"
COMPOSE = REPO / "docker-compose.yml"
OPERATIONS_DOC = REPO / "docs" / "operations.md"


def _kind(docs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    [doc] = [d for d in docs if d["kind"] == kind]
    return doc


def _config_map_data(docs: list[dict[str, Any]]) -> dict[str, str]:
    maps = [
        d
        for d in docs
        if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("event-worker-config")
    ]
    assert len(maps) == 1
    data: dict[str, str] = maps[0]["data"]
    return data


@pytest.fixture(scope="module", params=KUSTOMIZATIONS, ids=lambda p: p.name)
def rendered(request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    directory: Path = request.param
    return kustomize_build(directory)


# -- Prometheus -------------------------------------------------------------------------------


def test_prometheus_config_is_valid() -> None:
    """promtool accepts the scrape config, and the rule files it loads."""
    out = run([tool("promtool"), "check", "config", str(PROMETHEUS_CONFIG)])
    assert "SUCCESS" in out
    assert "rules found" in out, "the config loads no rule file"


def test_rule_files_are_valid() -> None:
    """promtool accepts every rule file (PromQL parses, templates render)."""
    run([tool("promtool"), "check", "rules", *map(str, rule_files())])


def test_alert_rules_pass_their_unit_tests() -> None:
    """promtool test rules: each alert fires and stays silent when the tests say it should."""
    assert RULE_TESTS
    run([tool("promtool"), "test", "rules", *map(str, RULE_TESTS)])


def test_every_alert_is_unit_tested_firing() -> None:
    """Each alert has a promtool test case where it is expected to fire."""
    fired: set[str] = set()
    for path in RULE_TESTS:
        for case in load_yaml(path)["tests"]:
            for check in case.get("alert_rule_test", []):
                if check.get("exp_alerts"):
                    fired.add(check["alertname"])
    alerts = {rule["alert"] for rule in rules() if "alert" in rule}
    assert alerts - fired == set()


def test_every_alert_has_a_runbook_section() -> None:
    """Each alert's runbook_url points at a heading of docs/operations.md."""
    headings = {
        re.sub(r"[^a-z0-9 -]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in OPERATIONS_DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    }
    missing = []
    for rule in rules():
        if "alert" in rule:
            anchor = rule["annotations"]["runbook_url"].split("#", 1)[1]
            if anchor not in headings:
                missing.append(rule["alert"])
    assert missing == []


# -- docker-compose and the image -------------------------------------------------------------


def test_compose_file_is_valid() -> None:
    """docker-compose (Debian's, no engine needed) accepts docker-compose.yml."""
    run([tool("docker-compose"), "-f", str(COMPOSE), "config", "-q"])


def test_compose_runs_two_workers_built_from_the_dockerfile() -> None:
    """The worker service has 2 replicas in one group and is built from deploy/Dockerfile."""
    worker = load_yaml(COMPOSE)["services"]["worker"]
    assert worker["deploy"]["replicas"] == 2
    assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
    assert "WORKER_GROUP_ID" in worker["environment"]


def test_compose_mounts_exist() -> None:
    """Every host path mounted by a compose service exists in the repository."""
    missing = []
    for name, service in load_yaml(COMPOSE)["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith(".") and not (REPO / source).exists():
                missing.append(f"{name}: {source}")
    assert missing == []


def _final_stage(dockerfile: str) -> list[str]:
    lines = dockerfile.replace("\\\n", " ").splitlines()
    instructions = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    last_from = max(i for i, line in enumerate(instructions) if line.startswith("FROM "))
    return instructions[last_from:]


def test_dockerfile_final_stage_is_slim_and_non_root() -> None:
    """The final stage: python:3.11-slim, no compiler, non-root user, the CLI entry point,
    a /healthz check with urllib, port 9108."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in text
    final = _final_stage(text)
    assert final[0] == "FROM ${PYTHON_IMAGE}"
    joined = "\n".join(final)
    assert "build-essential" not in joined
    assert "gcc" not in joined
    [user] = [line for line in final if line.startswith("USER ")]
    assert user.split()[1].split(":")[0] not in {"0", "root"}
    assert 'ENTRYPOINT ["event-worker"]' in final
    assert 'CMD ["run"]' in final
    assert "EXPOSE 9108" in final
    [check] = [line for line in final if line.startswith("HEALTHCHECK")]
    assert "urllib.request" in check
    assert "/healthz" in check


def _dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last matching pattern wins; `!` re-includes; a directory pattern
    covers what is below it."""
    ignored = False
    for raw in patterns:
        negate = raw.startswith("!")
        pattern = raw[1:] if negate else raw
        pattern = pattern.rstrip("/")
        if pattern.startswith("**/"):
            parts = path.split("/")
            hit = any(fnmatch.fnmatch(part, pattern[3:]) for part in parts)
        else:
            hit = fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/")
        if hit:
            ignored = not negate
    return ignored


def test_docker_build_context_holds_what_the_dockerfile_copies() -> None:
    """Files the Dockerfile copies from the context (the package and its lexicons) are not
    excluded by .dockerignore, and the venv and .git are."""
    patterns = [
        line.strip()
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    sources: list[str] = []
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("COPY ") and "--from=" not in line:
            sources.extend(line.split()[1:-1])
    assert sources
    needed: list[str] = []
    for source in sources:
        path = REPO / source
        assert path.exists(), source
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        needed.extend(str(f.relative_to(REPO)) for f in files if "__pycache__" not in f.parts)
    assert any(name.endswith(".toml") and "/lexicons/" in name for name in needed)
    assert [name for name in needed if _dockerignored(name, patterns)] == []
    assert _dockerignored(".venv/bin/python", patterns)
    assert _dockerignored(".git/HEAD", patterns)


# -- Kubernetes -------------------------------------------------------------------------------


def test_k8s_core_resources_match_kubernetes_schemas(rendered: list[dict[str, Any]]) -> None:
    """Built-in kinds validate strictly (no unknown fields) against Kubernetes' schemas."""
    core = [d for d in rendered if not _is_custom(d)]
    assert {"Deployment", "ConfigMap", "Secret", "Service", "PodDisruptionBudget"} <= {
        d["kind"] for d in core
    }
    errors = []
    for doc in core:
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, True)
        except kubernetes_validate.ValidationError as exc:
            errors.append(f"{doc['kind']}/{doc['metadata']['name']}: {exc.message}")
    assert errors == []


def _crd_schema(doc: dict[str, Any]) -> dict[str, Any]:
    group, version = doc["apiVersion"].split("/")
    path = CRD_SCHEMAS / f"{doc['kind'].lower()}-{group}-{version}.json"
    assert path.exists(), f"no schema for {doc['kind']} ({doc['apiVersion']}) in {CRD_SCHEMAS}"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _is_custom(doc: dict[str, Any]) -> bool:
    """A custom resource: an API group with a dot that is not one of Kubernetes' own."""
    api_version: str = doc["apiVersion"]
    group = api_version.partition("/")[0] if "/" in api_version else ""
    return "." in group and not group.endswith(".k8s.io")


def test_k8s_custom_resources_match_their_schemas(rendered: list[dict[str, Any]]) -> None:
    """ScaledObject, TriggerAuthentication and PodMonitor validate against deploy/k8s/schemas."""
    custom = [d for d in rendered if _is_custom(d)]
    assert {"ScaledObject", "PodMonitor"} <= {d["kind"] for d in custom}
    for doc in custom:
        jsonschema.validate(doc, _crd_schema(doc))


def test_crd_schema_rejects_an_unknown_field() -> None:
    """A misspelt ScaledObject field (maxReplicas) is an error, so the schemas catch typos."""
    [scaled] = [d for d in kustomize_build(K8S / "base") if d["kind"] == "ScaledObject"]
    scaled["spec"]["maxReplicas"] = scaled["spec"].pop("maxReplicaCount")
    with pytest.raises(jsonschema.ValidationError, match="maxReplicas"):
        jsonschema.validate(scaled, _crd_schema(scaled))


def test_termination_grace_outlasts_the_shutdown_drain(rendered: list[dict[str, Any]]) -> None:
    """Kubernetes waits longer than a clean stop can take: poll timeout, the batch time budget,
    the producer flush timeout and the commit."""
    settings = WorkerSettings()
    batch_budget_s = inspect.signature(Runner).parameters["max_batch_seconds"].default
    drain_s = settings.poll_timeout_ms / 1000 + batch_budget_s + settings.producer_flush_timeout_s
    grace = _kind(rendered, "Deployment")["spec"]["template"]["spec"][
        "terminationGracePeriodSeconds"
    ]
    assert grace > drain_s + 5


def test_probes_use_the_worker_health_endpoints(rendered: list[dict[str, Any]]) -> None:
    """Liveness on /healthz, readiness on /readyz, on the port the worker serves metrics on."""
    [container] = _kind(rendered, "Deployment")["spec"]["template"]["spec"]["containers"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    [port] = [
        p for p in container["ports"] if p["name"] == container["readinessProbe"]["httpGet"]["port"]
    ]
    assert str(port["containerPort"]) == _config_map_data(rendered)["WORKER_METRICS_PORT"]


def test_keda_max_replicas_equals_the_partition_count(rendered: list[dict[str, Any]]) -> None:
    """KEDA never scales past the input topic's partitions (extra replicas would sit idle)."""
    scaled = _kind(rendered, "ScaledObject")["spec"]
    assert scaled["maxReplicaCount"] == int(_config_map_data(rendered)["WORKER_TOPIC_PARTITIONS"])
    assert scaled["scaleTargetRef"]["name"] == _kind(rendered, "Deployment")["metadata"]["name"]
    [trigger] = scaled["triggers"]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["consumerGroupFromEnv"] == "WORKER_GROUP_ID"


def test_podmonitor_scrapes_the_worker_pods_as_the_rules_job(
    rendered: list[dict[str, Any]],
) -> None:
    """The PodMonitor selects the Deployment's pods, and their job label is the one the alerts
    and the compose scrape config use."""
    monitor = _kind(rendered, "PodMonitor")["spec"]
    pod_labels = _kind(rendered, "Deployment")["spec"]["template"]["metadata"]["labels"]
    assert monitor["selector"]["matchLabels"].items() <= pod_labels.items()
    [compose_job] = [
        job["job_name"]
        for job in load_yaml(PROMETHEUS_CONFIG)["scrape_configs"]
        if job["job_name"] != "prometheus"
    ]
    assert pod_labels[monitor["jobLabel"]] == compose_job
    down = [rule for rule in rules() if rule.get("alert") == "EventWorkerDown"]
    assert f'job="{compose_job}"' in down[0]["expr"]


# -- Grafana ----------------------------------------------------------------------------------


def test_grafana_dashboard_is_provisioned_from_its_folder() -> None:
    """The provisioning file loads the folder compose mounts the dashboard into, and every
    panel queries the dashboard's Prometheus datasource variable."""
    provider = load_yaml(DEPLOY / "grafana" / "provisioning" / "dashboards" / "event-worker.yml")
    path = provider["providers"][0]["options"]["path"]
    grafana = load_yaml(COMPOSE)["services"]["grafana"]
    assert f"./deploy/grafana/dashboards:{path}:ro" in grafana["volumes"]
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    assert all(p["datasource"]["uid"] == "${datasource}" for p in panels)
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])
