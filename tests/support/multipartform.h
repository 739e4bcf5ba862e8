// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A small multipart/form-data splitter for tests: QHttpServer hands over the raw body only.
class MultipartForm
{
public:
    struct Part
    {
        QString name;
        QString fileName; // empty for a plain field
        QByteArray contentType;
        QByteArray data;
    };

    // contentType is the request's Content-Type header (it carries the boundary).
    static MultipartForm parse(const QByteArray &contentType, const QByteArray &body);

    bool isValid() const { return m_valid; }
    const QList<Part> &parts() const { return m_parts; }
    QStringList names() const;
    const Part *part(const QString &name) const;
    QByteArray value(const QString &name) const;

private:
    bool m_valid = false;
    QList<Part> m_parts;
};
