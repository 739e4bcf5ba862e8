// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Qt application object that a fuzz target needs once per process, made in
// LLVMFuzzerInitialize: QGuiApplication (offscreen) for the image plugins, else QCoreApplication.

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdlib>

namespace vd::fuzz {

inline void makeCoreApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline void makeGuiApplication(int *argc, char ***argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static QGuiApplication app(*argc, *argv);
}

} // namespace vd::fuzz
