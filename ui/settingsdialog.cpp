// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "api/thresholdtable.h"
#include "api/verdict.h"
#include "connectiontestrow.h"
#include "messagebox.h"
#include "services/languageloader.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"
#include "thresholdtablewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Rows of a label and a field on a grid. Not QFormLayout: Qt 6.4's QFormLayout miscomputes the
// height of word-wrapped rows and squeezes the fields above them.
class FormGrid
{
public:
    explicit FormGrid(QWidget *parent)
        : m_grid(new QGridLayout(parent))
    {
        m_grid->setColumnStretch(1, 1);
    }

    void addRow(QWidget *label, QWidget *field)
    {
        if (label)
            m_grid->addWidget(label, m_rows, 0);
        m_grid->addWidget(field, m_rows++, 1);
    }
    void addRow(QWidget *label, QLayout *field)
    {
        m_grid->addWidget(label, m_rows, 0);
        m_grid->addLayout(field, m_rows++, 1);
    }

private:
    QGridLayout *m_grid;
    int m_rows = 0;
};

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_endpointEdit(new QLineEdit(settings->endpoint().toString(), this))
    , m_apiIdEdit(new QLineEdit(settings->apiId(), this))
    , m_secretEdit(new QLineEdit(this))
    , m_timeoutBox(new QSpinBox(this))
    , m_verifyThresholdBox(new QComboBox(this))
    , m_hackThresholdBox(new QDoubleSpinBox(this))
    , m_caBundleEdit(new QLineEdit(settings->caBundlePath(), this))
    , m_proxyBox(new QComboBox(this))
    , m_proxyHostEdit(new QLineEdit(settings->proxyHost(), this))
    , m_proxyPortBox(new QSpinBox(this))
    , m_languageBox(new QComboBox(this))
    , m_keepImagesBox(new QCheckBox(tr("&Keep copies of the input files with the history"), this))
    , m_retentionBox(new QSpinBox(this))
    , m_operatorEdit(new QLineEdit(settings->operatorName().isEmpty()
                                       ? HistoryStore::currentOperator()
                                       : settings->operatorName(),
                                   this))
    , m_testRow(new ConnectionTestRow(settings, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_endpointEdit->setObjectName(u"endpointEdit"_s);
    m_apiIdEdit->setObjectName(u"apiIdEdit"_s);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("unchanged"));

    m_timeoutBox->setRange(1, 3600);
    m_timeoutBox->setSuffix(tr(" s"));
    m_timeoutBox->setValue(settings->transferTimeoutSeconds());

    for (const ThresholdTable::Row &row : ThresholdTable::rows())
        m_verifyThresholdBox->addItem(
            tr("%1 (false-accept rate %2)")
                .arg(QLocale().toString(row.threshold, 'f', 1),
                     ThresholdTableWidget::formatRate(row.falseAcceptRate)),
            row.threshold);
    m_verifyThresholdBox->setCurrentIndex(
        ThresholdTable::rowForThreshold(settings->verifyThreshold())
            .value_or(*ThresholdTable::rowForThreshold(Thresholds::DefaultVerify)));

    m_hackThresholdBox->setRange(0.01, 1.0);
    m_hackThresholdBox->setDecimals(3);
    m_hackThresholdBox->setSingleStep(0.01);
    m_hackThresholdBox->setValue(settings->hackThreshold());

    m_proxyBox->addItem(tr("System proxy"), static_cast<int>(AppSettings::ProxyMode::System));
    m_proxyBox->addItem(tr("No proxy"), static_cast<int>(AppSettings::ProxyMode::None));
    m_proxyBox->addItem(tr("HTTP proxy:"), static_cast<int>(AppSettings::ProxyMode::Manual));
    m_proxyBox->setCurrentIndex(m_proxyBox->findData(static_cast<int>(settings->proxyMode())));
    m_proxyHostEdit->setPlaceholderText(tr("host"));
    m_proxyPortBox->setRange(1, 65535);
    m_proxyPortBox->setValue(settings->proxyPort() ? settings->proxyPort() : 3128);

    for (const QString &language : LanguageLoader::languages())
        m_languageBox->addItem(LanguageLoader::nativeName(language), language);
    m_languageBox->setCurrentIndex(
        m_languageBox->findData(LanguageLoader::resolve(settings->language())));
    m_keepImagesBox->setChecked(settings->keepImages());
    m_retentionBox->setObjectName(u"retentionBox"_s);
    m_retentionBox->setRange(0, AppSettings::MaxRetentionDays);
    m_retentionBox->setSpecialValueText(tr("forever (keep every record)"));
    // The unit follows the number ("1 day", "2 days").
    connect(m_retentionBox, &QSpinBox::valueChanged, this,
            [this](int days) { m_retentionBox->setSuffix(tr(" day(s)", nullptr, days)); });
    m_retentionBox->setValue(settings->historyRetentionDays());
    m_retentionBox->setSuffix(tr(" day(s)", nullptr, m_retentionBox->value()));

    // Connection
    auto *connection = new QGroupBox(tr("Connection"), this);
    FormGrid connectionForm(connection);
    connectionForm.addRow(buddyLabel(tr("&Endpoint:"), m_endpointEdit, this), m_endpointEdit);
    connectionForm.addRow(buddyLabel(tr("api_&id:"), m_apiIdEdit, this), m_apiIdEdit);
    connectionForm.addRow(buddyLabel(tr("api_&secret:"), m_secretEdit, this), m_secretEdit);
    connectionForm.addRow(
        nullptr,
        noteLabel(m_credentials->isSessionOnly()
                      ? tr("No system keyring is reachable: a secret entered here is kept for "
                           "this run only.")
                      : tr("The secret is stored in the system keyring, never in a file, "
                           "separately for each endpoint."),
                  this));
    connectionForm.addRow(nullptr, m_testRow);
    connect(m_testRow, &ConnectionTestRow::requested, this, &SettingsDialog::testConnection);
    connectionForm.addRow(buddyLabel(tr("&Timeout:"), m_timeoutBox, this), m_timeoutBox);

    auto *caRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caBundleEdit, 1);
    caRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA bundle"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caBundleEdit->setText(path);
    });
    connectionForm.addRow(buddyLabel(tr("Extra &CA bundle:"), m_caBundleEdit, this), caRow);
    connectionForm.addRow(
        nullptr, noteLabel(tr("Certificates are always verified; a corporate CA can be added "
                              "here."),
                           this));

    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyBox);
    proxyRow->addWidget(m_proxyHostEdit, 1);
    proxyRow->addWidget(m_proxyPortBox);
    connectionForm.addRow(buddyLabel(tr("&Proxy:"), m_proxyBox, this), proxyRow);
    connect(m_proxyBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);

    // Decision
    auto *decision = new QGroupBox(tr("Decision"), this);
    FormGrid decisionForm(decision);
    decisionForm.addRow(
        buddyLabel(tr("Same person when &verify_score ≥"), m_verifyThresholdBox, this),
        m_verifyThresholdBox);
    decisionForm.addRow(nullptr,
                        noteLabel(tr("The vendor recommends %1. A higher row accepts fewer "
                                     "impostors and rejects more genuine customers.")
                                      .arg(QLocale().toString(Thresholds::DefaultVerify, 'f', 1)),
                                  this));
    decisionForm.addRow(
        buddyLabel(tr("Possible attack when &hack_score >"), m_hackThresholdBox, this),
        m_hackThresholdBox);
    decisionForm.addRow(nullptr,
                        noteLabel(tr("Not from the API page, which gives no hack_score threshold: "
                                     "%1 is the value the vendor's web demo uses.")
                                      .arg(QLocale().toString(Thresholds::DefaultHack)),
                                  this));

    // Application
    auto *application = new QGroupBox(tr("Application"), this);
    FormGrid applicationForm(application);
    applicationForm.addRow(buddyLabel(tr("&Language:"), m_languageBox, this), m_languageBox);
    applicationForm.addRow(nullptr,
                           noteLabel(tr("The window switches to the new language at once."), this));
    applicationForm.addRow(nullptr, m_keepImagesBox);
    applicationForm.addRow(buddyLabel(tr("&Retain the history for:"), m_retentionBox, this),
                           m_retentionBox);
    applicationForm.addRow(nullptr,
                           noteLabel(tr("Older records are deleted, with the copies only they "
                                        "used, at start and once a day; a change applies at once. "
                                        "The default is %1 days.")
                                         .arg(AppSettings::DefaultRetentionDays),
                                     this));
    m_operatorEdit->setObjectName(u"operatorEdit"_s);
    m_operatorEdit->setMaxLength(AppSettings::MaxOperatorNameLength);
    applicationForm.addRow(buddyLabel(tr("&Operator name:"), m_operatorEdit, this), m_operatorEdit);
    applicationForm.addRow(nullptr,
                           noteLabel(tr("Recorded with every verification and printed on its "
                                        "receipt."),
                                     this));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(decision);
    layout->addWidget(application);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);
    updateProxyFields();
}

