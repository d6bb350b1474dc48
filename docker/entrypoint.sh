#!/bin/sh
# The image's entrypoint. One image, several roles; the first argument picks one:
#   api      the HTTP API (default)       -> rightnote serve --host 0.0.0.0 --port $PORT
#   worker   the auto-draft worker         -> rightnote worker [--once] ...
#   migrate  the one-shot schema migration -> rightnote migrate ...
#   any other rightnote command, e.g. `manifest gmail --base-url ...` or `rotate-keys`.
# exec hands PID 1 to rightnote itself, so SIGTERM reaches it and it drains before exiting.
set -eu

role="${1:-api}"
if [ "$#" -gt 0 ]; then
    shift
fi

case "$role" in
    api | serve)
        # Cloud Run (and some other platforms) say which port to listen on in $PORT.
        port="${PORT:-${RIGHTNOTE_PORT:-8000}}"
        export RIGHTNOTE_PORT="$port"
        exec rightnote serve --host "${RIGHTNOTE_HOST:-0.0.0.0}" --port "$port" "$@"
        ;;
    worker | migrate)
        exec rightnote "$role" "$@"
        ;;
    rightnote)
        exec rightnote "$@"
        ;;
    *)
        exec rightnote "$role" "$@"
        ;;
esac
