// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiretree.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Longer values are not tried as text, and longer short runs are not tried as packed varints:
// both would be guesses about large binary data.
constexpr qint64 MaxTextBytes = 64 * 1024;
constexpr qint64 MaxPackedBytes = 4096;
constexpr int MaxPackedValues = 1024;
constexpr qint64 ChunkBytes = 1024 * 1024;

struct Magic
{
    qint64 at;
    QByteArrayView bytes;
    const char *name;
};

// Container signatures of the images and clips a liveness file embeds.
const Magic Magics[] = {
    {0, "\xFF\xD8\xFF", "JPEG"},
    {0, "\x89PNG\r\n\x1A\n", "PNG"},
    {0, "GIF8", "GIF"},
    {8, "WEBP", "WebP"},
    {8, "AVI ", "AVI"},
    {4, "ftyp", "MP4"},
    {0, "\x1A\x45\xDF\xA3", "WebM/Matroska"},
};

QString mediaOf(const uchar *data, qint64 size)
{
    for (const Magic &magic : Magics) {
        if (size >= magic.at + magic.bytes.size() &&
            std::memcmp(data + magic.at, magic.bytes.data(), std::size_t(magic.bytes.size())) == 0)
            return QString::fromLatin1(magic.name);
    }
    return {};
}

bool printableText(const uchar *data, qint64 size, QString *text)
{
    if (size > MaxTextBytes)
        return false;
    const QByteArrayView bytes(data, size);
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *text = decoded;
    return true;
}

} // namespace

WireTree::WireTree() = default;
WireTree::~WireTree() = default;

void WireTree::reset()
{
    if (m_file.isOpen())
        m_file.close();
    m_buffer.clear();
    m_data = nullptr;
    m_size = 0;
    m_nodes.clear();
    m_top.clear();
    m_error = {};
    m_path.clear();
}

WireError WireTree::openFile(const QString &path)
{
    reset();
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error.code = WireError::Code::CannotOpen;
        m_error.message = tr("The file %1 cannot be opened: %2").arg(path, m_file.errorString());
        return m_error;
    }
    m_size = m_file.size();
    if (m_size > WireReader::MaxBytes) {
        m_error.code = WireError::Code::TooLarge;
        m_error.message = tr("The file is %1; protobuf data is at most 2 GiB.")
                              .arg(QLocale().formattedDataSize(m_size));
        m_size = 0;
        return m_error;
    }
    if (m_size > 0) {
        m_data = m_file.map(0, m_size);
        if (!m_data) {
            m_error.code = WireError::Code::CannotOpen;
            m_error.message =
                tr("The file %1 cannot be mapped: %2").arg(path, m_file.errorString());
            m_size = 0;
            return m_error;
        }
    }
    m_top = parseRange(-1, 0, m_size, &m_error);
    return m_error;
}

WireError WireTree::setData(const QByteArray &data)
{
    reset();
    m_buffer = data;
    m_data = reinterpret_cast<const uchar *>(m_buffer.constData());
    m_size = m_buffer.size();
    m_top = parseRange(-1, 0, m_size, &m_error);
    return m_error;
}

int WireTree::addNode(int parent, const WireField &field, int occurrence, int row)
{
    WireNode node;
    node.field = field.number;
    node.wireType = field.wireType;
    node.occurrence = occurrence;
    node.offset = field.offset;
    node.valueOffset = field.valueOffset;
    node.length = field.valueLength;
    node.scalar = field.scalar;
    node.parent = parent;
    node.row = row;
    classify(node);
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size() - 1);
}

void WireTree::classify(WireNode &node) const
{
    switch (node.wireType) {
    case 0:
        node.kind = WireNode::Kind::Varint;
        return;
    case 1:
        node.kind = WireNode::Kind::Fixed64;
        return;
    case 5:
        node.kind = WireNode::Kind::Fixed32;
        return;
    case 3:
        node.kind = WireNode::Kind::Group;
        return;
    default:
        break;
    }
    const uchar *value = m_data + node.valueOffset;
    // Magic first: a JPEG's first bytes can read as a field or two.
    node.media = mediaOf(value, node.length);
    if (!node.media.isEmpty())
        node.kind = WireNode::Kind::Bytes;
    else if (printableText(value, node.length, &node.text))
        node.kind = WireNode::Kind::Text;
    else if (WireReader::isMessage(value, node.length))
        node.kind = WireNode::Kind::Message;
    else
        node.kind = WireNode::Kind::Bytes;
    // Random bytes often read as varints too, so this is an offer beside the bytes, not a kind.
    if (node.kind == WireNode::Kind::Bytes && node.media.isEmpty() && node.length <= MaxPackedBytes)
        WireReader::readPackedVarints(value, node.length, &node.packed, MaxPackedValues);
}

