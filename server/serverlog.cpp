#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "verifydesk.server", QtInfoMsg)
