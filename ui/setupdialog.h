// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSettings;
class ConnectionTestRow;
class CredentialStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The first-run setup: language, operator name, endpoint, api_id and api_secret (the window
// stores the secret in the keyring), with a connection test.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    // credentials: only asked whether secrets are kept for this session only.
    SetupDialog(AppSettings *settings, const CredentialStore *credentials,
                QWidget *parent = nullptr);

    QString enteredSecret() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The language picked is the operator's choice: saved, and the app speaks it at once.
    void applyLanguage();
    void testConnection();

    AppSettings *m_settings;
    const CredentialStore *m_credentials;
    QComboBox *m_languageBox;
    QLineEdit *m_operatorEdit;
    QLineEdit *m_endpointEdit;
    QLineEdit *m_apiIdEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QLabel *m_operatorLabel;
    QLabel *m_endpointLabel;
    QLabel *m_apiIdLabel;
    QLabel *m_secretLabel;
    QLabel *m_keyringNote;
    ConnectionTestRow *m_testRow;
    QDialogButtonBox *m_buttons;
};
