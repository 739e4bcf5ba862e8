// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace google::protobuf::io {
class CodedInputStream;
}

// One field as the protobuf wire format lays it out; offsets count from the start of the data.
struct WireField
{
    int number = 0;
    int wireType = 0;       // WireFormatLite::WireType: 0 varint … 5 fixed32
    qint64 offset = 0;      // the first byte of the tag
    qint64 valueOffset = 0; // the first byte of the value (after a length prefix)
    qint64 valueLength = 0; // the value's bytes (a group's: up to its end tag)
    qint64 endOffset = 0;   // the first byte after the field (after a group's end tag)
    quint64 scalar = 0;     // the varint, fixed32 or fixed64 value
};

// Why the wire format cannot be read further, and where.
struct WireError
{
    enum class Code
    {
        None,
        Truncated,         // the data ends inside a tag, a number or a declared length
        FieldZero,         // field number 0
        BadWireType,       // wire type 6 or 7
        UnmatchedEndGroup, // an end-group tag with no group open
        BadGroup,          // a group never closed, damaged or nested too deep
        BadVarint,         // a number longer than 10 bytes
        CannotOpen,        // the file cannot be opened or mapped
        TooLarge           // over WireReader::MaxBytes
    };

    Code code = Code::None;
    qint64 offset = -1; // the tag of the field that fails, or the byte that does
    int field = 0;      // that field's number, when known
    QList<int> path;    // the field numbers of the messages that hold it, outermost first
    QString message;    // translated, names the byte offset
    bool isError() const { return code != Code::None; }
};

// The one adapter between VerifyDesk and libprotobuf's wire-format reading (CodedInputStream
// and WireFormatLite): reads the fields of one message, one level deep, from a flat buffer that
// is not copied, and says exactly where and why the data stops being protobuf.
class WireReader
{
    Q_DECLARE_TR_FUNCTIONS(WireReader)

public:
    // CodedInputStream counts in int.
    static constexpr qint64 MaxBytes = 0x7fffffff;

    // data must outlive the reader; base is added to every offset (data's place in its file).
    WireReader(const uchar *data, qint64 size, qint64 base = 0);
    ~WireReader();
    WireReader(const WireReader &) = delete;
    WireReader &operator=(const WireReader &) = delete;

    // The next field; false at the end of the data or on an error (then error() says which).
    bool next(WireField *field);
    bool atEnd() const;
    const WireError &error() const { return m_error; }
    // After a Truncated error: the length-delimited field whose value runs past the end, with
    // valueLength cut to the bytes that are there; nullptr otherwise.
    const WireField *partialField() const { return m_hasPartial ? &m_partial : nullptr; }

    // Whether the data is a whole message: every field reads, nothing is left over.
    static bool isMessage(const uchar *data, qint64 size);
    // The data as packed varints, when it is exactly a sequence of them (at most max values).
    static bool readPackedVarints(const uchar *data, qint64 size, QList<quint64> *values, int max);

private:
    bool fail(WireError::Code code, qint64 offset, int field, const QString &message);

    const uchar *m_data;
    qint64 m_size;
    qint64 m_base;
    std::unique_ptr<google::protobuf::io::CodedInputStream> m_input;
    WireError m_error;
    WireField m_partial;
    bool m_hasPartial = false;
};
