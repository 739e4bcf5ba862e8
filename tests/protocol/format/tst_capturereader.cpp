// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "format/capturereader.h"
#include "imagebytes.h"

#include <QTest>
#include <google/protobuf/unknown_field_set.h>
#include <random>

namespace lv = verifydesk::liveness;
using vd::format::CaptureBuilder;
using vd::format::CaptureBuildOptions;
using vd::format::CaptureLimits;
using vd::format::hasCaptureMagic;
using vd::format::readCapture;

Q_DECLARE_METATYPE(std::string)

// Tests readCapture: every malformed capture gets a precise error, a valid one reads back.
class TestCaptureReader : public QObject
{
    Q_OBJECT

private:
    static std::string jpeg(int width = 32, int height = 24) { return imageBytes(width, height); }

    static lv::LivenessCapture valid(lv::OutputType type = lv::MULTI_IMG, int frames = 3)
    {
        CaptureBuildOptions options;
        options.outputType = type;
        options.motions = {lv::BLINK, lv::YAW};
        options.captureId = "test";
        options.capturedAtMs = 1700000000000;
        CaptureBuilder builder(options);
        for (int i = 0; i < frames; ++i) {
            builder.addFrame(jpeg());
        }
        return *builder.build().capture;
    }

    static std::string bytes(const lv::LivenessCapture &capture)
    {
        return capture.SerializeAsString();
    }

