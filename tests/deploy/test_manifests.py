"""deploy/: every YAML file parses, and the fields that make a deployment work are there."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest

from app.settings import Settings
from tests.deploy.support import (
    DEPLOY,
    DOCKERFILE,
    ROOT,
    documents,
    k8s_object,
    k8s_objects,
    yaml_files,
)

SETTING = re.compile(r"\bRIGHTNOTE_[A-Z0-9_]+\b")
FIELDS = {f"RIGHTNOTE_{name.upper()}" for name in Settings.model_fields}
SECRET_FIELDS = {
    f"RIGHTNOTE_{name.upper()}"
    for name, field in Settings.model_fields.items()
    if "SecretStr" in str(field.annotation)
} | {"RIGHTNOTE_DATABASE_URL"}  # holds the database password
IMAGE = re.compile(r"registry\.example\.com/rightnote:[\w.-]+")
COMPOSE = DEPLOY / "docker-compose.yml"


def test_every_yaml_file_parses() -> None:
    files = yaml_files()
    assert len(files) >= 12
    for path in files:
        assert documents(path), f"{path} is empty"


def test_every_setting_named_in_deploy_exists() -> None:
    sources = [p for p in DEPLOY.rglob("*") if p.is_file()]
    sources += [DOCKERFILE, ROOT / "docker" / "entrypoint.sh", ROOT / ".dockerignore"]
    unknown: dict[str, list[str]] = {}
    for path in sources:
        for name in set(SETTING.findall(path.read_text(encoding="utf-8"))):
            if name not in FIELDS:
                unknown.setdefault(name, []).append(str(path.relative_to(ROOT)))
    assert not unknown, f"not settings (app/settings.py): {unknown}"


# --- Kubernetes ----------------------------------------------------------------------------------


def test_every_object_is_well_formed() -> None:
    seen = set()
    for path, doc in k8s_objects():
        if doc["kind"] == "Kustomization":
            assert doc["apiVersion"].startswith("kustomize.config.k8s.io/"), path
            seen.add((doc["kind"], str(path)))
            continue
        assert {"apiVersion", "kind", "metadata"} <= doc.keys(), path
        key = (doc["kind"], doc["metadata"]["name"])
        assert key not in seen, f"duplicate {key}"
        seen.add(key)
        # Namespace-agnostic: the operator picks the namespace.
        assert "namespace" not in doc["metadata"], path
    for kind in (
        "ConfigMap",
        "Secret",
        "Job",
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "Ingress",
        "Kustomization",
    ):
        assert kind in {k for k, _ in seen}, kind


def _pod_spec(obj: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = obj["spec"]["template"]["spec"]
    return spec


def _workloads() -> list[dict[str, Any]]:
    return [doc for _, doc in k8s_objects() if doc["kind"] in ("Deployment", "Job")]


@pytest.mark.parametrize("obj", _workloads(), ids=lambda o: o["metadata"]["name"])
def test_workloads_run_the_image_unprivileged(obj: dict[str, Any]) -> None:
    pod = _pod_spec(obj)
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == 10001  # the image's USER
    assert pod["enableServiceLinks"] is False
    assert pod["automountServiceAccountToken"] is False
    for container in pod["containers"]:
        assert IMAGE.fullmatch(container["image"]), container["image"]
        assert container["args"][0] in ("api", "worker", "migrate")
        security = container["securityContext"]
        assert security["readOnlyRootFilesystem"] is True
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"]["drop"] == ["ALL"]
        for kind in ("requests", "limits"):
            assert {"cpu", "memory"} <= container["resources"][kind].keys()
        refs = [next(iter(source.values()))["name"] for source in container["envFrom"]]
        assert refs == ["rightnote-config", "rightnote-secrets"]
        for item in container.get("env", []):
            assert item["name"] in FIELDS
        mounts = {m["mountPath"] for m in container["volumeMounts"]}
        assert "/tmp" in mounts  # the only writable place on a read-only root


def test_api_probes_and_graceful_shutdown() -> None:
    api = k8s_object("Deployment", "rightnote-api")
    (container,) = _pod_spec(api)["containers"]
    assert container["args"] == ["api"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http": 8000}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
    # The kubelet waits long enough for the preStop pause plus uvicorn's drain.
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    config = k8s_object("ConfigMap", "rightnote-config")["data"]
    drain = float(config["RIGHTNOTE_SHUTDOWN_TIMEOUT_SECONDS"])
    grace = _pod_spec(api)["terminationGracePeriodSeconds"]
    assert grace >= int(pre_stop[1]) + drain + 5
    assert api["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


def test_worker_deployment() -> None:
    worker = k8s_object("Deployment", "rightnote-worker")
    (container,) = _pod_spec(worker)["containers"]
    assert container["args"] == ["worker"]
    env = {e["name"]: e["value"] for e in container["env"]}
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert int(env["RIGHTNOTE_METRICS_PORT"]) == ports["metrics"]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert "readinessProbe" not in container  # no traffic is routed to a worker
    assert _pod_spec(worker)["terminationGracePeriodSeconds"] >= 30


def test_migration_job() -> None:
    job = k8s_object("Job", "rightnote-migrate")
    pod = _pod_spec(job)
    assert pod["restartPolicy"] == "Never"
    assert pod["containers"][0]["args"] == ["migrate"]
    assert job["spec"]["backoffLimit"] >= 1


def _selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def test_service_hpa_and_pdb_point_at_the_api() -> None:
    api = k8s_object("Deployment", "rightnote-api")
    pod_labels = api["spec"]["template"]["metadata"]["labels"]
    assert _selects(api["spec"]["selector"]["matchLabels"], pod_labels)
    service = k8s_object("Service", "rightnote-api")
    assert _selects(service["spec"]["selector"], pod_labels)
    assert service["spec"]["ports"][0]["targetPort"] == "http"
    worker_labels = k8s_object("Deployment", "rightnote-worker")["spec"]["template"]["metadata"]
    assert not _selects(service["spec"]["selector"], worker_labels["labels"])
    hpa = k8s_object("HorizontalPodAutoscaler", "rightnote-api")
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "rightnote-api",
    }
    assert 2 <= hpa["spec"]["minReplicas"] < hpa["spec"]["maxReplicas"]
    pdb = k8s_object("PodDisruptionBudget", "rightnote-api")
    assert _selects(pdb["spec"]["selector"]["matchLabels"], pod_labels)
    assert pdb["spec"]["minAvailable"] < hpa["spec"]["minReplicas"]


def test_ingress_serves_the_public_url_over_tls() -> None:
    ingress = k8s_object("Ingress", "rightnote")
    public = urlsplit(k8s_object("ConfigMap", "rightnote-config")["data"]["RIGHTNOTE_PUBLIC_URL"])
    assert public.scheme == "https"
    (tls,) = ingress["spec"]["tls"]
    assert tls["secretName"] and tls["hosts"] == [public.hostname]
    (rule,) = ingress["spec"]["rules"]
    assert rule["host"] == public.hostname
    backends = {p["backend"]["service"]["name"] for p in rule["http"]["paths"]}
    assert backends == {"rightnote-api"}
    assert {p["path"] for p in rule["http"]["paths"]} == {"/"}


def test_configmap_holds_valid_non_secret_settings() -> None:
    data = k8s_object("ConfigMap", "rightnote-config")["data"]
    assert set(data) <= FIELDS
    assert not set(data) & SECRET_FIELDS
    assert all(isinstance(v, str) for v in data.values())  # ConfigMap values must be strings
    secrets = {"RIGHTNOTE_ENCRYPTION_KEYS": "k", "RIGHTNOTE_DATABASE_URL": "postgresql://h/db"}
    settings = _settings_from({**data, **secrets})
    assert settings.auth_mode == "production" and settings.log_json is True


def test_secret_template_holds_no_secret() -> None:
    secret = k8s_object("Secret", "rightnote-secrets")
    data = secret["stringData"]
    assert {"RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_ENCRYPTION_KEYS"} <= set(data)
    assert set(data) <= SECRET_FIELDS
    assert all(value == "" for value in data.values())
    assert "data" not in secret


def test_kustomizations_list_every_manifest() -> None:
    k8s = DEPLOY / "k8s"
    app = documents(k8s / "kustomization.yaml")[0]
    migrate = documents(k8s / "migrate" / "kustomization.yaml")[0]
    listed = {k8s / r for r in app["resources"]} | {
        k8s / "migrate" / r for r in migrate["resources"]
    }
    for path in listed:
        assert path.exists(), path
    on_purpose = {
        k8s / "secret.template.yaml",
        k8s / "monitoring" / "servicemonitor.yaml",
        k8s / "kustomization.yaml",
        k8s / "migrate" / "kustomization.yaml",
    }
    manifests = set(k8s.rglob("*.yaml"))
    assert manifests - on_purpose == listed
    # Both pin the same image, so the migration matches the code it prepares for.
    assert app["images"] == migrate["images"]
    assert app["images"][0]["name"] == "registry.example.com/rightnote"


def test_prometheus_scrapes_with_the_metrics_token() -> None:
    monitors = documents(DEPLOY / "k8s" / "monitoring" / "servicemonitor.yaml")
    assert {m["kind"] for m in monitors} == {"ServiceMonitor", "PodMonitor"}
    service = k8s_object("Service", "rightnote-api")
    for monitor in monitors:
        endpoints = monitor["spec"].get("endpoints") or monitor["spec"]["podMetricsEndpoints"]
        (endpoint,) = endpoints
        assert endpoint["path"] == "/metrics"
        credentials = endpoint["authorization"]["credentials"]
        assert credentials == {"name": "rightnote-secrets", "key": "RIGHTNOTE_METRICS_TOKEN"}
    assert monitors[0]["spec"]["endpoints"][0]["port"] == service["spec"]["ports"][0]["name"]


# --- docker compose ------------------------------------------------------------------------------


def _interpolate(value: str) -> str:
    # ${VAR:?message} and ${VAR:-default}: fill with a stand-in, as compose would from .env.
    stand_ins = {
        "POSTGRES_PASSWORD": "pw",
        "RIGHTNOTE_PUBLIC_URL": "https://rightnote.example",
        "RIGHTNOTE_ENCRYPTION_KEYS": "key",
    }

    def fill(match: re.Match[str]) -> str:
        name, op, rest = match.group(1), match.group(2) or "", match.group(3) or ""
        if name in stand_ins:
            return stand_ins[name]
        return rest if op == ":-" else ""

    return re.sub(r"\$\{(\w+)(:[?-])?([^}]*)\}", fill, value)


def _settings_from(env: dict[str, str]) -> Settings:
    import os
    from unittest import mock

    clean = {k: v for k, v in os.environ.items() if not k.startswith("RIGHTNOTE_")}
    with mock.patch.dict(os.environ, {**clean, **env}, clear=True):
        return Settings()


def test_compose_services_and_order() -> None:
    compose = documents(COMPOSE)[0]
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "migrate", "api", "worker"}
    postgres = services["postgres"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert services["migrate"]["command"] == ["migrate"]
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    for name, command in (("api", ["api"]), ("worker", ["worker"])):
        service = services[name]
        assert service["command"] == command
        assert service["depends_on"] == {"migrate": {"condition": "service_completed_successfully"}}
        assert service["build"]["context"] == ".."
        assert (COMPOSE.parent / service["build"]["context"] / "Dockerfile").exists()
        assert service["read_only"] is True
        assert "app.ops.healthcheck" in service["healthcheck"]["test"]
    assert services["api"]["ports"] == ["127.0.0.1:8000:8000"]
    assert services["worker"]["environment"]["RIGHTNOTE_METRICS_PORT"] == "9100"


@pytest.mark.parametrize("service", ["migrate", "api", "worker"])
def test_compose_environment_makes_valid_settings(service: str) -> None:
    env = documents(COMPOSE)[0]["services"][service]["environment"]
    assert set(env) <= FIELDS
    resolved = {k: _interpolate(str(v)) for k, v in env.items()}
    settings = _settings_from({**resolved, "RIGHTNOTE_HOST": "0.0.0.0"})
    assert settings.database_url and "@postgres:5432/" in settings.database_url
    assert settings.google_oauth_client_id is None  # empty = unset


def test_env_example_has_no_values_for_secrets() -> None:
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        assert name in FIELDS or name == "POSTGRES_PASSWORD", name
        if name in SECRET_FIELDS or name == "POSTGRES_PASSWORD":
            assert value == "", name


# --- Cloud Run -----------------------------------------------------------------------------------


def _cloudrun(name: str) -> dict[str, Any]:
    (doc,) = documents(DEPLOY / "cloudrun" / name)
    return doc


def test_cloud_run_service() -> None:
    service = _cloudrun("service.yaml")
    assert service["apiVersion"] == "serving.knative.dev/v1" and service["kind"] == "Service"
    spec = service["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    assert container["args"] == ["api"]
    assert container["ports"] == [{"name": "http1", "containerPort": 8000}]
    assert container["startupProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    env = {e["name"]: e for e in container["env"]}
    assert set(env) <= FIELDS
    for name in SECRET_FIELDS & set(env):
        assert "value" not in env[name], f"{name} must come from Secret Manager"
        assert env[name]["valueFrom"]["secretKeyRef"]["key"] == "latest"
    # Cloud Run kills 10 s after SIGTERM.
    assert float(env["RIGHTNOTE_SHUTDOWN_TIMEOUT_SECONDS"]["value"]) < 10
    assert env["RIGHTNOTE_PUBLIC_URL"]["value"].startswith("https://")


def test_cloud_run_migration_job() -> None:
    job = _cloudrun("migrate-job.yaml")
    assert job["apiVersion"] == "run.googleapis.com/v1" and job["kind"] == "Job"
    task = job["spec"]["template"]["spec"]["template"]["spec"]
    (container,) = task["containers"]
    assert container["args"] == ["migrate"]
    names = {e["name"] for e in container["env"]}
    assert {"RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_ENCRYPTION_KEYS"} <= names <= FIELDS
    service = _cloudrun("service.yaml")["spec"]["template"]
    annotation = "run.googleapis.com/cloudsql-instances"
    assert (
        job["spec"]["template"]["metadata"]["annotations"][annotation]
        == service["metadata"]["annotations"][annotation]
    )


def test_secret_settings_are_never_given_in_plain_text() -> None:
    # Across every manifest: a secret setting's value is empty or a reference, never literal.
    for path in yaml_files():
        for doc in documents(path):
            for name, value in _env_pairs(doc):
                if name in SECRET_FIELDS and isinstance(value, str) and value:
                    # Only references: compose's ${...} from deploy/.env.
                    assert "${" in value, f"{path}: {name} has a literal value"


def _env_pairs(node: Any) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        if "name" in node and "value" in node:
            pairs.append((node["name"], node["value"]))
        for key, value in node.items():
            if (
                isinstance(key, str)
                and key.startswith("RIGHTNOTE_")
                and not isinstance(value, dict)
            ):
                pairs.append((key, value))
            pairs += _env_pairs(value)
    elif isinstance(node, list):
        for item in node:
            pairs += _env_pairs(item)
    return pairs


def test_readme_covers_the_operator_path() -> None:
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in (
        "gcloud workspace-add-ons get-authorization",
        "gcloud workspace-add-ons deployments create",
        "gcloud workspace-add-ons deployments install",
        "rightnote manifest gmail --base-url",
        "rightnote manifest outlook",
        "access_as_user",
        "brk-multihub://",
        "/connect/google/callback",
        "/connect/microsoft/callback",
        "Calendars.Read",
        "Mail.ReadWrite",
        "offline_access",
        "User.Read",
        "Fernet.generate_key()",
        "rightnote rotate-keys",
        "rightnote migrate",
        "/metrics",
        "SIGTERM",
        "per replica",
    ):
        assert needle in readme, needle
