// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <chrono>

namespace vd::server {

// The outcome of fetching one URL input.
struct FetchResult
{
    enum class Outcome
    {
        Ok,
        TimedOut, // DOWNLOAD_TIMEOUT
        Failed,   // DOWNLOAD_ERROR: bad URL, refused address, HTTP error, connection error
        TooLarge  // more than the cap: IMAGE_FILE_SIZE_TOO_BIG
    };
    Outcome outcome = Outcome::Failed;
    QByteArray data;
    QString message; // what went wrong, safe to show to the caller
};

// Fetches URL inputs (selfie_url, liveness_data_url) with a size cap and a deadline for the
// whole download. Refuses loopback, private, link-local and other non-public addresses unless
// told otherwise (SSRF), connects to the address it checked (no second DNS lookup), and
// follows redirects itself so that every hop is checked again. Blocking; thread-safe.
class UrlFetcher
{
public:
    UrlFetcher(std::chrono::milliseconds timeout, bool allowPrivate);

    FetchResult fetch(const QString &url, qint64 maxBytes) const;

    // True for an address no URL input may reach without --allow-private-urls.
    static bool isNonPublic(const QHostAddress &address);

private:
    std::chrono::milliseconds m_timeout;
    bool m_allowPrivate;
};

} // namespace vd::server