QString SettingsDialog::enteredSecret() const
{
    return m_secretEdit->text();
}

QUrl SettingsDialog::parseEndpoint(const QString &text, QString *problem)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *problem = tr("\"%1\" is not an http:// or https:// address such as "
                      "https://cloudapi.linkface.cn.")
                       .arg(text);
        return {};
    }
    if (!url.query().isEmpty() || !url.userInfo().isEmpty()) {
        // Anything in the query or user info would end up in proxy and server logs.
        *problem = tr("The endpoint must not contain a query or user name; enter the base "
                      "address only.");
        return {};
    }
    problem->clear();
    return url;
}

void SettingsDialog::updateProxyFields()
{
    const bool manual =
        m_proxyBox->currentData().toInt() == static_cast<int>(AppSettings::ProxyMode::Manual);
    m_proxyHostEdit->setEnabled(manual);
    m_proxyPortBox->setEnabled(manual);
}

void SettingsDialog::accept()
{
    QString problem;
    const QUrl endpoint = parseEndpoint(m_endpointEdit->text(), &problem);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Endpoint"), problem);
        m_endpointEdit->setFocus();
        return;
    }
    const QString caBundle = m_caBundleEdit->text().trimmed();
    if (!caBundle.isEmpty() && !QFile::exists(caBundle)) {
        MessageBox::warning(this, tr("CA bundle"), tr("The file %1 does not exist.").arg(caBundle));
        m_caBundleEdit->setFocus();
        return;
    }
    const auto proxyMode = static_cast<AppSettings::ProxyMode>(m_proxyBox->currentData().toInt());
    if (proxyMode == AppSettings::ProxyMode::Manual &&
        m_proxyHostEdit->text().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Proxy"), tr("Enter the proxy's host name."));
        m_proxyHostEdit->setFocus();
        return;
    }

    const QString apiId = m_apiIdEdit->text().trimmed();
    const bool endpointMoved = CredentialStore::keyFor(endpoint, apiId) !=
                               CredentialStore::keyFor(m_settings->endpoint(), apiId);
    if (endpointMoved && apiId == m_settings->apiId() && !apiId.isEmpty() &&
        m_secretEdit->text().isEmpty() && m_secretCheckedFor != endpoint) {
        checkSecretForNewEndpoint(endpoint, apiId);
        return;
    }
    m_connectionChanged = endpoint != m_settings->endpoint() || apiId != m_settings->apiId();
    // Without a saved choice the app follows the system locale; only a change is a choice.
    m_languageChanged =
        m_languageBox->currentData().toString() != LanguageLoader::resolve(m_settings->language());

    m_settings->setEndpoint(endpoint);
    m_settings->setApiId(apiId);
    m_settings->setTransferTimeoutSeconds(m_timeoutBox->value());
    m_settings->setVerifyThreshold(m_verifyThresholdBox->currentData().toDouble());
    m_settings->setHackThreshold(m_hackThresholdBox->value());
    m_settings->setCaBundlePath(caBundle);
    m_settings->setProxyMode(proxyMode);
    if (proxyMode == AppSettings::ProxyMode::Manual)
        m_settings->setManualProxy(m_proxyHostEdit->text().trimmed(),
                                   static_cast<quint16>(m_proxyPortBox->value()));
    if (m_languageChanged)
        m_settings->setLanguage(m_languageBox->currentData().toString());
    m_settings->setKeepImages(m_keepImagesBox->isChecked());
    m_settings->setHistoryRetentionDays(m_retentionBox->value());
    m_settings->setOperatorName(m_operatorEdit->text());
    m_settings->setFirstRunDone(true);
    m_settings->sync();
    QDialog::accept();
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

