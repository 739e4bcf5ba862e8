// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// A manifest line longer than this is refused rather than read into memory.
constexpr qint64 MaxRecordBytes = 64 * 1024;

bool isSelfieName(const QString &suffix)
{
    static const QSet<QString> suffixes = {u"jpg"_s, u"jpeg"_s, u"png"_s,  u"bmp"_s,
                                           u"gif"_s, u"tif"_s,  u"tiff"_s, u"webp"_s};
    return suffixes.contains(suffix.toLower());
}

bool isLivenessName(const QString &suffix)
{
    static const QSet<QString> suffixes = {u"protobuf"_s, u"pb"_s, u"bin"_s, u"liveness"_s};
    return suffixes.contains(suffix.toLower());
}

} // namespace

std::optional<BatchExpectation> BatchManifest::parseExpectation(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return BatchExpectation::Unknown;
    if (value == "same"_L1)
        return BatchExpectation::Same;
    if (value == "different"_L1)
        return BatchExpectation::Different;
    if (value == "attack"_L1)
        return BatchExpectation::Attack;
    return std::nullopt;
}

QString BatchManifest::expectationName(BatchExpectation expectation)
{
    switch (expectation) {
    case BatchExpectation::Same:
        return u"same"_s;
    case BatchExpectation::Different:
        return u"different"_s;
    case BatchExpectation::Attack:
        return u"attack"_s;
    case BatchExpectation::Unknown:
        break;
    }
    return {};
}

std::optional<BatchError> BatchManifest::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return openFolder(info.absoluteFilePath());
    if (!info.exists())
        return BatchError{u"MANIFEST_NOT_FOUND"_s,
                          tr("%1 is neither a folder nor a manifest file.").arg(path)};
    return openCsv(info.absoluteFilePath());
}

std::optional<BatchError> BatchManifest::openFolder(const QString &path)
{
    m_folder = true;
    m_baseDir = path;
    const QDir dir(path);
    if (!dir.isReadable())
        return BatchError{u"MANIFEST_UNREADABLE"_s, tr("The folder %1 cannot be read.").arg(path)};
    // Names only, sorted: the stems pair up as neighbours without holding any file.
    m_entries =
        dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    m_entries.removeIf([](const QString &name) {
        return name.endsWith(".batch.sqlite"_L1) || name.contains(".batch.sqlite-"_L1);
    });
    return std::nullopt;
}

bool BatchManifest::nextFolder(Line *line)
{
    while (m_entry < m_entries.size()) {
        const QString name = m_entries.at(m_entry++);
        const QFileInfo info(m_baseDir + u'/' + name);
        *line = {};
        line->pair.pairIndex = ++m_folderIndex;
        if (info.isDir()) {
            // 0001/selfie.jpg + 0001/liveness.protobuf
            const QDir sub(info.absoluteFilePath());
            for (const QString &file : sub.entryList(QDir::Files, QDir::Name)) {
                const QFileInfo part(file);
                if (part.completeBaseName() == "selfie"_L1 && isSelfieName(part.suffix()))
                    line->pair.selfie = name + u'/' + file;
                else if (part.completeBaseName() == "liveness"_L1 && isLivenessName(part.suffix()))
                    line->pair.liveness = name + u'/' + file;
            }
            if (line->pair.selfie.isEmpty() && line->pair.liveness.isEmpty()) {
                --m_folderIndex;
                continue;
            }
        } else {
            const QString stem = info.completeBaseName();
            const bool selfie = isSelfieName(info.suffix());
            if (!selfie && !isLivenessName(info.suffix())) {
                --m_folderIndex;
                continue;
            }
            (selfie ? line->pair.selfie : line->pair.liveness) = name;
            // Its partner sorts next to it: same stem, other kind.
            while (m_entry < m_entries.size()) {
                const QFileInfo other(m_baseDir + u'/' + m_entries.at(m_entry));
                if (other.isDir() || other.completeBaseName() != stem)
                    break;
                ++m_entry;
                if (isSelfieName(other.suffix()) && line->pair.selfie.isEmpty())
                    line->pair.selfie = other.fileName();
                else if (isLivenessName(other.suffix()) && line->pair.liveness.isEmpty())
                    line->pair.liveness = other.fileName();
                else
                    line->problems << tr("%1: a second file for the pair \"%2\", left out.")
                                          .arg(other.fileName(), stem);
            }
        }
        if (line->pair.selfie.isEmpty())
            line->problems << tr("no selfie for the liveness file %1.").arg(line->pair.liveness);
        if (line->pair.liveness.isEmpty())
            line->problems << tr("no liveness file for the selfie %1.").arg(line->pair.selfie);
        return true;
    }
    return false;
}