QList<int> WireTree::parseRange(int parent, qint64 begin, qint64 length, WireError *error)
{
    QList<int> ids;
    QHash<int, int> seen;
    WireReader reader(m_data + begin, length, begin);
    WireField field;
    while (reader.next(&field))
        ids.append(addNode(parent, field, seen[field.number]++, int(ids.size())));
    if (!reader.error().isError())
        return ids;

    *error = reader.error();
    // The path is that of the messages holding the failing field, outermost first.
    for (int at = parent; at >= 0; at = m_nodes[std::size_t(at)].parent)
        error->path.prepend(m_nodes[std::size_t(at)].field);
    if (const WireField *partial = reader.partialField()) {
        const int id = addNode(parent, *partial, seen[partial->number]++, int(ids.size()));
        m_nodes[std::size_t(id)].kind = WireNode::Kind::Truncated;
        m_nodes[std::size_t(id)].childrenLoaded = true;
        ids.append(id);
        // The cut may lie deeper: when what is there reads as fields up to a cut of its own,
        // those fields are shown and the error names the innermost cut.
        WireError inner;
        const std::size_t before = m_nodes.size();
        const QList<int> inside =
            parseRange(id, partial->valueOffset, partial->valueLength, &inner);
        if (!inside.isEmpty() && inner.code == WireError::Code::Truncated) {
            m_nodes[std::size_t(id)].children = inside;
            *error = inner;
        } else {
            m_nodes.resize(before);
        }
    }
    return ids;
}

bool WireTree::canExpand(int id) const
{
    const WireNode &n = node(id);
    if (n.kind == WireNode::Kind::Truncated)
        return !n.children.isEmpty();
    return n.kind == WireNode::Kind::Message || n.kind == WireNode::Kind::Group;
}

const QList<int> &WireTree::children(int id)
{
    WireNode &n = m_nodes[std::size_t(id)];
    if (!n.childrenLoaded) {
        n.childrenLoaded = true;
        if (canExpand(id)) {
            WireError ignored; // a message or group parsed completely when it was classified
            const QList<int> ids = parseRange(id, n.valueOffset, n.length, &ignored);
            m_nodes[std::size_t(id)].children = ids;
        }
    }
    return m_nodes[std::size_t(id)].children;
}

QString WireTree::pathOf(int id) const
{
    QStringList parts;
    for (int at = id; at >= 0; at = node(at).parent) {
        const WireNode &n = node(at);
        parts.prepend(n.occurrence == 0 ? QString::number(n.field)
                                        : u"%1[%2]"_s.arg(n.field).arg(n.occurrence));
    }
    return parts.join(u'.');
}

int WireTree::find(const QString &path)
{
    const QStringList parts = path.split(u'.');
    int current = -1;
    for (const QString &part : parts) {
        int field = 0;
        int occurrence = 0;
        bool ok = false;
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket >= 0) {
            if (!part.endsWith(u']'))
                return -1;
            field = part.left(bracket).toInt(&ok);
            if (!ok)
                return -1;
            occurrence = part.mid(bracket + 1, part.size() - bracket - 2).toInt(&ok);
        } else {
            field = part.toInt(&ok);
        }
        if (!ok)
            return -1;
        const QList<int> &candidates = current < 0 ? m_top : children(current);
        int found = -1;
        for (int candidate : candidates) {
            if (node(candidate).field == field && node(candidate).occurrence == occurrence) {
                found = candidate;
                break;
            }
        }
        if (found < 0)
            return -1;
        current = found;
    }
    return current;
}

bool WireTree::readChunks(const WireNode &n, const std::function<void(QByteArrayView)> &use) const
{
    if (m_path.isEmpty() || !m_file.isOpen()) {
        for (qint64 done = 0; done < n.length; done += ChunkBytes)
            use(QByteArrayView(m_data + n.valueOffset + done, qMin(ChunkBytes, n.length - done)));
        return true;
    }
    // Read, not touched through the mapping: hashing or exporting a large value does not pull
    // it into this process's resident memory.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(n.valueOffset))
        return false;
    QByteArray chunk;
    for (qint64 done = 0; done < n.length;) {
        chunk = file.read(qMin(ChunkBytes, n.length - done));
        if (chunk.isEmpty())
            return false;
        use(chunk);
        done += chunk.size();
    }
    return true;
}

