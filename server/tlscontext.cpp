// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscontext.h"

#include <openssl/err.h>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// OpenSSL's own words for the last error, for the operator starting the server.
QString lastOpenSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLocal8Bit(text);
}

} // namespace

TlsContext::TlsContext(SSL_CTX *context)
    : m_context(context)
{
}

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_context);
}

std::unique_ptr<TlsContext> TlsContext::load(const QString &certPath, const QString &keyPath,
                                             QString &error)
{
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context) {
        error = lastOpenSslError();
        return nullptr;
    }
    std::unique_ptr<TlsContext> tls(new TlsContext(context));
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_options(context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                     SSL_OP_CIPHER_SERVER_PREFERENCE);
    // Non-blocking writes retry with the same bytes, which may sit at a new address by then.
    SSL_CTX_set_mode(context, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    const QByteArray cert = certPath.toLocal8Bit();
    const QByteArray key = keyPath.toLocal8Bit();
    if (SSL_CTX_use_certificate_chain_file(context, cert.constData()) != 1) {
        error = u"cannot read the TLS certificate %1: %2"_s.arg(certPath, lastOpenSslError());
        return nullptr;
    }
    if (SSL_CTX_use_PrivateKey_file(context, key.constData(), SSL_FILETYPE_PEM) != 1) {
        error = u"cannot read the TLS key %1: %2"_s.arg(keyPath, lastOpenSslError());
        return nullptr;
    }
    if (SSL_CTX_check_private_key(context) != 1) {
        error = u"the TLS key %1 does not belong to the certificate %2"_s.arg(keyPath, certPath);
        return nullptr;
    }
    return tls;
}

} // namespace vd::server
