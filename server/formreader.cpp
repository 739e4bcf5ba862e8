// SPDX-License-Identifier: GPL-3.0-or-later
#include "formreader.h"

#include <QUrlQuery>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// application/x-www-form-urlencoded, decoded to raw bytes so that the UTF-8 check sees what
// the client sent.
void appendUrlEncoded(const QByteArray &body, std::vector<FormField> &fields)
{
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.push_back(FormField{QByteArray::fromPercentEncoding(name),
                                   QByteArray::fromPercentEncoding(value), false, false});
    }
}

} // namespace

FormReader::FormReader(QHash<QByteArray, qint64> partLimits, qint64 otherPartLimit)
    : m_partLimits(std::move(partLimits))
    , m_otherPartLimit(otherPartLimit)
{
}

qint64 FormReader::limitFor(const QByteArray &name) const
{
    return m_partLimits.value(name, m_otherPartLimit);
}

RequestForm FormReader::read(const httplib::Request &request,
                             const httplib::ContentReader &reader) const
{
    RequestForm form;
    const std::string contentType = request.get_header_value("Content-Type");
    const bool hasBody = request.has_header("Content-Length") ||
                         request.get_header_value("Transfer-Encoding") == "chunked";
    if (request.is_multipart_form_data()) {
        FormField *current = nullptr;
        qint64 currentLimit = 0;
        const bool complete = reader(
            [&](const httplib::MultipartFormData &part) {
                form.fields.push_back(
                    FormField{QByteArray::fromStdString(part.name), {}, false, false});
                current = &form.fields.back();
                currentLimit = limitFor(current->name);
                return true;
            },
            [&](const char *data, size_t length) {
                if (current->tooLarge)
                    return true; // keep reading (and dropping) so the answer reaches the client
                if (current->value.size() + static_cast<qint64>(length) > currentLimit) {
                    current->tooLarge = true;
                    current->value = QByteArray();
                    return true;
                }
                current->value.append(data, static_cast<qsizetype>(length));
                return true;
            });
        if (!complete) {
            form.bodyLeftUnread = true;
            form.readError = ApiError::invalidArgument(
                u"the multipart/form-data body could not be read: a boundary is missing, or the "
                "body is malformed or truncated"_s);
        }
    } else if (hasBody) {
        QByteArray body;
        bool tooLarge = false;
        const bool complete = reader([&](const char *data, size_t length) {
            if (body.size() + static_cast<qint64>(length) > m_otherPartLimit) {
                tooLarge = true;
                return true;
            }
            body.append(data, static_cast<qsizetype>(length));
            return true;
        });
        if (!complete) {
            form.bodyLeftUnread = true;
            form.readError = ApiError::invalidArgument(u"the request body could not be read"_s);
        } else if (tooLarge) {
            form.readError = ApiError::invalidArgument(
                u"a body that is not multipart/form-data may hold %1 bytes at most"_s.arg(
                    m_otherPartLimit));
        } else if (contentType.rfind("application/x-www-form-urlencoded", 0) == 0) {
            appendUrlEncoded(body, form.fields);
        } else if (!body.isEmpty()) {
            form.readError = ApiError::invalidArgument(
                u"the body must be multipart/form-data (or application/x-www-form-urlencoded)"_s);
        }
    }
    for (const auto &[name, value] : request.params) {
        form.fields.push_back(FormField{QByteArray::fromStdString(name),
                                        QByteArray::fromStdString(value), true, false});
    }
    return form;
}

} // namespace vd::server
