#include "api/clientsettings.h"

#include "verifydeskconfig.h"

QByteArray ClientSettings::userAgent()
{
    return QByteArrayLiteral("VerifyDesk/" VD_VERSION);
}
