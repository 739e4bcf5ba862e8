// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The process's private folder for fitted and pasted selfies: <runtime or cache folder>/
// verifydesk-temp/<pid>, 0700 (set explicitly), removed when the process exits; the folders
// of processes that died without removing theirs are removed when the next one starts.
class PrivateTempFolder
{
public:
    // Creates it on first use (and cleans the stale ones then); empty when it cannot be made.
    static QString path();
    // The parent of every process's folder.
    static QString root();
    // Removes the folders of processes that no longer run; value is how many were removed.
    static int removeStale();
    // Removes this process's folder (also done at exit).
    static void remove();
};
