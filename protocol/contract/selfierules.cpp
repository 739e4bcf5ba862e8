// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract/selfierules.h"

namespace vd::contract {

const QList<QByteArray> &SelfieRules::formats()
{
    static const QList<QByteArray> formats = {"jpeg", "jpg", "bmp", "png", "gif", "tiff", "tif"};
    return formats;
}

// Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so 0xFF 0xD9
// after the start of scan can only be the real end marker.
bool SelfieRules::jpegLooksTruncated(const QByteArray &jpeg)
{
    const qsizetype scan = jpeg.indexOf("\xFF\xDA");
    return scan < 0 || jpeg.lastIndexOf("\xFF\xD9") < scan;
}

} // namespace vd::contract
