# syntax=docker/dockerfile:1
#
# RightNote: one image for the API and the auto-draft worker; the command picks the role.
#
#   docker build -t rightnote .
#   docker run ... rightnote api            # rightnote serve on 0.0.0.0:8000 (the default)
#   docker run ... rightnote worker         # rightnote worker
#   docker run ... rightnote migrate        # rightnote migrate (one-shot, before a rollout)
#   docker run ... rightnote manifest gmail --base-url https://...   # any rightnote command
#
# Stages: `assets` bundles the Outlook task pane's JavaScript when the repository has a
# package.json; `build` installs the app into a virtual environment; the final stage copies
# that environment onto a clean slim image and runs it as an unprivileged user.
# Base images are pinned by exact version; bump them together (see deploy/README.md).

# --- task-pane assets -------------------------------------------------------------------------
FROM node:22.23.2-bookworm-slim AS assets
WORKDIR /src
# pyproject.toml always exists, so this COPY succeeds in a checkout without package.json too.
COPY pyproject.toml package*.json ./
# npm ci alone first: its layer is reused until package.json or the lock file change.
RUN if [ -f package.json ]; then npm ci --no-audit --no-fund; fi
# The build script lives beside the pane (package.json "build"); it writes outlook_static/vendor.
COPY app/addons/ app/addons/
RUN if [ -f package.json ]; then npm run build; fi \
    && mkdir -p app/addons/outlook_static/vendor

# --- build: the app and its dependencies in /opt/rightnote ------------------------------------
FROM python:3.11.16-slim-bookworm AS build
# URLLIB3_NO_OVERRIDE + PIP_NO_BINARY: caldav's HTTP client (niquests) needs urllib3-future, whose
# wheel replaces urllib3 itself at every interpreter start; built this way the two stay apart.
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    URLLIB3_NO_OVERRIDE=1 \
    PIP_NO_BINARY=urllib3-future
WORKDIR /src
RUN python -m venv /opt/rightnote
# Dependencies first, from pyproject.toml alone: this layer survives code-only changes.
COPY pyproject.toml README.md* ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && /opt/rightnote/bin/pip install -r /tmp/requirements.txt
COPY app/ app/
COPY --from=assets /src/app/addons/outlook_static/ app/addons/outlook_static/
# Compiled bytecode ships in the image: the root filesystem is read-only at run time.
# -I: import the installed copy, not ./app, to prove the install is complete.
RUN /opt/rightnote/bin/pip install --no-deps . \
    && /opt/rightnote/bin/python -I -c "import app.main, app.cli.serve, app.ops.healthcheck"

# --- runtime ---------------------------------------------------------------------------------
FROM python:3.11.16-slim-bookworm
LABEL org.opencontainers.image.title="RightNote" \
      org.opencontainers.image.description="The right note after an interview: Gmail add-on, Outlook add-in and auto-draft worker."
ENV PATH=/opt/rightnote/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    RIGHTNOTE_AUTH_MODE=production \
    RIGHTNOTE_HOST=0.0.0.0 \
    RIGHTNOTE_PORT=8000 \
    RIGHTNOTE_LOG_JSON=true \
    RIGHTNOTE_DATA_DIR=/var/lib/rightnote
RUN groupadd --system --gid 10001 rightnote \
    && useradd --system --uid 10001 --gid 10001 --no-create-home \
        --home-dir /var/lib/rightnote --shell /usr/sbin/nologin rightnote \
    && install -d -o 10001 -g 10001 -m 0700 /var/lib/rightnote
COPY --from=build /opt/rightnote /opt/rightnote
COPY --chmod=0755 docker/entrypoint.sh /usr/local/bin/rightnote-entrypoint
USER 10001:10001
WORKDIR /var/lib/rightnote
EXPOSE 8000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-m", "app.ops.healthcheck"]
ENTRYPOINT ["rightnote-entrypoint"]
CMD ["api"]
