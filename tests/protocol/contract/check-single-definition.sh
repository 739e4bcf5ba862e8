#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that each literal of the API contract is spelled in exactly one C++ source file outside
# tests/ (in protocol, core, ui, app, engine and server). Usage: check-single-definition.sh [ROOT]
# To cover another literal, add one `single '<extended regex>' '<description>'` line below.
set -uo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
areas=()
for area in protocol core ui app engine server; do
    [[ -d "$root/$area" ]] && areas+=("$root/$area")
done
failures=0

# Exactly one file matches `regex`.
single() {
    local regex=$1 description=$2 files count
    files=$(grep -rlE --include='*.cpp' --include='*.h' -e "$regex" "${areas[@]}" | sort)
    count=$(printf '%s' "$files" | grep -c . || true)
    if [[ $count -eq 1 ]]; then
        echo "ok   $description: ${files#"$root"/}"
    else
        echo "FAIL $description ($regex) is spelled in $count files:"
        printf '%s\n' "$files" | sed "s|^$root/|       |"
        failures=$((failures + 1))
    fi
}

for status in ENCODING_ERROR DOWNLOAD_TIMEOUT DOWNLOAD_ERROR IMAGE_FILE_SIZE_TOO_BIG \
    IMAGE_ID_NOT_EXIST NO_FACE_DETECTED CORRUPT_IMAGE INVALID_IMAGE_FORMAT_OR_SIZE \
    WRONG_LIVENESS_DATA INVALID_ARGUMENT UNAUTHORIZED KEY_EXPIRED RATE_LIMIT_EXCEEDED \
    NO_PERMISSION OUT_OF_QUOTA NOT_FOUND INTERNAL_ERROR SERVICE_UNAVAILABLE; do
    single "\"$status\"" "the API status $status"
done
single '"/identity/liveness_selfie_verification"' 'the API path'
single '5 *\* *1024 *\* *1024|5 *<< *20\b' 'the selfie limit of 5 MiB'
single '"VERIFYDESK_API_SECRET"' "the secret's environment variable"
single '10 *\* *1024 *\* *1024|10 *<< *20\b' 'the liveness data limit of 10 MiB'
single '"verifydesk\.liveness"' "the open liveness format's magic"

# The statuses are one table: the file that holds one holds them all.
tables=$(grep -rlE --include='*.cpp' --include='*.h' \
    -e '"(ENCODING_ERROR|NO_FACE_DETECTED|INTERNAL_ERROR|SERVICE_UNAVAILABLE)"' "${areas[@]}" |
    grep -c . || true)
if [[ $tables -ne 1 ]]; then
    echo "FAIL the statuses are spread over $tables files"
    failures=$((failures + 1))
fi

if [[ $failures -ne 0 ]]; then
    echo "$failures literal(s) of the contract are spelled more than once (or nowhere)"
    exit 1
fi
echo "every literal of the contract is spelled once"
