#!/usr/bin/env bash
# Starts the dashboard. Without a display (no DISPLAY or WAYLAND_DISPLAY), it runs inside a
# virtual X server so that `make run` works on a headless machine too.
set -euo pipefail
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    exec "$@"
fi
echo "No display found: starting the dashboard in a virtual X server (xvfb-run)." >&2
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
