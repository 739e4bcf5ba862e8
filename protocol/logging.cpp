// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

// Info and above by default: the request log lines (request ids, statuses) are what support asks
// for first; debug output is opt-in per area.
Q_LOGGING_CATEGORY(lcApi, "verifydesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "verifydesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeyring, "verifydesk.keyring", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "verifydesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "verifydesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "verifydesk.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "verifydesk.server", QtInfoMsg)