void SettingsDialog::testConnection()
{
    QString problem;
    const QUrl endpoint = parseEndpoint(m_endpointEdit->text(), &problem);
    if (!problem.isEmpty()) {
        m_testRow->showProblem(problem);
        return;
    }
    const QString apiId = m_apiIdEdit->text().trimmed();
    if (!m_secretEdit->text().isEmpty()) {
        m_testRow->run(endpoint, apiId, m_secretEdit->text());
        return;
    }
    // "unchanged": the secret saved for the endpoint and api_id as typed.
    CredentialReadJob *job = m_credentials->read(endpoint, apiId);
    connect(job, &CredentialReadJob::finished, this,
            [this, endpoint, apiId](CredentialReadJob *done) {
                if (!done->error().ok())
                    m_testRow->showProblem(
                        tr("The keyring could not be read: %1").arg(done->error().message));
                else if (done->notFound())
                    m_testRow->showProblem(tr("No api_secret is saved for %1 and api_id \"%2\"; "
                                              "enter it above to test.")
                                               .arg(endpoint.toDisplayString(), apiId));
                else
                    m_testRow->run(endpoint, apiId, done->secret());
            });
}

void SettingsDialog::checkSecretForNewEndpoint(const QUrl &endpoint, const QString &apiId)
{
    setBusy(true);
    CredentialReadJob *job = m_credentials->read(endpoint, apiId);
    connect(job, &CredentialReadJob::finished, this,
            [this, endpoint, apiId](CredentialReadJob *atNew) {
                if (atNew->error().ok() && !atNew->notFound()) {
                    // The new endpoint has its own secret already.
                    setBusy(false);
                    m_secretCheckedFor = endpoint;
                    accept();
                    return;
                }
                CredentialReadJob *old = m_credentials->read(m_settings->endpoint(), apiId);
                connect(old, &CredentialReadJob::finished, this,
                        [this, endpoint, apiId](CredentialReadJob *atOld) {
                            setBusy(false);
                            if (atOld->error().ok() && !atOld->notFound())
                                offerToCopySecret(endpoint, apiId, atOld->secret());
                            else
                                askForSecret(endpoint, true);
                        });
            });
}

