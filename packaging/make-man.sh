#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the man page of one program from its --help and --version (help2man), in English and
# with no trace of the building user's settings: a clean environment and an empty home.
# Usage: make-man.sh PROGRAM "one-line description" OUT.1.gz
set -euo pipefail

program="${1:?usage: make-man.sh PROGRAM DESCRIPTION OUT.1.gz}"
name="${2:?usage: make-man.sh PROGRAM DESCRIPTION OUT.1.gz}"
out="${3:?usage: make-man.sh PROGRAM DESCRIPTION OUT.1.gz}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# English whatever the app's default language (its settings file, AppSettings' ui/language).
mkdir -p "$home/.config/VerifyDesk"
printf '[ui]\nlanguage=en\n' >"$home/.config/VerifyDesk/verifydesk.conf"

env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=C.UTF-8 \
    ${SOURCE_DATE_EPOCH:+SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH"} \
    help2man --no-info --no-discard-stderr --name="$name" --section=1 \
    --source="VerifyDesk" "$program" | gzip -9n >"$out"
