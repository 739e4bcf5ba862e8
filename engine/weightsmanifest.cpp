// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsmanifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

using namespace Qt::StringLiterals;

namespace vd::engine {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string fileError(const QString &path, const QString &what)
{
    return QString(path + u": "_s + what).toStdString();
}

// One tensor's bytes: count elements stored as float32, uint8 or uint16 (TF.js quantisation).
bool decodeTensor(const char *bytes, qsizetype available, qsizetype count, const QString &dtype,
                  double scale, double min, float *out, qsizetype *consumed)
{
    if (dtype == u"float32"_s) {
        *consumed = count * 4;
        if (*consumed > available)
            return false;
        std::memcpy(out, bytes, static_cast<std::size_t>(*consumed));
        return true;
    }
    if (dtype == u"uint8"_s) {
        *consumed = count;
        if (*consumed > available)
            return false;
        const auto *u = reinterpret_cast<const unsigned char *>(bytes);
        for (qsizetype i = 0; i < count; ++i)
            out[i] = static_cast<float>(u[i] * scale + min);
        return true;
    }
    if (dtype == u"uint16"_s) {
        *consumed = count * 2;
        if (*consumed > available)
            return false;
        for (qsizetype i = 0; i < count; ++i) {
            std::uint16_t v = 0;
            std::memcpy(&v, bytes + i * 2, 2);
            out[i] = static_cast<float>(v * scale + min);
        }
        return true;
    }
    return false;
}

} // namespace

std::optional<WeightsManifest> WeightsManifest::load(const std::string &dir,
                                                     const std::string &model, std::string *error)
{
    auto fail = [error](const std::string &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString manifestPath = qs(dir) + u'/' + qs(model) + u"-weights_manifest.json"_s;
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(fileError(manifestPath, manifestFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (!doc.isArray())
        return fail(fileError(manifestPath, u"not a TF.js weights manifest ("_s +
                                                parseError.errorString() + u')'));

    WeightsManifest result;
    const QJsonArray groups = doc.array();
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        // The group's binaries are one byte stream split over several files.
        QByteArray stream;
        for (const QJsonValue &p : group.value(u"paths"_s).toArray()) {
            const QString binPath = qs(dir) + u'/' + p.toString();
            QFile bin(binPath);
            if (!bin.open(QIODevice::ReadOnly))
                return fail(fileError(binPath, bin.errorString()));
            stream += bin.readAll();
        }
        qsizetype offset = 0;
        for (const QJsonValue &wv : group.value(u"weights"_s).toArray()) {
            const QJsonObject w = wv.toObject();
            const QString name = w.value(u"name"_s).toString();
            Tensor tensor;
            qsizetype count = 1;
            for (const QJsonValue &d : w.value(u"shape"_s).toArray()) {
                const int dim = d.toInt(-1);
                if (dim <= 0 || dim > (1 << 20))
                    return fail(fileError(manifestPath, u"bad shape for "_s + name));
                tensor.shape.push_back(dim);
                count *= dim;
            }
            if (tensor.shape.empty())
                tensor.shape.push_back(1);
            if (w.value(u"dtype"_s).toString() != u"float32"_s)
                return fail(fileError(manifestPath, u"unsupported dtype for "_s + name));
            QString storedType = u"float32"_s;
            double scale = 1.0;
            double min = 0.0;
            if (w.contains(u"quantization"_s)) {
                const QJsonObject q = w.value(u"quantization"_s).toObject();
                storedType = q.value(u"dtype"_s).toString();
                scale = q.value(u"scale"_s).toDouble();
                min = q.value(u"min"_s).toDouble();
            }
            tensor.data.create(static_cast<int>(tensor.shape.size()), tensor.shape.data(), CV_32F);
            qsizetype consumed = 0;
            if (!decodeTensor(stream.constData() + offset, stream.size() - offset, count,
                              storedType, scale, min, tensor.data.ptr<float>(), &consumed))
                return fail(
                    fileError(manifestPath,
                              u"tensor "_s + name + u" is truncated or stored as "_s + storedType));
            offset += consumed;
            result.m_tensors.emplace(name.toStdString(), std::move(tensor));
        }
        if (offset != stream.size())
            return fail(fileError(
                manifestPath,
                u"binary size does not match the manifest (%1 of %2 bytes used)"_s.arg(offset).arg(
                    stream.size())));
    }
    if (result.m_tensors.empty())
        return fail(fileError(manifestPath, u"no tensors"_s));
    return result;
}

cv::Mat WeightsManifest::tensor(const std::string &name) const
{
    const auto it = m_tensors.find(name);
    return it == m_tensors.end() ? cv::Mat() : it->second.data;
}

std::vector<int> WeightsManifest::shape(const std::string &name) const
{
    const auto it = m_tensors.find(name);
    return it == m_tensors.end() ? std::vector<int>() : it->second.shape;
}

} // namespace vd::engine
