#!/bin/sh
# What bench/ needs beyond the virtualenv: wrk, the load generator of bench/load.py.
# Installed from Debian's packages (as .ci/run installs Chromium), only when missing.
set -e
command -v wrk >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get install -y --no-install-recommends wrk || {
  $sudo apt-get update && $sudo apt-get install -y --no-install-recommends wrk
}
