// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An error value of CopyCipher.
struct CopyCipherError
{
    enum class Code
    {
        None,
        BadKey,        // the key is not 32 bytes
        NotACopy,      // no kept-copy header
        UnknownFormat, // a header version this build does not read
        Truncated,     // shorter than header + tag
        WrongKey,      // the header names another key
        Altered,       // the authentication tag does not match: a changed or cut byte
        CryptoFailed   // OpenSSL refused an operation
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

template<typename T> struct CopyCipherResult
{
    T value{};
    CopyCipherError error;

    bool ok() const { return error.ok(); }
};

// Seals and opens kept input copies with AES-256-GCM through OpenSSL's EVP API. A sealed copy is
// "VDKC", a format byte, an 8-byte key id, a random 96-bit nonce, the ciphertext and a 128-bit
// tag; the whole header is authenticated too.
class CopyCipher
{
    Q_DECLARE_TR_FUNCTIONS(CopyCipher)

public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int KeyIdSize = 8;
    static constexpr char FormatVersion = 1;
    static QByteArray magic();
    static int headerSize();

    // A new random key from OpenSSL's RAND_bytes (empty with error when it cannot make one).
    static CopyCipherResult<QByteArray> newKey();
    // The first bytes of a SHA-256 over the key: names the key without revealing it.
    static QByteArray keyId(const QByteArray &key);

    static CopyCipherResult<QByteArray> seal(const QByteArray &key, const QByteArray &plain);
    // Never returns a partial or unauthenticated plaintext: value is empty unless ok().
    static CopyCipherResult<QByteArray> open(const QByteArray &key, const QByteArray &sealed);
};
