#!/usr/bin/env bash
# Installs Debian's chromium for the Playwright browser tests (tests/Connectors.Samples.Web.Tests), once.
# Idempotent: does nothing when /usr/bin/chromium is already there. Called by ./test.sh.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "browser: chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
    exit 0
fi
echo "browser: installing Debian's chromium (apt-get) for the browser tests..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# Several test runs may start at once: wait for apt's lock instead of failing on it.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium > /dev/null
echo "browser: $(/usr/bin/chromium --version 2>/dev/null)"