QByteArray WireTree::value(int id, qint64 maxBytes) const
{
    const WireNode &n = node(id);
    return QByteArray(reinterpret_cast<const char *>(m_data + n.valueOffset),
                      qMin(n.length, maxBytes));
}

QByteArray WireTree::valueSha256(int id) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!readChunks(node(id), [&hash](QByteArrayView chunk) { hash.addData(chunk); }))
        return {};
    return hash.result();
}

QByteArray WireTree::fileSha256() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (m_path.isEmpty()) {
        hash.addData(m_buffer);
        return hash.result();
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

QString WireTree::exportValue(int id, const QString &outPath) const
{
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1 cannot be written: %2").arg(outPath, out.errorString());
    bool written = true;
    const bool read = readChunks(node(id), [&](QByteArrayView chunk) {
        written = written && out.write(chunk.data(), chunk.size()) == chunk.size();
    });
    if (!read)
        return tr("The value cannot be read from %1.").arg(m_path);
    if (!written || !out.flush())
        return tr("%1 cannot be written: %2").arg(outPath, out.errorString());
    return {};
}

QString WireTree::wireTypeName(int wireType)
{
    switch (wireType) {
    case 0:
        return tr("varint");
    case 1:
        return tr("fixed64");
    case 2:
        return tr("length-delimited");
    case 3:
        return tr("group");
    case 5:
        return tr("fixed32");
    default:
        return tr("wire type %1").arg(wireType);
    }
}

QString WireTree::kindName(WireNode::Kind kind)
{
    switch (kind) {
    case WireNode::Kind::Varint:
        return u"varint"_s;
    case WireNode::Kind::Fixed64:
        return u"fixed64"_s;
    case WireNode::Kind::Fixed32:
        return u"fixed32"_s;
    case WireNode::Kind::Message:
        return u"message"_s;
    case WireNode::Kind::Group:
        return u"group"_s;
    case WireNode::Kind::Text:
        return u"string"_s;
    case WireNode::Kind::Bytes:
        return u"bytes"_s;
    case WireNode::Kind::Truncated:
        return u"truncated"_s;
    }
    return {};
}

QString WireTree::describe(int id) const
{
    const WireNode &n = node(id);
    const QString size = QLocale().formattedDataSize(n.length);
    switch (n.kind) {
    case WireNode::Kind::Varint: {
        const auto zigzag = qint64(n.scalar >> 1) ^ -qint64(n.scalar & 1);
        if (qint64(n.scalar) < 0)
            return tr("%1 (signed %2)").arg(n.scalar).arg(qint64(n.scalar));
        if (n.scalar > 1)
            return tr("%1 (zigzag %2)").arg(n.scalar).arg(zigzag);
        return QString::number(n.scalar);
    }
    case WireNode::Kind::Fixed64: {
        double real = 0;
        std::memcpy(&real, &n.scalar, sizeof real);
        return tr("%1 (double %2)").arg(n.scalar).arg(real);
    }
    case WireNode::Kind::Fixed32: {
        const auto bits = quint32(n.scalar);
        float real = 0;
        std::memcpy(&real, &bits, sizeof real);
        return tr("%1 (float %2)").arg(bits).arg(double(real));
    }
    case WireNode::Kind::Message:
        return tr("message, %1").arg(size);
    case WireNode::Kind::Group:
        return tr("group, %1").arg(size);
    case WireNode::Kind::Text: {
        QString shown = n.text.left(200);
        shown.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
        return u"\"%1\"%2"_s.arg(shown, n.text.size() > 200 ? u"…"_s : QString());
    }
    case WireNode::Kind::Bytes:
        if (!n.media.isEmpty())
            return tr("%1, %2").arg(n.media, size);
        if (!n.packed.isEmpty()) {
            QStringList values;
            for (qsizetype i = 0; i < qMin<qsizetype>(n.packed.size(), 16); ++i)
                values.append(QString::number(n.packed.at(i)));
            return tr("bytes, %1; read as packed varints (%2 values): %3")
                .arg(size)
                .arg(n.packed.size())
                .arg(values.join(u", "_s) + (n.packed.size() > 16 ? u", …"_s : QString()));
        }
        return tr("bytes, %1").arg(size);
    case WireNode::Kind::Truncated:
        return tr("cut off after %1").arg(size);
    }
    return {};
}
