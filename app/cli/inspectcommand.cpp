// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "cli/exitcode.h"
#include "liveness/capturefile.h"
#include "liveness/wirediff.h"
#include "liveness/wiretree.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// JSON numbers are doubles: larger integers are written as strings so no digit is lost.
constexpr quint64 MaxExactJsonInteger = 1ULL << 53;

QString errorCodeName(WireError::Code code)
{
    switch (code) {
    case WireError::Code::None:
        return {};
    case WireError::Code::Truncated:
        return u"truncated"_s;
    case WireError::Code::FieldZero:
        return u"field_zero"_s;
    case WireError::Code::BadWireType:
        return u"bad_wire_type"_s;
    case WireError::Code::UnmatchedEndGroup:
        return u"unmatched_end_group"_s;
    case WireError::Code::BadGroup:
        return u"bad_group"_s;
    case WireError::Code::BadVarint:
        return u"bad_varint"_s;
    case WireError::Code::CannotOpen:
        return u"cannot_open"_s;
    case WireError::Code::TooLarge:
        return u"too_large"_s;
    }
    return {};
}

QString pathText(const QList<int> &path)
{
    QStringList parts;
    for (int field : path)
        parts.append(QString::number(field));
    return parts.join(u" › "_s);
}

} // namespace

InspectCommand::InspectCommand()
    : m_out(stdout)
    , m_err(stderr)
{
}

void InspectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"max-depth"_s, tr("inspect: expand nested messages at most N levels deep."), u"N"_s},
        {u"export-bytes"_s,
         tr("inspect: write the value of the field at FIELD_PATH (e.g. 6[2].1, the first field "
            "1 of the third field 6) to the file given by -o."),
         u"FIELD_PATH"_s},
        {u"compare"_s,
         tr("inspect: compare FILE with FILE_B field by field and print the innermost "
            "differences (changed, only in A, only in B)."),
         u"FILE_B"_s},
    });
}

int InspectCommand::run(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        m_err << (arguments.isEmpty() ? tr("inspect needs one FILE.")
                                      : tr("Unexpected argument \"%1\".").arg(arguments.at(1)))
              << '\n';
        return ExitUsageOrLocalError;
    }
    if (parser.isSet(u"max-depth"_s)) {
        bool ok = false;
        m_maxDepth = parser.value(u"max-depth"_s).toInt(&ok);
        if (!ok || m_maxDepth < 0) {
            m_err << tr("--max-depth \"%1\" is not a number of levels (0 or more).")
                         .arg(parser.value(u"max-depth"_s))
                  << '\n';
            return ExitUsageOrLocalError;
        }
    }
    const bool exporting = parser.isSet(u"export-bytes"_s);
    if (exporting != parser.isSet(u"output"_s)) {
        m_err << tr("--export-bytes FIELD_PATH and -o OUT go together.") << '\n';
        return ExitUsageOrLocalError;
    }

    const QString path = arguments.first();
    WireTree tree;
    const WireError error = tree.openFile(path);
    if (error.code == WireError::Code::CannotOpen || error.code == WireError::Code::TooLarge) {
        m_err << error.message << '\n';
        return ExitUsageOrLocalError;
    }
    if (exporting)
        return exportBytes(tree, parser.value(u"export-bytes"_s), parser.value(u"output"_s));
    if (parser.isSet(u"compare"_s))
        return compare(tree, parser.value(u"compare"_s), parser.isSet(u"json"_s));

    const QString sha256 = QString::fromLatin1(tree.fileSha256().toHex());
    const bool openFormat = CaptureFile::claimsOpenFormat(tree);
    const QString errorText =
        error.isError() ? (error.path.isEmpty()
                               ? tr("Error at byte %1: %2").arg(error.offset).arg(error.message)
                               : tr("Error at byte %1, inside field %2: %3")
                                     .arg(error.offset)
                                     .arg(pathText(error.path), error.message))
                        : QString();
    if (parser.isSet(u"json"_s)) {
        QJsonObject json{
            {u"file"_s, path},
            {u"size"_s, tree.size()},
            {u"sha256"_s, sha256},
            {u"fields"_s, jsonNodes(tree, tree.topLevel(), 0)},
        };
        if (error.isError()) {
            QJsonArray errorPath;
            for (int field : error.path)
                errorPath.append(field);
            json.insert(u"error"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)},
                                                {u"offset"_s, error.offset},
                                                {u"field"_s, error.field},
                                                {u"path"_s, errorPath},
                                                {u"message"_s, error.message}});
        }
        if (openFormat) {
            const CaptureFile capture = CaptureFile::read(path);
            json.insert(u"capture"_s, capture.capture ? CaptureFile::toJson(*capture.capture)
                                                      : QJsonObject{{u"error"_s, capture.error}});
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("%1: %2 bytes, SHA-256 %3").arg(path).arg(tree.size()).arg(sha256) << '\n';
        printNodes(tree, tree.topLevel(), 0);
        if (openFormat)
            printCapture(path);
    }
    m_out.flush();
    if (error.isError()) {
        m_err << errorText << '\n';
        return ExitMalformedInput;
    }
    return ExitOk;
}

