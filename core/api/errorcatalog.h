// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What an operator reads about a failure: a title, what happened and what to do.
struct ErrorExplanation
{
    QString title;
    QString explanation;
    QString action;
};

// The translated explanation of every API status (the texts of the contract's status table)
// and of every error code of our own.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    // Who reads the text: the window's actions name its controls ("in the settings", "Fit to
    // limits"); the command line's name its options instead.
    enum class Audience
    {
        Window,
        CommandLine
    };

    // Names the failed input (from error.image) and quotes error.reason when they are present.
    static ErrorExplanation explain(const ApiError &error, Audience audience = Audience::Window);
    // One line for the details: the code, the HTTP status, the failed input and the request_id,
    // each only when present, e.g. "NO_FACE_DETECTED · HTTP 400 · selfie_file · request_id TID…".
    static QString technicalLine(const ApiError &error);
    // Our own codes for network, TLS, timeout, cancel and bad-response failures.
    static const QStringList &transportCodes();
    // Our own codes for requests that cannot be sent as given.
    static const QStringList &localCodes();
    // A readable name of an input field ("selfie_file" -> "the selfie file").
    static QString inputName(const QString &field);

private:
    static ErrorExplanation explainApiStatus(const ApiError &error, Audience audience);
    static ErrorExplanation explainOwnCode(const ApiError &error, Audience audience);
    static QString failedInput(const ApiError &error, const char *fallback);
};
