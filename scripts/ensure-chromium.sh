#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser is downloaded from
# npm). `npm test` runs this first: it installs the Debian package when it is missing and it can.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "hookproof: installing Debian's chromium for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "hookproof: the browser tests need Debian's chromium (/usr/bin/chromium): run 'apt-get install chromium' as root" >&2
exit 1
