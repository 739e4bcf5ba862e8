// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestkey.h"

#include "contract/apicontract.h"
#include "requestform.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>

namespace vd::server {

namespace {

bool usable(const QByteArray &header)
{
    if (header.size() < 8 || header.size() > 64)
        return false;
    return std::all_of(header.cbegin(), header.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '-';
    });
}

void addLengthPrefixed(QCryptographicHash &hash, const QByteArray &bytes)
{
    const quint64 size = qToBigEndian(static_cast<quint64>(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

} // namespace

RequestKey RequestKey::of(const QByteArray &header, const RequestForm &form)
{
    if (!usable(header))
        return {};
    // The secret stays out of the digest, which is stored; the credentials are checked anyway.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const FormField &field : form.fields) {
        if (field.name == contract::form::ApiSecret)
            continue;
        addLengthPrefixed(hash, field.name);
        addLengthPrefixed(hash, field.tooLarge ? QByteArray("\x01too-large") : field.value);
    }
    return RequestKey{QString::fromLatin1(header), hash.result().toHex()};
}

} // namespace vd::server
