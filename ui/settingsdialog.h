// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class AppSettings;
class ConnectionTestRow;
class CredentialStore;
class QDialogButtonBox;
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
    // credentials: asked whether secrets are kept for this session only, read for the
    // connection test, and written when the operator copies the secret to a new endpoint.
    SettingsDialog(AppSettings *settings, CredentialStore *credentials, QWidget *parent = nullptr);

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
    void testConnection();
    // The secret is stored per endpoint: when only the endpoint changed and no secret was typed,
    // makes sure the new endpoint has one (copied from the old one, with the operator's consent),
    // then accepts again. Asynchronous; the buttons wait meanwhile.
    void checkSecretForNewEndpoint(const QUrl &endpoint, const QString &apiId);
    void offerToCopySecret(const QUrl &endpoint, const QString &apiId, const QString &secret);
    // explain: say why in a box (when no question about copying came before).
    void askForSecret(const QUrl &endpoint, bool explain);
    void setBusy(bool busy);

    AppSettings *m_settings;
    CredentialStore *m_credentials;
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
    QSpinBox *m_retentionBox;
    QLineEdit *m_operatorEdit;
    ConnectionTestRow *m_testRow;
    QDialogButtonBox *m_buttons;
    QUrl m_secretCheckedFor; // the endpoint whose secret checkSecretForNewEndpoint() settled
    bool m_connectionChanged = false;
    bool m_languageChanged = false;
};
