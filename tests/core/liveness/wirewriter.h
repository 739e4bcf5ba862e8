// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/wire_format_lite.h>
#include <string>

namespace wiretest {

namespace pbio = google::protobuf::io;
using google::protobuf::internal::WireFormatLite;

// Wire data written with libprotobuf's own encoder, so the inspector's tests never rely on a
// hand-made encoding.
class Wire
{
public:
    Wire &varint(int field, quint64 value)
    {
        run([&](pbio::CodedOutputStream &out) { WireFormatLite::WriteUInt64(field, value, &out); });
        return *this;
    }
    Wire &fixed64(int field, quint64 value)
    {
        run([&](pbio::CodedOutputStream &out) {
            WireFormatLite::WriteFixed64(field, value, &out);
        });
        return *this;
    }
    Wire &fixed32(int field, quint32 value)
    {
        run([&](pbio::CodedOutputStream &out) {
            WireFormatLite::WriteFixed32(field, value, &out);
        });
        return *this;
    }
    Wire &bytes(int field, const QByteArray &value)
    {
        run([&](pbio::CodedOutputStream &out) {
            WireFormatLite::WriteBytes(field, value.toStdString(), &out);
        });
        return *this;
    }
    Wire &message(int field, const Wire &inner) { return bytes(field, inner.data()); }
    Wire &group(int field, const Wire &inner)
    {
        run([&](pbio::CodedOutputStream &out) {
            WireFormatLite::WriteTag(field, WireFormatLite::WIRETYPE_START_GROUP, &out);
            out.WriteRaw(inner.m_data.data(), int(inner.m_data.size()));
            WireFormatLite::WriteTag(field, WireFormatLite::WIRETYPE_END_GROUP, &out);
        });
        return *this;
    }
    Wire &packed(int field, const QList<quint64> &values)
    {
        std::string body;
        {
            pbio::StringOutputStream stream(&body);
            pbio::CodedOutputStream out(&stream);
            for (quint64 value : values)
                out.WriteVarint64(value);
        }
        return bytes(field, QByteArray::fromStdString(body));
    }
    QByteArray data() const { return QByteArray::fromStdString(m_data); }

private:
    template<typename Write> void run(Write write)
    {
        pbio::StringOutputStream stream(&m_data);
        pbio::CodedOutputStream out(&stream);
        write(out);
    }
    std::string m_data;
};

inline QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

inline Wire deviceInfo()
{
    return Wire()
        .bytes(1, "Xiaomi")
        .bytes(2, "M2102J20SG")
        .bytes(3, "Android")
        .bytes(4, "14")
        .varint(5, 1080)
        .varint(6, 2400);
}

// A file as a vendor's SDK writes it: an opaque payload, a device-info message, a signature.
inline QByteArray vendorLike()
{
    return Wire()
        .bytes(1, randomBytes(256 * 1024, 7))
        .message(2, deviceInfo())
        .bytes(3, randomBytes(256, 8))
        .data();
}

} // namespace wiretest
