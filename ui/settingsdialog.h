// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class AppSettings;
class CredentialStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// All settings in one dialog: connection and credentials, timeout, thresholds, CA bundle,
// proxy, language, history.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // credentials: only asked whether secrets are kept for this session only.
    SettingsDialog(AppSettings *settings, const CredentialStore *credentials,
                   QWidget *parent = nullptr);

    // A new secret typed in the dialog, for the window to store; empty when the field was left
    // empty (unchanged).
    QString enteredSecret() const;
    bool connectionChanged() const { return m_connectionChanged; }
    bool languageChanged() const { return m_languageChanged; }

    // An http(s) base URL with a host; otherwise an empty URL and a translated problem.
    static QUrl parseEndpoint(const QString &text, QString *problem);

    void accept() override;

private:
    void updateProxyFields();

    AppSettings *m_settings;
    const CredentialStore *m_credentials;
    QLineEdit *m_endpointEdit;
    QLineEdit *m_apiIdEdit;
    QLineEdit *m_secretEdit;
    QSpinBox *m_timeoutBox;
    QComboBox *m_verifyThresholdBox;
    QDoubleSpinBox *m_hackThresholdBox;
    QLineEdit *m_caBundleEdit;
    QComboBox *m_proxyBox;
    QLineEdit *m_proxyHostEdit;
    QSpinBox *m_proxyPortBox;
    QComboBox *m_languageBox;
    QCheckBox *m_keepImagesBox;
    bool m_connectionChanged = false;
    bool m_languageChanged = false;
};
