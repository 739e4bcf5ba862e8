#include "selfiecheck.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace vd::server {

std::optional<ApiError> SelfieCheck::check(const QByteArray &data, const QString &input)
{
    if (data.size() > MaxBytes)
        return ApiError::forImage(u"IMAGE_FILE_SIZE_TOO_BIG"_s, input,
                                  u"the selfie has %1 bytes; at most %2 are allowed"_s.arg(
                                      QString::number(data.size()), QString::number(MaxBytes)));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty())
        return ApiError::forImage(u"CORRUPT_IMAGE"_s, input,
                                  u"the selfie is not an image, or it is damaged"_s);
    static const QList<QByteArray> allowed = {"jpeg", "jpg", "bmp", "png", "gif", "tiff", "tif"};
    if (!allowed.contains(format))
        return ApiError::forImage(
            u"INVALID_IMAGE_FORMAT_OR_SIZE"_s, input,
            u"the selfie is %1; allowed are JPEG, BMP, PNG, GIF and TIFF"_s.arg(
                QString::fromLatin1(format.toUpper())));
    const QSize size = reader.size();
    if (!size.isValid())
        return ApiError::forImage(u"CORRUPT_IMAGE"_s, input,
                                  u"the selfie's size cannot be read: it is damaged"_s);
    if (size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide ||
        size.height() > MaxSide)
        return ApiError::forImage(
            u"INVALID_IMAGE_FORMAT_OR_SIZE"_s, input,
            u"the selfie is %1x%2 px; each side must be more than 8 and at most 4000 px"_s.arg(
                QString::number(size.width()), QString::number(size.height())));
    return std::nullopt;
}

} // namespace vd::server
