// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging categories of VerifyDesk, one per area, so that support can turn on one area with
// QT_LOGGING_RULES (e.g. "verifydesk.api.debug=true") without drowning in the others.
Q_DECLARE_LOGGING_CATEGORY(lcApi)     // verifydesk.api: requests, answers, retries
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // verifydesk.store: history and settings files
Q_DECLARE_LOGGING_CATEGORY(lcKeyring) // verifydesk.keyring: the system keyring
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // verifydesk.cli: the command-line mode
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // verifydesk.ui: windows and dialogs
Q_DECLARE_LOGGING_CATEGORY(lcEngine)  // verifydesk.engine: the face engine and its tool
Q_DECLARE_LOGGING_CATEGORY(lcServer)  // verifydesk.server: verifydesk-server
