// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clientsettings.h"

#include "verifydeskconfig.h"

QByteArray ClientSettings::userAgent()
{
    return QByteArrayLiteral("VerifyDesk/" VD_VERSION);
}
