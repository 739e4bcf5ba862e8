#include "api/clientsettings.h"

QByteArray ClientSettings::userAgent()
{
    return QByteArrayLiteral("VerifyDesk/" VD_VERSION);
}
