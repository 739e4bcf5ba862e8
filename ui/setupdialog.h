// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSettings;
class CredentialStore;
class QLabel;
class QLineEdit;

// The first-run setup: endpoint, api_id and api_secret (the window stores the secret in the
// keyring).
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    // credentials: only asked whether secrets are kept for this session only.
    SetupDialog(AppSettings *settings, const CredentialStore *credentials,
                QWidget *parent = nullptr);

    QString enteredSecret() const;

    void accept() override;

private:
    AppSettings *m_settings;
    const CredentialStore *m_credentials;
    QLineEdit *m_endpointEdit;
    QLineEdit *m_apiIdEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_keyringNote;
};
