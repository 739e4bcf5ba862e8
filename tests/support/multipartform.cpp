// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartform.h"

#include <QStringList>

namespace {

QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray &piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        if (!trimmed.toLower().startsWith(QByteArray(name + '=')))
            continue;
        QByteArray value = trimmed.mid(name.size() + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

MultipartForm MultipartForm::parse(const QByteArray &contentType, const QByteArray &body)
{
    MultipartForm form;
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return form;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return form;
    const QByteArray delimiter = QByteArray("--" + boundary);

    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return form;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            form.m_valid = true;
            return form;
        }
        if (body.mid(pos, 2) != "\r\n")
            return form;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return form;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0)
            return form;

        Part part;
        const QList<QByteArray> headerLines = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &rawLine : headerLines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray key = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.fileName = QString::fromUtf8(parameter(value, "filename"));
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        part.data = body.mid(headerEnd + 4, next - (headerEnd + 4));
        form.m_parts.append(part);
        pos = next + 2;
    }
}

QStringList MultipartForm::names() const
{
    QStringList result;
    for (const Part &part : m_parts)
        result << part.name;
    return result;
}

const MultipartForm::Part *MultipartForm::part(const QString &name) const
{
    for (const Part &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QByteArray MultipartForm::value(const QString &name) const
{
    const Part *p = part(name);
    return p ? p->data : QByteArray();
}
