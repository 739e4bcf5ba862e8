// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract/selfierules.h"

namespace vd::contract {

const QList<QByteArray> &SelfieRules::formats()
{
    static const QList<QByteArray> formats = {"jpeg", "jpg", "bmp", "png", "gif", "tiff", "tif"};
    return formats;
}

} // namespace vd::contract
