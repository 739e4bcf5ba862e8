// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupdialog.h"

#include "connectiontestrow.h"
#include "messagebox.h"
#include "services/languageloader.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The address verifydesk-server listens on by default (server/serveroptions.cpp).
const QString LocalServerExample = u"http://127.0.0.1:8600"_s;

} // namespace

SetupDialog::SetupDialog(AppSettings *settings, const CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_languageBox(new QComboBox(this))
    , m_operatorEdit(new QLineEdit(this))
    , m_endpointEdit(new QLineEdit(this))
    , m_apiIdEdit(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_intro(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_apiIdLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_keyringNote(new QLabel(this))
    , m_testRow(new ConnectionTestRow(settings, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"setupDialog"_s);
    m_languageBox->setObjectName(u"languageBox"_s);
    m_operatorEdit->setObjectName(u"operatorEdit"_s);
    m_endpointEdit->setObjectName(u"endpointEdit"_s);
    m_apiIdEdit->setObjectName(u"apiIdEdit"_s);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_intro->setObjectName(u"setupIntro"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_endpointEdit->setText(m_settings->endpoint().isValid()
                                ? m_settings->endpoint().toString()
                                : QLatin1String(AppSettings::DefaultEndpoint));
    m_apiIdEdit->setText(m_settings->apiId());
    // Recorded with every verification; the OS user's full name unless the operator says else.
    m_operatorEdit->setText(m_settings->operatorName().isEmpty() ? HistoryStore::currentOperator()
                                                                 : m_settings->operatorName());
    m_operatorEdit->setMaxLength(AppSettings::MaxOperatorNameLength);
    for (const QString &language : LanguageLoader::languages())
        m_languageBox->addItem(LanguageLoader::nativeName(language), language);
    m_languageBox->setCurrentIndex(
        m_languageBox->findData(LanguageLoader::resolve(m_settings->language())));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_keyringNote->setWordWrap(true);
    m_languageLabel->setBuddy(m_languageBox);
    m_operatorLabel->setBuddy(m_operatorEdit);
    m_endpointLabel->setBuddy(m_endpointEdit);
    m_apiIdLabel->setBuddy(m_apiIdEdit);
    m_secretLabel->setBuddy(m_secretEdit);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_operatorLabel, m_operatorEdit);
    form->addRow(m_endpointLabel, m_endpointEdit);
    form->addRow(m_apiIdLabel, m_apiIdEdit);
    form->addRow(m_secretLabel, m_secretEdit);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &SetupDialog::applyLanguage);
    connect(m_testRow, &ConnectionTestRow::requested, this, &SetupDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_testRow);
    layout->addWidget(m_keyringNote);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    retranslate();
}

void SetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SetupDialog::retranslate()
{
    setWindowTitle(tr("Welcome to VerifyDesk"));
    // The example address is one unbreakable piece: a wrapped URL reads as two.
    m_intro->setText(
        tr("VerifyDesk sends a selfie and the liveness data of the vendor's SDK to the "
           "verification API. Enter the API's address and your account. The default endpoint "
           "is the vendor's cloud; a local verifydesk-server works as well, by default at %1.")
            .toHtmlEscaped()
            .arg(u"<nobr>"_s + LocalServerExample + u"</nobr>"_s));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_operatorLabel->setText(tr("&Operator name:"));
    m_endpointLabel->setText(tr("&Endpoint:"));
    m_apiIdLabel->setText(tr("api_&id:"));
    m_secretLabel->setText(tr("api_&secret:"));
    m_keyringNote->setText(
        m_credentials->isSessionOnly()
            ? tr("No system keyring is reachable: the api_secret is kept in memory for this run "
                 "only and must be entered again next time. It is never written to a file.")
            : tr("The api_secret is stored in the system keyring, never in a file."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
}

void SetupDialog::applyLanguage()
{
    const QString language = m_languageBox->currentData().toString();
    m_settings->setLanguage(language);
    m_settings->sync();
    LanguageLoader::install(QCoreApplication::instance(), language);
}

void SetupDialog::testConnection()
{
    QString problem;
    const QUrl endpoint = SettingsDialog::parseEndpoint(m_endpointEdit->text(), &problem);
    if (!problem.isEmpty()) {
        m_testRow->showProblem(problem);
        return;
    }
    m_testRow->run(endpoint, m_apiIdEdit->text().trimmed(), m_secretEdit->text());
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
    m_settings->setOperatorName(m_operatorEdit->text());
    m_settings->setFirstRunDone(true);
    m_settings->sync();
    QDialog::accept();
}
