#!/usr/bin/env bash
# Usage: ensure-command.sh <command> <debian-package> <what needs it>
# Some tests drive programs npm does not ship (Debian's Chromium for the browser tests, python3 for the
# Python example receiver). `npm test` runs this first: it installs the Debian package when the command
# is missing and it can (root with apt-get), and otherwise says what to install.
set -euo pipefail
command_name="$1" package="$2" needed_by="$3"
if command -v "$command_name" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "hookproof: installing Debian's $package for $needed_by..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "hookproof: $needed_by need $command_name: run 'apt-get install $package' as root" >&2
exit 1
