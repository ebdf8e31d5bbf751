#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser is downloaded from npm).
exec bash "$(dirname "$0")/ensure-command.sh" chromium chromium "the browser tests"