int InspectCommand::compare(WireTree &a, const QString &pathB, bool json)
{
    WireTree b;
    const WireError error = b.openFile(pathB);
    if (error.code == WireError::Code::CannotOpen || error.code == WireError::Code::TooLarge) {
        m_err << error.message << '\n';
        return ExitUsageOrLocalError;
    }
    WireDiff diff(a, b);
    const QList<WireDiffEntry> differences = diff.differences(m_maxDepth);
    const auto side = [](const WireTree &tree) {
        return QJsonObject{{u"file"_s, tree.path()},
                           {u"size"_s, tree.size()},
                           {u"sha256"_s, QString::fromLatin1(tree.fileSha256().toHex())}};
    };
    if (json) {
        QJsonArray list;
        for (const WireDiffEntry &entry : differences) {
            QJsonObject item{{u"path"_s, entry.path},
                             {u"state"_s, WireDiff::stateName(entry.state)}};
            if (entry.a >= 0)
                item.insert(u"a"_s, a.describe(entry.a));
            if (entry.b >= 0)
                item.insert(u"b"_s, b.describe(entry.b));
            list.append(item);
        }
        m_out << QJsonDocument(
                     QJsonObject{{u"a"_s, side(a)}, {u"b"_s, side(b)}, {u"differences"_s, list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("A %1: %2 bytes; B %3: %4 bytes; %5 differences")
                     .arg(a.path())
                     .arg(a.size())
                     .arg(pathB)
                     .arg(b.size())
                     .arg(differences.size())
              << '\n';
        for (const WireDiffEntry &entry : differences) {
            m_out << u"  "_s << entry.path << u"  "_s << WireDiff::stateName(entry.state);
            if (entry.a >= 0)
                m_out << u"  A: "_s << a.describe(entry.a);
            if (entry.b >= 0)
                m_out << u"  B: "_s << b.describe(entry.b);
            m_out << '\n';
        }
    }
    m_out.flush();
    // Both files are compared as far as they read; a malformed one is still an error.
    for (const WireTree *tree : {&a, &b}) {
        if (tree->error().isError()) {
            m_err << tree->path() << u": "_s << tree->error().message << '\n';
            return ExitMalformedInput;
        }
    }
    return ExitOk;
}

int InspectCommand::exportBytes(WireTree &tree, const QString &fieldPath, const QString &outPath)
{
    const int id = tree.find(fieldPath);
    if (id < 0) {
        m_err << tr("No field at %1 in %2.").arg(fieldPath, tree.path()) << '\n';
        return ExitUsageOrLocalError;
    }
    const QString problem = tree.exportValue(id, outPath);
    if (!problem.isEmpty()) {
        m_err << problem << '\n';
        return ExitUsageOrLocalError;
    }
    m_out << tr("Wrote the %1 bytes of field %2 to %3.")
                 .arg(tree.node(id).length)
                 .arg(fieldPath, outPath)
          << '\n';
    return ExitOk;
}

QJsonArray InspectCommand::jsonNodes(WireTree &tree, const QList<int> &ids, int depth)
{
    QJsonArray nodes;
    for (int id : ids) {
        const WireNode &node = tree.node(id);
        QJsonObject json{
            {u"field"_s, node.field},
            {u"wire_type"_s, node.wireType},
            {u"offset"_s, node.offset},
            {u"length"_s, node.length},
            {u"value_offset"_s, node.valueOffset},
            {u"kind"_s, WireTree::kindName(node.kind)},
        };
        switch (node.kind) {
        case WireNode::Kind::Varint:
        case WireNode::Kind::Fixed64:
        case WireNode::Kind::Fixed32:
            json.insert(u"value"_s, node.scalar < MaxExactJsonInteger
                                        ? QJsonValue(qint64(node.scalar))
                                        : QJsonValue(QString::number(node.scalar)));
            break;
        case WireNode::Kind::Text:
            json.insert(u"value"_s, node.text);
            break;
        default:
            if (!node.media.isEmpty())
                json.insert(u"media"_s, node.media);
            if (!node.packed.isEmpty()) {
                QJsonArray packed;
                for (quint64 value : node.packed)
                    packed.append(value < MaxExactJsonInteger ? QJsonValue(qint64(value))
                                                              : QJsonValue(QString::number(value)));
                json.insert(u"packed"_s, packed);
            }
            if (tree.canExpand(id) && depth < m_maxDepth)
                json.insert(u"children"_s, jsonNodes(tree, tree.children(id), depth + 1));
            else
                json.insert(u"bytes_sha256"_s, QString::fromLatin1(tree.valueSha256(id).toHex()));
            break;
        }
        nodes.append(json);
    }
    return nodes;
}

void InspectCommand::printNodes(WireTree &tree, const QList<int> &ids, int depth)
{
    const QString indent(depth * 2, u' ');
    for (int id : ids) {
        const WireNode &node = tree.node(id);
        QString line = tr("%1%2  @%3  %4, %5 bytes: %6")
                           .arg(indent, tree.pathOf(id))
                           .arg(node.offset)
                           .arg(WireTree::wireTypeName(node.wireType))
                           .arg(node.length)
                           .arg(tree.describe(id));
        if (node.kind == WireNode::Kind::Bytes || node.kind == WireNode::Kind::Truncated ||
            (tree.canExpand(id) && depth >= m_maxDepth))
            line += u"  sha256 "_s + QString::fromLatin1(tree.valueSha256(id).toHex());
        m_out << line << '\n';
        if (tree.canExpand(id) && depth < m_maxDepth)
            printNodes(tree, tree.children(id), depth + 1);
    }
}

void InspectCommand::printCapture(const QString &path)
{
    const CaptureFile file = CaptureFile::read(path);
    m_out << '\n';
    if (!file.capture) {
        m_out << tr("Open-format capture, not a valid one: %1").arg(file.error) << '\n';
        return;
    }
    const QJsonObject capture = CaptureFile::toJson(*file.capture);
    QStringList motions;
    for (const QJsonValue &motion : capture.value(u"motions"_s).toArray())
        motions.append(motion.toString());
    const QJsonObject device = capture.value(u"device"_s).toObject();
    m_out << tr("Open-format capture: %1, motions %2, difficulty %3")
                 .arg(capture.value(u"output_type"_s).toString(),
                      motions.isEmpty() ? tr("none") : motions.join(u", "_s),
                      capture.value(u"difficulty"_s).toString())
          << '\n'
          << tr("Device: %1 %2, %3 %4")
                 .arg(device.value(u"manufacturer"_s).toString(),
                      device.value(u"model"_s).toString(), device.value(u"os"_s).toString(),
                      device.value(u"os_version"_s).toString())
          << '\n'
          << tr("Captured at %1 (capture id %2)")
                 .arg(QDateTime::fromMSecsSinceEpoch(capture.value(u"captured_at_ms"_s).toInteger(),
                                                     Qt::UTC)
                          .toString(Qt::ISODateWithMs),
                      capture.value(u"capture_id"_s).toString())
          << '\n'
          << tr("%1 frames over %2 ms")
                 .arg(capture.value(u"frame_count"_s).toInt())
                 .arg(capture.value(u"duration_ms"_s).toInteger())
          << '\n';
    for (const QJsonValue &value : capture.value(u"frames"_s).toArray()) {
        const QJsonObject frame = value.toObject();
        m_out << tr("  frame %1 at %2 ms, %3, %4 bytes")
                     .arg(frame.value(u"index"_s).toInt() + 1)
                     .arg(frame.value(u"timestamp_ms"_s).toInteger())
                     .arg(frame.value(u"motion"_s).toString())
                     .arg(frame.value(u"bytes"_s).toInteger())
              << '\n';
    }
}
