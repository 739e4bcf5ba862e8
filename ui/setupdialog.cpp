// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupdialog.h"

#include "messagebox.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SetupDialog::SetupDialog(AppSettings *settings, const CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_endpointEdit(new QLineEdit(this))
    , m_apiIdEdit(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_keyringNote(new QLabel(this))
{
    setObjectName(u"setupDialog"_s);
    setWindowTitle(tr("Welcome to VerifyDesk"));
    m_endpointEdit->setObjectName(u"endpointEdit"_s);
    m_apiIdEdit->setObjectName(u"apiIdEdit"_s);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_endpointEdit->setText(m_settings->endpoint().isValid()
                                ? m_settings->endpoint().toString()
                                : QLatin1String(AppSettings::DefaultEndpoint));
    m_apiIdEdit->setText(m_settings->apiId());

    auto *intro = new QLabel(
        tr("VerifyDesk sends a selfie and the liveness data of the vendor's SDK to the "
           "verification API. Enter the API's address and your account. The default endpoint "
           "is the vendor's cloud; a local verifydesk-server works as well, e.g. "
           "http://127.0.0.1:8080."),
        this);
    intro->setWordWrap(true);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setText(
        m_credentials->isSessionOnly()
            ? tr("No system keyring is reachable: the api_secret is kept in memory for this run "
                 "only and must be entered again next time. It is never written to a file.")
            : tr("The api_secret is stored in the system keyring, never in a file."));

    auto *form = new QFormLayout;
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), this);
    endpointLabel->setBuddy(m_endpointEdit);
    auto *apiIdLabel = new QLabel(tr("api_&id:"), this);
    apiIdLabel->setBuddy(m_apiIdEdit);
    auto *secretLabel = new QLabel(tr("api_&secret:"), this);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(endpointLabel, m_endpointEdit);
    form->addRow(apiIdLabel, m_apiIdEdit);
    form->addRow(secretLabel, m_secretEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keyringNote);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SetupDialog::enteredSecret() const
{
    return m_secretEdit->text();
}

void SetupDialog::accept()
{
    QString problem;
    const QUrl endpoint = SettingsDialog::parseEndpoint(m_endpointEdit->text(), &problem);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Endpoint"), problem);
        m_endpointEdit->setFocus();
        return;
    }
    const QString apiId = m_apiIdEdit->text().trimmed();
    if (apiId.isEmpty() || m_secretEdit->text().isEmpty()) {
        MessageBox::warning(this, tr("Account"),
                            tr("Enter both the api_id and the api_secret of your account."));
        (apiId.isEmpty() ? m_apiIdEdit : m_secretEdit)->setFocus();
        return;
    }
    m_settings->setEndpoint(endpoint);
    m_settings->setApiId(apiId);
    m_settings->setFirstRunDone(true);
    m_settings->sync();
    QDialog::accept();
}
