// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfiecheck.h"

#include "contract/selfierules.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace vd::server {

using contract::SelfieRules;
using contract::Status;

std::optional<ApiError> SelfieCheck::check(const QByteArray &data, const QString &input)
{
    if (data.size() > SelfieRules::MaxBytes)
        return ApiError::forImage(
            Status::ImageFileSizeTooBig, input,
            u"the selfie has %1 bytes; at most %2 are allowed"_s.arg(
                QString::number(data.size()), QString::number(SelfieRules::MaxBytes)));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty())
        return ApiError::forImage(Status::CorruptImage, input,
                                  u"the selfie is not an image, or it is damaged"_s);
    if (!SelfieRules::formats().contains(format))
        return ApiError::forImage(
            Status::InvalidImageFormatOrSize, input,
            u"the selfie is %1; allowed are JPEG, BMP, PNG, GIF and TIFF"_s.arg(
                QString::fromLatin1(format.toUpper())));
    if (format == "jpeg" && SelfieRules::jpegLooksTruncated(data))
        return ApiError::forImage(
            Status::CorruptImage, input,
            u"the JPEG selfie is truncated: its end-of-image marker is missing"_s);
    const QSize size = reader.size();
    if (!size.isValid())
        return ApiError::forImage(Status::CorruptImage, input,
                                  u"the selfie's size cannot be read: it is damaged"_s);
    if (SelfieRules::sideTooSmall(size.width()) || SelfieRules::sideTooSmall(size.height()) ||
        SelfieRules::sideTooLarge(size.width()) || SelfieRules::sideTooLarge(size.height()))
        return ApiError::forImage(
            Status::InvalidImageFormatOrSize, input,
            u"the selfie is %1x%2 px; each side must be more than %3 and at most %4 px"_s.arg(
                QString::number(size.width()), QString::number(size.height()),
                QString::number(SelfieRules::MinSideExclusive),
                QString::number(SelfieRules::MaxSide)));
    return std::nullopt;
}

} // namespace vd::server
