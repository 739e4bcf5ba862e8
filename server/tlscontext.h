// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>
#include <openssl/ssl.h>

namespace vd::server {

// The server's TLS settings, shared read-only by every connection: its certificate chain and
// key, TLS 1.2 at the least, no compression and no renegotiation.
class TlsContext
{
public:
    // nullptr, with `error` saying why, when the certificate or key cannot be used.
    static std::unique_ptr<TlsContext> load(const QString &certPath, const QString &keyPath,
                                            QString &error);
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    SSL_CTX *context() const { return m_context; }

private:
    explicit TlsContext(SSL_CTX *context);

    SSL_CTX *m_context;
};

} // namespace vd::server
