#!/usr/bin/env bash
# The Python example receiver (examples/python-receiver, standard library only) runs in `npm test`
# through `hookproof mock` and `verify --scenarios`.
exec bash "$(dirname "$0")/ensure-command.sh" python3 python3 "the Python example receiver tests"
