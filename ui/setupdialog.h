#pragma once

#include <QDialog>

class AppSettings;
class CredentialStore;
class QLabel;
class QLineEdit;

// The first-run setup: endpoint, api_id and api_secret (the secret goes to the keyring).
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    SetupDialog(AppSettings *settings, CredentialStore *credentials, QWidget *parent = nullptr);

    QString enteredSecret() const;

    void accept() override;

private:
    AppSettings *m_settings;
    CredentialStore *m_credentials;
    QLineEdit *m_endpointEdit;
    QLineEdit *m_apiIdEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_keyringNote;
};