    static void addRow(const char *name, const std::string &data, const char *expected,
                       CaptureLimits limits = {})
    {
        QTest::newRow(name) << data << QString::fromLatin1(expected)
                            << static_cast<qulonglong>(limits.maxBytes) << limits.maxFrames
                            << static_cast<qulonglong>(limits.maxFrameBytes);
    }

private slots:
    void readsWhatTheBuilderWrites()
    {
        const lv::LivenessCapture original = valid();
        const auto result = readCapture(bytes(original));
        QVERIFY2(result.error.empty(), result.error.c_str());
        QVERIFY(result.capture.has_value());
        QCOMPARE(result.capture->magic(), std::string("verifydesk.liveness"));
        QCOMPARE(result.capture->format_version(), 1U);
        QCOMPARE(result.capture->output_type(), lv::MULTI_IMG);
        QCOMPARE(result.capture->motions_size(), 2);
        QCOMPARE(result.capture->motions(1), lv::YAW);
        QCOMPARE(result.capture->frames_size(), 3);
        QCOMPARE(result.capture->frames(0).jpeg(), original.frames(0).jpeg());
        QCOMPARE(result.capture->frames(2).timestamp_ms(), 200);
        QCOMPARE(result.capture->device().width(), 32U);
        QCOMPARE(result.capture->capture_id(), std::string("test"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<std::string>("data");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qulonglong>("maxBytes");
        QTest::addColumn<int>("maxFrames");
        QTest::addColumn<qulonglong>("maxFrameBytes");

        addRow("empty", {}, "the liveness data is empty");
        CaptureLimits small;
        small.maxBytes = 100;
        addRow("over the size limit", bytes(valid()), "over the limit of 100 bytes", small);

        addRow("random bytes", std::string("\xff\xfe\x00\x13garbage\x01", 12),
               "not a VerifyDesk open liveness capture");
        {
            // Shaped like the vendor's file: a protobuf whose fields hold encrypted blobs.
            google::protobuf::UnknownFieldSet vendor;
            vendor.AddLengthDelimited(1, std::string("\x8a\x17\x00\xc3\x99\x01 encrypted", 16));
            vendor.AddVarint(2, 3);
            vendor.AddLengthDelimited(3, std::string(200, '\x5a'));
            std::string data;
            vendor.SerializeToString(&data);
            addRow("vendor-like protobuf", data,
                   "not a VerifyDesk open liveness capture (magic \"verifydesk.liveness\" "
                   "missing: field 1 is \"\\x8a\\x17\\x00\\xc3\\x99\\x01 encrypted\"); the "
                   "reference server scores only the open format");
        }
        {
            google::protobuf::UnknownFieldSet noMagic;
            noMagic.AddVarint(2, 1);
            noMagic.AddVarint(3, 2);
            std::string data;
            noMagic.SerializeToString(&data);
            addRow("no magic field", data, "(magic \"verifydesk.liveness\" missing)");
        }
        {
            google::protobuf::UnknownFieldSet varintMagic;
            varintMagic.AddVarint(1, 42);
            std::string data;
            varintMagic.SerializeToString(&data);
            addRow("magic of the wrong type", data, "field 1 is not a string");
        }
        {
            const std::string whole = bytes(valid());
            addRow("cut short", whole.substr(0, whole.size() / 2),
                   "damaged: its protobuf data is cut short or corrupt");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_capture_id(std::string("\xc3\x28 not utf-8", 12));
            addRow("text field not UTF-8", bytes(c), "does not match the schema");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_format_version(2);
            addRow("format version 2", bytes(c), "unsupported format_version 2");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_output_type(lv::OUTPUT_TYPE_UNSPECIFIED);
            addRow("output type missing", bytes(c), "the output type is missing");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_output_type(static_cast<lv::OutputType>(9));
            addRow("output type unknown", bytes(c), "the output type is unknown (9)");
        }
        {
            lv::LivenessCapture c = valid();
            c.add_motions(static_cast<lv::Motion>(7));
            addRow("unknown motion", bytes(c), "motion 3 has an unknown value 7");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_output_type(lv::SINGLE_IMG);
            addRow("singleImg with three frames", bytes(c),
                   "singleImg needs exactly one frame, the capture holds 3");
        }
        {
            lv::LivenessCapture c = valid();
            c.clear_frames();
            addRow("multiImg without frames", bytes(c), "multiImg needs frames");
        }
        {
            lv::LivenessCapture c = valid();
            c.set_output_type(lv::VIDEO);
            addRow("video without data", bytes(c), "holds no video data");
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(1)->set_jpeg("GIF89a not really");
            addRow("frame that is not an image", bytes(c),
                   "frame 2 is not a JPEG or PNG image (it is gif)");
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(1)->set_jpeg(c.frames(1).jpeg().substr(0, 40));
            addRow("frame cut before its size", bytes(c),
                   "frame 2 jpeg header is damaged (no valid image size)");
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(0)->clear_jpeg();
            addRow("frame without data", bytes(c), "frame 1 has no image data");
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(2)->set_jpeg(imageBytes(4001, 2, "png"));
            addRow("frame wider than 4000 px", bytes(c),
                   "frame 3 is 4001x2 px, over the limit of 4000 px a side");
        }
        {
            CaptureLimits limits;
            limits.maxFrameBytes = 100;
            addRow("frame over its byte limit", bytes(valid()), "frame 1 image is", limits);
        }
        {
            CaptureLimits limits;
            limits.maxFrames = 2;
            addRow("too many frames", bytes(valid()),
                   "the capture holds 3 frames, over the limit of 2", limits);
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(0)->set_timestamp_ms(-5);
            addRow("negative timestamp", bytes(c), "frame 1 has a negative timestamp (-5 ms)");
        }
        {
            lv::LivenessCapture c = valid();
            c.mutable_frames(2)->set_timestamp_ms(50);
            addRow("timestamps out of order", bytes(c),
                   "frame 3 timestamp 50 ms is earlier than the previous frame's 100 ms");
        }
    }

    void rejectsMalformed()
    {
        QFETCH(std::string, data);
        QFETCH(QString, expected);
        QFETCH(qulonglong, maxBytes);
        QFETCH(int, maxFrames);
        QFETCH(qulonglong, maxFrameBytes);
        CaptureLimits limits;
        limits.maxBytes = maxBytes;
        limits.maxFrames = maxFrames;
        limits.maxFrameBytes = maxFrameBytes;
        const auto result = readCapture(data, limits);
        QVERIFY(!result.capture.has_value());
        QVERIFY2(QString::fromStdString(result.error).contains(expected),
                 qPrintable(QStringLiteral("error was: ") + QString::fromStdString(result.error)));
    }

    void survivesCorruption()
    {
        // Random damage to a valid capture: every result is a capture or an error, never a
        // crash (tst_captureframedecoder decodes what reads back).
        const std::string good = bytes(valid());
        std::mt19937 rng(20261124);
        int accepted = 0;
        for (int round = 0; round < 1500; ++round) {
            std::string damaged = good;
            const int kind = round % 3;
            if (kind == 0) {
                damaged.resize(rng() % damaged.size());
            } else {
                const int flips = 1 + static_cast<int>(rng() % 8);
                for (int f = 0; f < flips; ++f) {
                    damaged[rng() % damaged.size()] = static_cast<char>(rng() & 0xff);
                }
                if (kind == 2) {
                    damaged.insert(rng() % damaged.size(), std::string(1 + rng() % 16, '\x80'));
                }
            }
            const auto result = readCapture(damaged);
            QVERIFY(result.capture.has_value() != !result.error.empty());
            if (result.capture) {
                ++accepted;
            }
        }
        QVERIFY(accepted < 1500);
    }

    void tellsTheMagicApart()
    {
        const std::string good = bytes(valid());
        QVERIFY(hasCaptureMagic(good));
        lv::LivenessCapture invalid = valid();
        invalid.set_format_version(2);
        QVERIFY(hasCaptureMagic(bytes(invalid)));
        lv::LivenessCapture other = valid();
        other.set_magic("com.vendor.liveness");
        QVERIFY(!hasCaptureMagic(bytes(other)));
        QVERIFY(!hasCaptureMagic(good.substr(0, good.size() / 2)));
        QVERIFY(!hasCaptureMagic({}));
    }

    void acceptsVideoCapture()
    {
        lv::LivenessCapture c = valid();
        c.set_output_type(lv::FULL_VIDEO);
        c.mutable_video()->set_data("not checked here: the decoder reports undecodable video");
        c.mutable_video()->set_fps(25);
        const auto result = readCapture(bytes(c));
        QVERIFY2(result.error.empty(), result.error.c_str());
        QCOMPARE(result.capture->video().fps(), 25.0);
    }
};

QTEST_GUILESS_MAIN(TestCaptureReader)
#include "tst_capturereader.moc"
