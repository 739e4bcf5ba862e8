// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSettings;
class ConnectionTest;
class QLabel;
class QPushButton;
class VerificationClient;

// The "Test connection" button of the setup and settings dialogs and the line that shows what
// ConnectionTest found. The dialog supplies the endpoint and credentials typed in.
class ConnectionTestRow : public QWidget
{
    Q_OBJECT

public:
    // settings: the network settings (proxy, CA bundle, timeout) the test uses.
    explicit ConnectionTestRow(const AppSettings *settings, QWidget *parent = nullptr);
    ~ConnectionTestRow() override;

    QPushButton *button() const { return m_button; }
    // The last outcome as shown, for tests.
    QString resultText() const;

public slots:
    // Runs the test; the button is disabled until it finished.
    void run(const QUrl &baseUrl, const QString &apiId, const QString &apiSecret);
    // Shows a problem found before any request (e.g. an endpoint that is not a URL).
    void showProblem(const QString &problem);

signals:
    // The button was pressed: the dialog answers with run() or showProblem().
    void requested();
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showOutcome();

    const AppSettings *m_settings;
    VerificationClient *m_client;
    ConnectionTest *m_test;
    QPushButton *m_button;
    QLabel *m_result;
};