std::optional<BatchError> BatchManifest::openCsv(const QString &path)
{
    m_folder = false;
    m_baseDir = QFileInfo(path).absolutePath();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return BatchError{u"MANIFEST_UNREADABLE"_s,
                          tr("The manifest %1 cannot be read: %2").arg(path, m_file.errorString())};
    QStringList header;
    qint64 first = 0;
    QString problem;
    if (!readRecord(&header, &first, &problem) || !problem.isEmpty())
        return BatchError{u"MANIFEST_BAD_HEADER"_s,
                          problem.isEmpty() ? tr("The manifest %1 is empty.").arg(path) : problem};
    m_columnCount = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed().toLower();
        if (i == 0 && name.startsWith(QChar(0xfeff)))
            name.remove(0, 1);
        int *column = name == "selfie"_L1        ? &m_selfieColumn
                      : name == "liveness"_L1    ? &m_livenessColumn
                      : name == "expected"_L1    ? &m_expectedColumn
                      : name == "device"_L1      ? &m_deviceColumn
                      : name == "sdk_version"_L1 ? &m_sdkColumn
                      : name == "note"_L1        ? &m_noteColumn
                                                 : nullptr;
        if (!column)
            return BatchError{u"MANIFEST_BAD_HEADER"_s,
                              tr("The manifest's header has an unknown column \"%1\"; the columns "
                                 "are selfie, liveness, expected, device, sdk_version and note.")
                                  .arg(header.at(i))};
        if (*column >= 0)
            return BatchError{
                u"MANIFEST_BAD_HEADER"_s,
                tr("The manifest's header names the column \"%1\" twice.").arg(header.at(i))};
        *column = i;
    }
    if (m_selfieColumn < 0 || m_livenessColumn < 0 || m_expectedColumn < 0)
        return BatchError{u"MANIFEST_BAD_HEADER"_s,
                          tr("The manifest's header must name the columns selfie, liveness and "
                             "expected.")};
    return std::nullopt;
}

bool BatchManifest::readRecord(QStringList *fields, qint64 *firstLine, QString *problem)
{
    fields->clear();
    problem->clear();
    if (m_file.atEnd())
        return false;
    QByteArray raw;
    bool quoted = false;
    *firstLine = m_lineNumber + 1;
    // Whole lines until the quotes balance: a quoted field may hold a line break.
    while (!m_file.atEnd()) {
        const QByteArray chunk = m_file.readLine(MaxRecordBytes + 1);
        if (chunk.endsWith('\n'))
            ++m_lineNumber;
        raw += chunk;
        if (raw.size() > MaxRecordBytes) {
            while (!m_file.atEnd() && !m_file.readLine(MaxRecordBytes + 1).endsWith('\n')) {
            }
            ++m_lineNumber;
            *problem = tr("line %1 is longer than %2 KiB; left out.")
                           .arg(*firstLine)
                           .arg(MaxRecordBytes / 1024);
            return true;
        }
        for (const char c : chunk)
            if (c == '"')
                quoted = !quoted;
        if (!quoted)
            break;
    }
    if (quoted) {
        *problem = tr("line %1 opens a quote that is never closed.").arg(*firstLine);
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(raw);
    if (decoder.hasError()) {
        *problem = tr("line %1 is not UTF-8 text.").arg(*firstLine);
        return true;
    }
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == u',') {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields->append(field);
    return true;
}

bool BatchManifest::nextCsv(Line *line)
{
    QStringList fields;
    qint64 first = 0;
    QString problem;
    while (readRecord(&fields, &first, &problem)) {
        *line = {};
        line->pair.pairIndex = first;
        if (!problem.isEmpty()) {
            line->problems << problem;
            return true;
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        if (fields.size() != m_columnCount)
            line->problems << tr("line %1 has %2 fields where the header has %3.")
                                  .arg(first)
                                  .arg(fields.size())
                                  .arg(m_columnCount);
        const auto at = [&fields](int column) {
            return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
        };
        line->pair.selfie = at(m_selfieColumn);
        line->pair.liveness = at(m_livenessColumn);
        line->pair.device = at(m_deviceColumn);
        line->pair.sdkVersion = at(m_sdkColumn);
        line->pair.note = at(m_noteColumn);
        if (const auto expected = parseExpectation(at(m_expectedColumn)))
            line->pair.expected = *expected;
        else
            line->problems << tr("the expected value \"%1\" is not same, different, attack or "
                                 "empty.")
                                  .arg(at(m_expectedColumn));
        if (line->pair.selfie.isEmpty())
            line->problems << tr("no selfie given.");
        if (line->pair.liveness.isEmpty())
            line->problems << tr("no liveness data given.");
        return true;
    }
    return false;
}

bool BatchManifest::next(Line *line)
{
    return m_folder ? nextFolder(line) : nextCsv(line);
}
