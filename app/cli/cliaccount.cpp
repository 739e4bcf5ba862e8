// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliaccount.h"

#include "api/verificationrequest.h"
#include "store/appsettings.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

QString CliAccount::read(const QCommandLineParser &parser, VerificationRequest *request)
{
    const QString endpoint = parser.isSet(u"endpoint"_s)
                                 ? parser.value(u"endpoint"_s)
                                 : AppSettings().configuredEndpoint().toString();
    if (endpoint.isEmpty())
        return tr("No endpoint: give --endpoint URL, or set it up in the desktop app.");
    const QUrl base(endpoint, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"https"_s && base.scheme() != u"http"_s) ||
        base.host().isEmpty())
        return tr("--endpoint \"%1\" is not an http:// or https:// URL.").arg(endpoint);
    request->baseUrl = base;

    request->apiId = parser.isSet(u"api-id"_s) ? parser.value(u"api-id"_s) : AppSettings().apiId();
    if (request->apiId.isEmpty())
        return tr("No api_id: give --api-id ID, or set it up in the desktop app.");
    return {};
}
