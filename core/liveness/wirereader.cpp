// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirereader.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

using google::protobuf::internal::WireFormatLite;
namespace pbio = google::protobuf::io;

namespace {

// The longest varint protobuf writes (a 64-bit number, 7 bits a byte).
constexpr qint64 MaxVarintBytes = 10;

} // namespace

WireReader::WireReader(const uchar *data, qint64 size, qint64 base)
    : m_data(data)
    , m_size(size)
    , m_base(base)
    , m_input(std::make_unique<pbio::CodedInputStream>(data, int(qMin(size, MaxBytes))))
{
}

WireReader::~WireReader() = default;

bool WireReader::atEnd() const
{
    return m_input->CurrentPosition() >= m_size;
}

bool WireReader::fail(WireError::Code code, qint64 offset, int field, const QString &message)
{
    m_error.code = code;
    m_error.offset = m_base + offset;
    m_error.field = field;
    m_error.message = message;
    return false;
}

bool WireReader::next(WireField *field)
{
    if (m_error.isError() || atEnd())
        return false;
    const qint64 pos = m_input->CurrentPosition();
    const qint64 at = m_base + pos;
    const quint32 tag = m_input->ReadTag();
    if (tag == 0) {
        if (m_data[pos] == 0)
            return fail(WireError::Code::FieldZero, pos, 0,
                        tr("Byte %1 holds field number 0, which protobuf does not allow.").arg(at));
        if (m_size - pos < 5)
            return fail(
                WireError::Code::Truncated, pos, 0,
                tr("The data ends inside a field tag at byte %1: it is truncated.").arg(at));
        return fail(WireError::Code::BadVarint, pos, 0,
                    tr("The field tag at byte %1 is not a valid number.").arg(at));
    }
    const int number = WireFormatLite::GetTagFieldNumber(tag);
    const int wireType = WireFormatLite::GetTagWireType(tag);
    if (number == 0)
        return fail(WireError::Code::FieldZero, pos, 0,
                    tr("Byte %1 holds field number 0, which protobuf does not allow.").arg(at));
    if (wireType > WireFormatLite::WIRETYPE_FIXED32)
        return fail(WireError::Code::BadWireType, pos, number,
                    tr("Field %1 at byte %2 has wire type %3, which does not exist.")
                        .arg(number)
                        .arg(at)
                        .arg(wireType));
    if (wireType == WireFormatLite::WIRETYPE_END_GROUP)
        return fail(
            WireError::Code::UnmatchedEndGroup, pos, number,
            tr("Field %1 at byte %2 ends a group that was never started.").arg(number).arg(at));

    WireField read;
    read.number = number;
    read.wireType = wireType;
    read.offset = at;
    const qint64 valueStart = m_input->CurrentPosition();
    const qint64 remaining = m_size - valueStart;
    switch (wireType) {
    case WireFormatLite::WIRETYPE_VARINT: {
        google::protobuf::uint64 value = 0;
        if (!m_input->ReadVarint64(&value)) {
            if (remaining < MaxVarintBytes)
                return fail(WireError::Code::Truncated, pos, number,
                            tr("Field %1 at byte %2 ends inside its number: the data is "
                               "truncated.")
                                .arg(number)
                                .arg(at));
            return fail(
                WireError::Code::BadVarint, pos, number,
                tr("Field %1 at byte %2 holds a number longer than 10 bytes.").arg(number).arg(at));
        }
        read.scalar = value;
        read.valueOffset = m_base + valueStart;
        read.valueLength = m_input->CurrentPosition() - valueStart;
        break;
    }
    case WireFormatLite::WIRETYPE_FIXED64:
    case WireFormatLite::WIRETYPE_FIXED32: {
        const bool wide = wireType == WireFormatLite::WIRETYPE_FIXED64;
        google::protobuf::uint64 value64 = 0;
        google::protobuf::uint32 value32 = 0;
        if (!(wide ? m_input->ReadLittleEndian64(&value64) : m_input->ReadLittleEndian32(&value32)))
            return fail(WireError::Code::Truncated, pos, number,
                        tr("Field %1 at byte %2 needs %3 bytes, but only %4 remain: the data is "
                           "truncated.")
                            .arg(number)
                            .arg(at)
                            .arg(wide ? 8 : 4)
                            .arg(remaining));
        read.scalar = wide ? value64 : value32;
        read.valueOffset = m_base + valueStart;
        read.valueLength = wide ? 8 : 4;
        break;
    }
    case WireFormatLite::WIRETYPE_LENGTH_DELIMITED: {
        google::protobuf::uint64 length = 0;
        if (!m_input->ReadVarint64(&length)) {
            if (remaining < MaxVarintBytes)
                return fail(WireError::Code::Truncated, pos, number,
                            tr("Field %1 at byte %2 ends inside its length: the data is "
                               "truncated.")
                                .arg(number)
                                .arg(at));
            return fail(
                WireError::Code::BadVarint, pos, number,
                tr("The length of field %1 at byte %2 is not a valid number.").arg(number).arg(at));
        }
        const qint64 dataStart = m_input->CurrentPosition();
        const qint64 left = m_size - dataStart;
        read.valueOffset = m_base + dataStart;
        if (length > quint64(left)) {
            // The field is kept with what is there, so a caller can still show it.
            read.valueLength = left;
            read.endOffset = m_base + m_size;
            m_partial = read;
            m_hasPartial = true;
            return fail(WireError::Code::Truncated, pos, number,
                        tr("Field %1 at byte %2 declares %3 bytes, but only %4 remain: the data "
                           "is truncated.")
                            .arg(number)
                            .arg(at)
                            .arg(length)
                            .arg(left));
        }
        m_input->Skip(int(length));
        read.valueLength = qint64(length);
        break;
    }
    case WireFormatLite::WIRETYPE_START_GROUP: {
        read.valueOffset = m_base + valueStart;
        if (!WireFormatLite::SkipField(m_input.get(), tag))
            return fail(WireError::Code::BadGroup, pos, number,
                        tr("The group of field %1 at byte %2 is damaged, nested too deep or "
                           "never closed.")
                            .arg(number)
                            .arg(at));
        const quint32 endTag = WireFormatLite::MakeTag(number, WireFormatLite::WIRETYPE_END_GROUP);
        const qint64 endTagBytes = pbio::CodedOutputStream::VarintSize32(endTag);
        read.valueLength = m_input->CurrentPosition() - endTagBytes - valueStart;
        break;
    }
    default:
        break;
    }
    read.endOffset = m_base + m_input->CurrentPosition();
    *field = read;
    return true;
}

bool WireReader::isMessage(const uchar *data, qint64 size)
{
    if (size <= 0)
        return false;
    WireReader reader(data, size);
    WireField field;
    while (reader.next(&field)) {
    }
    return !reader.error().isError();
}

bool WireReader::readPackedVarints(const uchar *data, qint64 size, QList<quint64> *values, int max)
{
    if (size <= 0 || size > MaxBytes)
        return false;
    pbio::CodedInputStream input(data, int(size));
    QList<quint64> read;
    while (input.CurrentPosition() < size) {
        google::protobuf::uint64 value = 0;
        if (read.size() >= max || !input.ReadVarint64(&value))
            return false;
        read.append(value);
    }
    *values = read;
    return true;
}
