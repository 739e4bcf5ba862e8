// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "api/thresholdtable.h"
#include "api/verdict.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString KeyEndpoint = u"endpoint/url"_s;
const QString KeyApiId = u"endpoint/apiId"_s;
const QString KeyTimeout = u"network/transferTimeoutSeconds"_s;
const QString KeyOverallTimeout = u"network/overallTimeoutSeconds"_s;
const QString KeyCaBundle = u"network/caBundlePath"_s;
const QString KeyProxyMode = u"network/proxyMode"_s;
const QString KeyProxyHost = u"network/proxyHost"_s;
const QString KeyProxyPort = u"network/proxyPort"_s;
const QString KeyVerifyThreshold = u"thresholds/verify"_s;
const QString KeyHackThreshold = u"thresholds/hack"_s;
const QString KeyLanguage = u"ui/language"_s;
const QString KeyKeepImages = u"history/keepImages"_s;
const QString KeyFirstRunDone = u"app/firstRunDone"_s;
const QString KeyLastFolderGroup = u"lastFolder/"_s;
const QString KeyOperatorName = u"history/operatorName"_s;
const QString KeyRetentionDays = u"history/retentionDays"_s;
const QString KeyWindowGeometry = u"window/geometry"_s;
const QString KeyWindowState = u"window/state"_s;
const QString KeySplitterState = u"window/splitter"_s;

constexpr int MaxTimeoutSeconds = 3600;

bool validHackThreshold(double value)
{
    return value > 0.0 && value <= 1.0;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QUrl AppSettings::endpoint() const
{
    const QUrl url = configuredEndpoint();
    return url.isEmpty() ? QUrl(QLatin1String(DefaultEndpoint)) : url;
}

QUrl AppSettings::configuredEndpoint() const
{
    const QUrl url(m_settings->value(KeyEndpoint).toString(), QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty())
        return url;
    return {};
}

void AppSettings::setEndpoint(const QUrl &url)
{
    // User info or a query could carry credentials; only scheme, host, port and path are kept.
    QUrl base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::StripTrailingSlash);
    if (base.path() == u"/")
        base.setPath(QString());
    m_settings->setValue(KeyEndpoint, base.toString());
}

QString AppSettings::apiId() const
{
    return m_settings->value(KeyApiId).toString();
}

void AppSettings::setApiId(const QString &apiId)
{
    m_settings->setValue(KeyApiId, apiId.trimmed());
}

int AppSettings::transferTimeoutSeconds() const
{
    bool ok = false;
    const int value = m_settings->value(KeyTimeout).toInt(&ok);
    return ok && value >= 1 && value <= MaxTimeoutSeconds ? value : DefaultTimeoutSeconds;
}

bool AppSettings::setTransferTimeoutSeconds(int seconds)
{
    if (seconds < 1 || seconds > MaxTimeoutSeconds)
        return false;
    m_settings->setValue(KeyTimeout, seconds);
    return true;
}

int AppSettings::overallTimeoutSeconds() const
{
    bool ok = false;
    const int value = m_settings->value(KeyOverallTimeout).toInt(&ok);
    return ok && value >= 1 && value <= MaxTimeoutSeconds ? value : DefaultOverallTimeoutSeconds;
}

bool AppSettings::setOverallTimeoutSeconds(int seconds)
{
    if (seconds < 1 || seconds > MaxTimeoutSeconds)
        return false;
    m_settings->setValue(KeyOverallTimeout, seconds);
    return true;
}

double AppSettings::verifyThreshold() const
{
    bool ok = false;
    const double value = m_settings->value(KeyVerifyThreshold).toDouble(&ok);
    if (!ok)
        return Thresholds::DefaultVerify;
    const std::optional<int> row = ThresholdTable::rowForThreshold(value);
    return row ? ThresholdTable::rows().at(*row).threshold : Thresholds::DefaultVerify;
}

bool AppSettings::setVerifyThreshold(double threshold)
{
    const std::optional<int> row = ThresholdTable::rowForThreshold(threshold);
    if (!row)
        return false;
    m_settings->setValue(KeyVerifyThreshold, ThresholdTable::rows().at(*row).threshold);
    return true;
}

double AppSettings::hackThreshold() const
{
    bool ok = false;
    const double value = m_settings->value(KeyHackThreshold).toDouble(&ok);
    return ok && validHackThreshold(value) ? value : Thresholds::DefaultHack;
}

bool AppSettings::setHackThreshold(double threshold)
{
    if (!validHackThreshold(threshold))
        return false;
    m_settings->setValue(KeyHackThreshold, threshold);
    return true;
}

QString AppSettings::caBundlePath() const
{
    return m_settings->value(KeyCaBundle).toString();
}

void AppSettings::setCaBundlePath(const QString &path)
{
    m_settings->setValue(KeyCaBundle, path);
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString mode = m_settings->value(KeyProxyMode).toString();
    if (mode == u"none")
        return ProxyMode::None;
    if (mode == u"manual")
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    QString value = u"system"_s;
    if (mode == ProxyMode::None)
        value = u"none"_s;
    else if (mode == ProxyMode::Manual)
        value = u"manual"_s;
    m_settings->setValue(KeyProxyMode, value);
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(KeyProxyHost).toString();
}

quint16 AppSettings::proxyPort() const
{
    bool ok = false;
    const uint port = m_settings->value(KeyProxyPort).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : 0;
}

void AppSettings::setManualProxy(const QString &host, quint16 port)
{
    m_settings->setValue(KeyProxyHost, host.trimmed());
    m_settings->setValue(KeyProxyPort, port);
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(KeyLanguage).toString();
    return value == u"en" || value == u"zh_CN" ? value : QString();
}

bool AppSettings::setLanguage(const QString &language)
{
    if (language != u"zh_CN" && language != u"en")
        return false;
    m_settings->setValue(KeyLanguage, language);
    return true;
}

QString AppSettings::lastFolder(const QString &input) const
{
    return m_settings->value(KeyLastFolderGroup + input).toString();
}

void AppSettings::setLastFolder(const QString &input, const QString &folder)
{
    m_settings->setValue(KeyLastFolderGroup + input, folder);
}

bool AppSettings::keepImages() const
{
    return m_settings->value(KeyKeepImages, false).toBool();
}

void AppSettings::setKeepImages(bool keep)
{
    m_settings->setValue(KeyKeepImages, keep);
}

QString AppSettings::operatorName() const
{
    return m_settings->value(KeyOperatorName).toString().trimmed();
}

void AppSettings::setOperatorName(const QString &name)
{
    m_settings->setValue(KeyOperatorName, name.trimmed());
}

int AppSettings::historyRetentionDays() const
{
    bool ok = false;
    const int days = m_settings->value(KeyRetentionDays, DefaultRetentionDays).toInt(&ok);
    return ok && days >= 0 && days <= MaxRetentionDays ? days : DefaultRetentionDays;
}

bool AppSettings::setHistoryRetentionDays(int days)
{
    if (days < 0 || days > MaxRetentionDays)
        return false;
    m_settings->setValue(KeyRetentionDays, days);
    return true;
}

bool AppSettings::firstRunDone() const
{
    return m_settings->value(KeyFirstRunDone, false).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    m_settings->setValue(KeyFirstRunDone, done);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(KeyWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(KeyWindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(KeyWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(KeyWindowState, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(KeySplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(KeySplitterState, state);
}
