// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/copycipher.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace {

struct ContextFree
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_CIPHER_CTX, ContextFree>;

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

template<typename T> CopyCipherResult<T> failed(CopyCipherError::Code code, const QString &message)
{
    return {T{}, {code, message}};
}

CopyCipherError badKey()
{
    return {CopyCipherError::Code::BadKey,
            CopyCipher::tr("The key for kept copies is not a 256-bit key.")};
}

} // namespace

QByteArray CopyCipher::magic()
{
    return QByteArrayLiteral("VDKC");
}

int CopyCipher::headerSize()
{
    return int(magic().size()) + 1 + KeyIdSize + NonceSize;
}

CopyCipherResult<QByteArray> CopyCipher::newKey()
{
    QByteArray key(KeySize, '\0');
    if (RAND_bytes(bytes(key), KeySize) != 1)
        return failed<QByteArray>(CopyCipherError::Code::CryptoFailed,
                                  tr("No random key can be made for kept copies."));
    return {key, {}};
}

QByteArray CopyCipher::keyId(const QByteArray &key)
{
    return QCryptographicHash::hash(
               QByteArray(QByteArrayLiteral("VerifyDesk kept copy key id\n") + key),
               QCryptographicHash::Sha256)
        .left(KeyIdSize);
}

CopyCipherResult<QByteArray> CopyCipher::seal(const QByteArray &key, const QByteArray &plain)
{
    if (key.size() != KeySize)
        return {{}, badKey()};
    QByteArray nonce(NonceSize, '\0');
    if (RAND_bytes(bytes(nonce), NonceSize) != 1)
        return failed<QByteArray>(CopyCipherError::Code::CryptoFailed,
                                  tr("No random nonce can be made for a kept copy."));
    const QByteArray header = magic() + QByteArray(1, FormatVersion) + keyId(key) + nonce;

    const Context context(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size() + TagSize, '\0');
    int written = 0;
    int last = 0;
    const bool done =
        context &&
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &written, bytes(header), int(header.size())) ==
            1 &&
        EVP_EncryptUpdate(context.get(), bytes(out), &written, bytes(plain), int(plain.size())) ==
            1 &&
        EVP_EncryptFinal_ex(context.get(), bytes(out) + written, &last) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            bytes(out) + written + last) == 1;
    if (!done)
        return failed<QByteArray>(CopyCipherError::Code::CryptoFailed,
                                  tr("OpenSSL could not encrypt the kept copy."));
    out.truncate(written + last + TagSize);
    return {header + out, {}};
}

CopyCipherResult<QByteArray> CopyCipher::open(const QByteArray &key, const QByteArray &sealed)
{
    if (key.size() != KeySize)
        return {{}, badKey()};
    if (!sealed.startsWith(magic()))
        return failed<QByteArray>(CopyCipherError::Code::NotACopy,
                                  tr("The file is not an encrypted kept copy."));
    if (sealed.size() < headerSize() + TagSize)
        return failed<QByteArray>(CopyCipherError::Code::Truncated,
                                  tr("The kept copy is cut short (%1 bytes).").arg(sealed.size()));
    if (sealed.at(magic().size()) != FormatVersion)
        return failed<QByteArray>(
            CopyCipherError::Code::UnknownFormat,
            tr("The kept copy has format %1, which this version cannot read.")
                .arg(int(static_cast<unsigned char>(sealed.at(magic().size())))));
    if (sealed.mid(magic().size() + 1, KeyIdSize) != keyId(key))
        return failed<QByteArray>(CopyCipherError::Code::WrongKey,
                                  tr("The kept copy was encrypted with another key."));

    const QByteArray header = sealed.left(headerSize());
    const QByteArray nonce = header.right(NonceSize);
    QByteArray tag = sealed.right(TagSize);
    const QByteArray body = sealed.mid(headerSize(), sealed.size() - headerSize() - TagSize);

    const Context context(EVP_CIPHER_CTX_new());
    QByteArray plain(body.size() + 1, '\0'); // +1: never a zero-sized buffer
    int written = 0;
    int last = 0;
    const bool started =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &written, bytes(header), int(header.size())) ==
            1 &&
        EVP_DecryptUpdate(context.get(), bytes(plain), &written, bytes(body), int(body.size())) ==
            1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag)) == 1;
    if (!started)
        return failed<QByteArray>(CopyCipherError::Code::CryptoFailed,
                                  tr("OpenSSL could not decrypt the kept copy."));
    if (EVP_DecryptFinal_ex(context.get(), bytes(plain) + written, &last) != 1)
        return failed<QByteArray>(CopyCipherError::Code::Altered,
                                  tr("The kept copy has been altered or damaged: its "
                                     "authentication tag does not match."));
    plain.truncate(written + last);
    return {plain, {}};
}
