// SPDX-License-Identifier: GPL-3.0-or-later
#include "formreader.h"

#include "contenttype.h"

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
    const ContentType contentType =
        ContentType::parse(QByteArray::fromStdString(request.get_header_value("Content-Type")));
    const std::string declared = request.get_header_value("Content-Length");
    const bool hasBody = (!declared.empty() && declared != "0") ||
                         request.get_header_value("Transfer-Encoding") == "chunked";
    // GuardedStream has rewritten any spelling of a multipart Content-Type into the one
    // cpp-httplib's multipart reader recognises.
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
                contentType.parameter("boundary").isEmpty()
                    ? u"the Content-Type multipart/form-data has no boundary parameter"_s
                    : u"the multipart/form-data body could not be read: it is malformed or "
                      "truncated"_s);
        }
    } else if (hasBody && !contentType.isUrlEncoded()) {
        // Not read at all: the answer names what was sent and what is accepted.
        form.bodyLeftUnread = true;
        form.readError = ApiError::invalidArgument(
            u"the body must be multipart/form-data (or application/x-www-form-urlencoded); the "
            "request has %1"_s.arg(contentType.mediaType().isEmpty()
                                       ? u"no Content-Type"_s
                                       : u"Content-Type "_s +
                                             QString::fromLatin1(contentType.mediaType())));
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
                u"an application/x-www-form-urlencoded body may hold %1 bytes at most"_s.arg(
                    m_otherPartLimit));
        } else {
            appendUrlEncoded(body, form.fields);
        }
    }
    for (const auto &[name, value] : request.params) {
        form.fields.push_back(FormField{QByteArray::fromStdString(name),
                                        QByteArray::fromStdString(value), true, false});
    }
    return form;
}

} // namespace vd::server