void SettingsDialog::offerToCopySecret(const QUrl &endpoint, const QString &apiId,
                                       const QString &secret)
{
    const auto answer = MessageBox::question(
        this, tr("api_secret for the new endpoint"),
        tr("The api_secret is stored separately for each endpoint, and none is saved for %1 "
           "with api_id \"%2\".\n\nCopy the api_secret saved for %3 to the new endpoint? "
           "Choose No to enter another one.")
            .arg(endpoint.toDisplayString(), apiId, m_settings->endpoint().toDisplayString()),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return;
    if (answer != QMessageBox::Yes) {
        askForSecret(endpoint, false);
        return;
    }
    setBusy(true);
    CredentialWriteJob *job = m_credentials->write(endpoint, apiId, secret);
    connect(job, &CredentialWriteJob::finished, this, [this, endpoint](CredentialWriteJob *done) {
        setBusy(false);
        if (!done->error().ok()) {
            MessageBox::warning(
                this, tr("api_secret for the new endpoint"),
                tr("The api_secret could not be copied: %1").arg(done->error().message));
            askForSecret(endpoint, false);
            return;
        }
        m_secretCheckedFor = endpoint;
        accept();
    });
}

void SettingsDialog::askForSecret(const QUrl &endpoint, bool explain)
{
    // Asked once: OK again keeps the endpoint without a secret, as the window then says.
    m_secretCheckedFor = endpoint;
    m_secretEdit->setPlaceholderText(tr("required for %1").arg(endpoint.toDisplayString()));
    if (explain)
        MessageBox::information(this, tr("api_secret for the new endpoint"),
                                tr("The api_secret is stored separately for each endpoint. Enter "
                                   "the api_secret for %1, then press OK.")
                                    .arg(endpoint.toDisplayString()));
    m_secretEdit->setFocus();
}
