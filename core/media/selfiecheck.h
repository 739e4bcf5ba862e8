// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

// One selfie rule of API.md that an image breaks, with a translated message naming the rule
// and the actual value.
struct SelfieIssue
{
    enum class Rule
    {
        Unreadable, // not an image, damaged, truncated or unreadable file
        Format,     // not JPEG, BMP, PNG, GIF or TIFF (judged by content)
        TooSmall,   // width or height 8 px or less
        TooLarge,   // width or height over 4000 px
        FileTooBig  // over 5 × 1024 × 1024 bytes
    };

    Rule rule = Rule::Unreadable;
    QString message;
};

// What the server will see of a selfie: the image with EXIF orientation applied, its format by
// content, its size, and every rule it breaks.
struct SelfieReport
{
    QString path;            // the inspected file; empty for inspectData()
    QImage preview;          // EXIF orientation applied; scaled to fit 4000 × 4000 when larger
    QByteArray format;       // by content ("jpeg", "png", "bmp", "gif", "tiff", "webp", ...)
    QSize size;              // full size after orientation
    qint64 bytes = 0;        // encoded size
    int exifOrientation = 1; // 1–8, 1 when absent
    QList<SelfieIssue> issues;

    bool passes() const { return issues.isEmpty(); }
    // True when fit() can repair it: only the dimension-too-large or file-size rules are broken.
    bool fittable() const;
    bool breaks(SelfieIssue::Rule rule) const;
};

// The outcome of SelfieCheck::fit(): the path of a new file, or an error value.
struct FitResult
{
    enum class Error
    {
        None,
        NotFittable, // unreadable, wrong format or too small: downscaling cannot help
        CannotWrite, // the output folder or file cannot be written
        CannotShrink // no quality/size combination reached the limits
    };

    Error error = Error::None;
    QString message; // translated, empty on success
    QString path;    // the new JPEG file
    QSize size;
    qint64 bytes = 0;
    int quality = 0; // the JPEG quality used

    bool ok() const { return error == Error::None; }
};

// Checks a selfie against the API's rules (vd::contract::SelfieRules) before sending, decoding it
// whole, and fits an oversized one.
class SelfieCheck
{
    Q_DECLARE_TR_FUNCTIONS(SelfieCheck)

public:
    static SelfieReport inspect(const QString &path);
    // Encoded image bytes, e.g. from the clipboard or a camera.
    static SelfieReport inspectData(const QByteArray &bytes);

    // Writes a NEW JPEG file in outputDir (created when missing) that passes every rule:
    // orientation baked in, downscaled to at most 4000 px, quality lowered until at most 5 MiB.
    // The original file is never touched.
    static FitResult fit(const SelfieReport &report, const QString &outputDir);
    static FitResult fit(const QString &path, const QString &outputDir);
};
