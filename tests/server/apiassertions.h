// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

// Checks shared by the API tests: an answer against API.md's success shape and error table,
// and short ways to write request parts.
namespace apitest {

using Part = ServerProcess::Part;
using Parts = QList<Part>;

inline Part text(const QByteArray &name, const QByteArray &value)
{
    return Part{name, value, false};
}

inline Part file(const QByteArray &name, const QByteArray &data)
{
    return Part{name, data, true};
}

inline Parts credentials(const QByteArray &id = "ID", const QByteArray &secret = "SECRET")
{
    return {text("api_id", id), text("api_secret", secret)};
}

inline bool isRequestId(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^TID[0-9a-f]{32}$"));
    return pattern.match(value.toString()).hasMatch();
}

// The status, HTTP code and extra fields of an error answer.
inline void expectError(const ServerProcess::Answer &answer, int http, const QString &status,
                        const QString &image = {}, bool reason = false)
{
    QVERIFY2(answer.http != 0, qPrintable(answer.networkError));
    QCOMPARE(answer.http, http);
    QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), status);
    QVERIFY2(isRequestId(answer.json.value(QStringLiteral("request_id"))), answer.raw.constData());
    if (!image.isEmpty())
        QCOMPARE(answer.json.value(QStringLiteral("image")).toString(), image);
    if (reason)
        QVERIFY2(!answer.json.value(QStringLiteral("reason")).toString().isEmpty(),
                 answer.raw.constData());
    QVERIFY(!answer.json.contains(QStringLiteral("verify_score")));
}

// A success: both scores JSON numbers in [0, 1], both ids, a TID request id.
inline void expectOk(const ServerProcess::Answer &answer)
{
    QVERIFY2(answer.http == 200, answer.raw.constData());
    QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    QVERIFY(isRequestId(answer.json.value(QStringLiteral("request_id"))));
    for (const QString &score : {QStringLiteral("verify_score"), QStringLiteral("hack_score")}) {
        const QJsonValue value = answer.json.value(score);
        QVERIFY2(value.isDouble(), qPrintable(score));
        QVERIFY(value.toDouble() >= 0.0 && value.toDouble() <= 1.0);
    }
    QVERIFY(!answer.json.value(QStringLiteral("image_id")).toString().isEmpty());
    QVERIFY(!answer.json.value(QStringLiteral("liveness_data_id")).toString().isEmpty());
}

} // namespace apitest
