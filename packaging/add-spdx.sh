#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts the project's SPDX licence line first in every source file we own that lacks it (after the
# #! line of a script). Safe to run again, e.g. after a merge brought new files.
# Usage: packaging/add-spdx.sh [--check]   (--check: list the files without it, exit 1 if any)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
spdx="SPDX-License-Identifier: GPL-3.0-or-later"
check=0
[ "${1:-}" = "--check" ] && check=1
missing=0

while IFS= read -r -d '' file; do
    case "$file" in
    *.cpp | *.h | *.h.in | *.proto) line="// $spdx" ;;
    *) line="# $spdx" ;;
    esac
    first="$(head -n 1 "$file")"
    if [[ "$first" == "#!"* ]]; then
        present="$(sed -n 2p "$file")"
    else
        present="$first"
    fi
    [ "$present" = "$line" ] && continue
    missing=1
    if ((check)); then
        echo "$file"
        continue
    fi
    if [[ "$first" == "#!"* ]]; then
        sed -i "1a $line" "$file"
    else
        sed -i "1i $line" "$file"
    fi
done < <(cd "$root" && git ls-files -z -- \
    '*.cpp' '*.h' '*.h.in' '*.proto' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' \
    '*.py' | sed -z "s|^|$root/|")

((check && missing)) && exit 1
exit 0
