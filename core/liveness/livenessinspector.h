// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a liveness data file is, before it is sent: its size, whether it is well-formed protobuf
// wire format, and a summary when it is a capture in VerifyDesk's open format.
struct LivenessReport
{
    enum class Problem
    {
        None,
        CannotOpen,        // missing or unreadable file
        Empty,             // zero bytes: the SDK never writes an empty capture
        TooLargeToInspect, // over LivenessInspector::MaxInspectBytes; not parsed
        Truncated,         // the data ends inside a field
        InvalidTag,        // field number 0 or out of range
        BadWireType,       // wire type 6 or 7
        BadGroup,          // unbalanced start/end group
        Malformed          // anything else libprotobuf rejects
    };

    QString path;
    qint64 bytes = 0;
    bool wellFormed = false; // parses as protobuf wire format (UnknownFieldSet)
    Problem problem = Problem::None;
    QString problemMessage;    // translated; empty when well formed
    qint64 problemOffset = -1; // byte offset where parsing stopped, when known
    int topLevelFields = 0;    // fields at the top level, when well formed

    // The open format (field 1 is its magic, format/captureformat.h):
    bool openFormat = false;
    QString openFormatError; // why format::readCapture refuses it; the fields below stay empty
    quint32 formatVersion = 0;
    QString outputType;  // "singleImg", "multiImg", "video", "fullvideo"
    QStringList motions; // "BLINK", "MOUTH", "NOD", "YAW" in order
    QString difficulty;  // "easy", "normal", "hard", "hell"
    int frameCount = 0;
    bool hasVideo = false;
    qint64 durationMs = 0; // last frame timestamp minus first
    QString device;        // "manufacturer model, os os_version", what is known
    qint64 capturedAtMs = 0;
    QString captureId;

    // A translated one-line description for the UI and the CLI.
    QString summary() const;
};

// Inspects liveness data files with libprotobuf (through WireReader), without knowing the
// vendor's schema; captures in the open format are read with format::readCapture.
class LivenessInspector
{
    Q_DECLARE_TR_FUNCTIONS(LivenessInspector)

public:
    static constexpr qint64 MaxInspectBytes = 64 * 1024 * 1024;

    static LivenessReport inspect(const QString &path);
    static LivenessReport inspectData(const QByteArray &data);
};
