// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
    static constexpr int DefaultOverallTimeoutSeconds = 120;
    // Long enough for any full name, short enough for one line of the receipt.
    static constexpr int MaxOperatorNameLength = 100;
    static constexpr int DefaultRetentionDays = 180;
    static constexpr int MaxRetentionDays = 36500;

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
    int overallTimeoutSeconds() const; // 1…3600: the longest one attempt may take
    bool setOverallTimeoutSeconds(int seconds);
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

    // The operator's choice, "zh_CN" or "en"; empty while none was made, and the app then
    // follows the system locale (LanguageLoader::resolve).
    QString language() const;
    bool setLanguage(const QString &language);

    // The endpoint saved by the setup or the settings; empty when none was saved (endpoint()
    // then gives DefaultEndpoint).
    QUrl configuredEndpoint() const;

    // The folder the last file of an input was opened from ("selfie", "liveness"); empty when
    // none was opened yet.
    QString lastFolder(const QString &input) const;
    void setLastFolder(const QString &input, const QString &folder);

    bool keepImages() const; // opt-in copies of inputs in the history
    void setKeepImages(bool keep);
    // The operator recorded with each verification; empty: the OS user's full name.
    QString operatorName() const;
    void setOperatorName(const QString &name);
    // Days the history keeps a record (default 180; 0 keeps every record).
    int historyRetentionDays() const;
    bool setHistoryRetentionDays(int days); // false (unchanged) outside 0…MaxRetentionDays
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // The main window's saveGeometry(), saveState() and splitter saveState(); empty when never
    // saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
