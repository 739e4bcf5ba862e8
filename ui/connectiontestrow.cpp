// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestrow.h"

#include "api/connectiontest.h"
#include "api/verificationclient.h"
#include "services/appconnection.h"
#include "statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// A test answers at once or not at all: no retries, and a short wait for a silent server.
constexpr int MaxTestTimeoutMs = 15000;

} // namespace

ConnectionTestRow::ConnectionTestRow(const AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_client(new VerificationClient(this))
    , m_test(new ConnectionTest(m_client, this))
    , m_button(new QPushButton(this))
    , m_result(new QLabel(this))
{
    m_button->setObjectName(u"testConnectionButton"_s);
    m_result->setObjectName(u"testConnectionResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_result, 1);
    retranslate();
    connect(m_button, &QPushButton::clicked, this, &ConnectionTestRow::requested);
    connect(m_test, &ConnectionTest::finished, this, [this] {
        m_button->setEnabled(true);
        showOutcome();
        emit finished();
    });
}

ConnectionTestRow::~ConnectionTestRow() = default;

QString ConnectionTestRow::resultText() const
{
    return m_result->text();
}

void ConnectionTestRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_test->outcome() != ConnectionTest::Outcome::Running)
            showOutcome();
    }
    QWidget::changeEvent(event);
}

void ConnectionTestRow::retranslate()
{
    m_button->setText(tr("Test co&nnection"));
    m_button->setToolTip(tr("Sends the api_id and api_secret without a selfie or liveness data: "
                            "nobody is verified, and the answer tells whether the server is "
                            "reachable and accepts the credentials."));
}

void ConnectionTestRow::run(const QUrl &baseUrl, const QString &apiId, const QString &apiSecret)
{
    AppConnection::configure(m_client, *m_settings);
    ClientSettings settings = m_client->settings();
    settings.maxRetries = 0;
    settings.transferTimeoutMs = qMin(settings.transferTimeoutMs, MaxTestTimeoutMs);
    m_client->setSettings(settings);
    m_button->setEnabled(false);
    m_test->start(baseUrl, apiId, apiSecret);
    m_result->setStyleSheet(QString());
    m_result->setText(m_test->message());
}

void ConnectionTestRow::showProblem(const QString &problem)
{
    m_result->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
    m_result->setText(problem);
}

void ConnectionTestRow::showOutcome()
{
    const bool ok = m_test->outcome() == ConnectionTest::Outcome::CredentialsAccepted;
    // The mark says it without colour; the colour repeats it.
    m_result->setStyleSheet(
        StatePalette::textStyle(ok ? StatePalette::Role::Success : StatePalette::Role::Error));
    m_result->setText((ok ? u"✓ "_s : u"✗ "_s) + m_test->message());
    m_result->setToolTip(ok ? QString() : m_test->technicalLine());
}
