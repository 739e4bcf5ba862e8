// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livenesscapture.pb.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

class WireTree;

// An open-format capture read from a file by the format library's bounded reader, for the
// inspector's decoded view (the filmstrip) and the command line's "capture" object.
class CaptureFile
{
    Q_DECLARE_TR_FUNCTIONS(CaptureFile)

public:
    std::optional<verifydesk::liveness::LivenessCapture> capture;
    QString error; // translated or the reader's own words; empty when capture is set

    // Whether the tree's first field 1 is the open format's magic: the file claims the format.
    static bool claimsOpenFormat(const WireTree &tree);
    // Reads the file through format::readCapture; files over its size limit are not read.
    static CaptureFile read(const QString &path);

    // Writes the capture as a 0600 file after checking it with the reader the server uses, as
    // `verifydesk-engine make-liveness` does; the translated reason, or empty when written.
    static QString write(const QString &path, const verifydesk::liveness::LivenessCapture &capture);

    // The decoded capture as the command line prints it: output type, motions, difficulty,
    // device, the frames with their timestamps, the clip.
    static QJsonObject toJson(const verifydesk::liveness::LivenessCapture &capture);
};
