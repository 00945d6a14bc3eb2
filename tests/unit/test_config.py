"""Settings: defaults, WORKER_* environment, flags over environment, named errors."""

import pytest
from pydantic import ValidationError

from worker.cli import build_parser, describe_config_error, settings_from_args
from worker.config import WorkerSettings


def test_defaults_match_the_contract_topics() -> None:
    """Default topic names are those of CONTRACT.md."""
    settings = WorkerSettings()
    assert (settings.input_topic, settings.output_topic, settings.dlq_topic) == (
        "articles",
        "law-enforcement-events",
        "articles.dlq",
    )
    assert settings.guarantee == "at_least_once"


def test_environment_variable_sets_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """WORKER_INPUT_TOPIC sets the input topic."""
    monkeypatch.setenv("WORKER_INPUT_TOPIC", "news")
    assert WorkerSettings().input_topic == "news"


def test_flag_overrides_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command-line flag wins over the environment."""
    monkeypatch.setenv("WORKER_GROUP_ID", "from-env")
    args = build_parser().parse_args(["run", "--group-id", "from-flag"])
    assert settings_from_args(args).group_id == "from-flag"


def test_languages_from_comma_separated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """WORKER_LANGUAGES=ar,en is a list of two codes."""
    monkeypatch.setenv("WORKER_LANGUAGES", "AR, en")
    assert WorkerSettings().languages == ("ar", "en")


def test_bad_bootstrap_server_is_rejected() -> None:
    """A bootstrap server without a port is a configuration error."""
    with pytest.raises(ValidationError, match="HOST:PORT"):
        WorkerSettings(bootstrap_servers="localhost")


def test_config_error_names_flag_and_environment_variable() -> None:
    """The start-up error names the setting, its flag and its variable."""
    with pytest.raises(ValidationError) as caught:
        WorkerSettings(metrics_port=70000)
    message = describe_config_error(caught.value)
    assert "--metrics-port" in message
    assert "WORKER_METRICS_PORT" in message


def test_unknown_environment_guarantee_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the two delivery guarantees exist."""
    monkeypatch.setenv("WORKER_GUARANTEE", "best_effort")
    with pytest.raises(ValidationError, match="guarantee"):
        WorkerSettings()


def test_every_setting_has_a_run_flag(capsys: pytest.CaptureFixture[str]) -> None:
    """Each setting is reachable as a flag of `event-worker run`."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--help"])
    help_text = capsys.readouterr().out
    for name in WorkerSettings.model_fields:
        assert "--" + name.replace("_", "-") in help_text


def test_readme_configuration_table_matches_the_settings() -> None:
    """The README's table is the one generated from the settings (python -m worker.settings_doc)."""
    from pathlib import Path

    from worker.settings_doc import settings_table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert settings_table() in readme


def test_sasl_protocol_requires_credentials() -> None:
    """SASL_SSL without mechanism, user and password is refused at start-up."""
    with pytest.raises(ValidationError, match="sasl_mechanism"):
        WorkerSettings(security_protocol="SASL_SSL")


def test_sasl_password_is_never_shown() -> None:
    """The SASL password is a secret: its repr and the settings dump hide it."""
    settings = WorkerSettings(
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="worker",
        sasl_password="hunter2",  # type: ignore[arg-type]
    )
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in str(settings.model_dump())


def test_client_config_passes_sasl_and_tls_to_kafka_python() -> None:
    """The Kafka clients get the protocol, mechanism and the secret's real value."""
    from worker.kafka_io import _common_client_config

    settings = WorkerSettings(
        security_protocol="SASL_SSL",
        sasl_mechanism="PLAIN",
        sasl_username="worker",
        sasl_password="hunter2",  # type: ignore[arg-type]
        ssl_cafile="/etc/ssl/ca.pem",
    )
    config = _common_client_config(settings)
    assert config["sasl_plain_password"] == "hunter2"
    assert config["ssl_cafile"] == "/etc/ssl/ca.pem"
    assert config["security_protocol"] == "SASL_SSL"
