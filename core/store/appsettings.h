// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <memory>

class QSettings;

// The application's settings, typed, over QSettings. It has no place for the api_secret: that
// lives only in CredentialStore.
class AppSettings
{
public:
    enum class ProxyMode
    {
        System,
        None,
        Manual
    };

    static constexpr const char *DefaultEndpoint = "https://cloudapi.linkface.cn";
    static constexpr int DefaultTimeoutSeconds = 60;

    // The application's QSettings (organization/application names set in main).
    AppSettings();
    // An INI file, for tests and --settings.
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QUrl endpoint() const;
    void setEndpoint(const QUrl &url);
    QString apiId() const;
    void setApiId(const QString &apiId);

    int transferTimeoutSeconds() const; // 1…3600
    bool setTransferTimeoutSeconds(int seconds);
    double verifyThreshold() const;            // always a row of ThresholdTable
    bool setVerifyThreshold(double threshold); // false (unchanged) when not a table row
    double hackThreshold() const;              // (0, 1]
    bool setHackThreshold(double threshold);

    QString caBundlePath() const;
    void setCaBundlePath(const QString &path);

    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    quint16 proxyPort() const;
    void setManualProxy(const QString &host, quint16 port);

    QString language() const; // "zh_CN" (default) or "en"
    bool setLanguage(const QString &language);

    bool keepImages() const; // opt-in copies of inputs in the history
    void setKeepImages(bool keep);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
