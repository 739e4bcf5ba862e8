#pragma once

#include <QLoggingCategory>

// The server's log: one line per request (id, account, status, latency), start and stop.
// Never secrets, never image bytes.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
