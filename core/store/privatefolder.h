// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The one rule for the folder of a private database (history, batches, kept copies): every
// folder VerifyDesk creates on the way to it is made 0700, as the XDG base directory spec asks.
// An existing folder is made 0700 only inside the app's own data folder (AppDataLocation),
// where an older version may have left it open; elsewhere it may be one the user keeps for
// other purposes (a batch sits beside its manifest, a history path can be given) and is never
// chmodded, but one that other users can enter or read gets a warning naming it, for the
// operator to decide. The database files in it are 0600 anyway.
class PrivateFolder
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFolder)

public:
    struct Result
    {
        bool ok = false; // the folder exists (created or found); the caller words a failure
        bool created = false;
        QString warning; // translated; set when an existing folder is open to other users
    };

    static Result ensure(const QString &folder);
    // Whether the folder is the app's data folder or inside it.
    static bool isAppOwned(const QString &folder);
};
