// SPDX-License-Identifier: GPL-3.0-or-later
// vd_make_test_capture OUT FRAME.jpg...: writes an open liveness capture for the vendor-sample
// tests (run_vendor_sample.py), built with the protobuf API from the given JPEG frames.
#include "testinputs.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: vd_make_test_capture OUT FRAME.jpg...\n", stderr);
        return 2;
    }
    QList<QByteArray> frames;
    for (qsizetype i = 2; i < args.size(); ++i) {
        QFile frame(args.at(i));
        if (!frame.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(i)));
            return 1;
        }
        frames.append(frame.readAll());
    }
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(TestInputs::capture(frames)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
