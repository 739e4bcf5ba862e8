// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenttype.h"

namespace vd::server {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

void skipSpace(const QByteArray &text, qsizetype &at)
{
    while (at < text.size() && isSpace(text.at(at)))
        ++at;
}

} // namespace

ContentType ContentType::parse(const QByteArray &value)
{
    ContentType type;
    qsizetype at = value.indexOf(';');
    type.m_mediaType = (at < 0 ? value : value.left(at)).trimmed().toLower();
    if (at < 0)
        return type;
    while (at < value.size()) {
        ++at; // the ';'
        skipSpace(value, at);
        const qsizetype nameStart = at;
        while (at < value.size() && value.at(at) != '=' && value.at(at) != ';')
            ++at;
        const QByteArray name = value.mid(nameStart, at - nameStart).trimmed().toLower();
        QByteArray parameterValue;
        if (at < value.size() && value.at(at) == '=') {
            ++at;
            skipSpace(value, at);
            if (at < value.size() && value.at(at) == '"') {
                ++at;
                while (at < value.size() && value.at(at) != '"') {
                    if (value.at(at) == '\\' && at + 1 < value.size())
                        ++at;
                    parameterValue.append(value.at(at++));
                }
                // Whatever follows the closing quote up to the next ';' is not part of it.
                while (at < value.size() && value.at(at) != ';')
                    ++at;
            } else {
                const qsizetype valueStart = at;
                while (at < value.size() && value.at(at) != ';')
                    ++at;
                parameterValue = value.mid(valueStart, at - valueStart).trimmed();
            }
        }
        if (!name.isEmpty() && !type.m_parameters.contains(name))
            type.m_parameters.insert(name, parameterValue);
    }
    return type;
}

} // namespace vd::server
