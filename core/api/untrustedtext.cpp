// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/untrustedtext.h"

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t Esc = 0x1b;
constexpr char16_t Bel = 0x07;
constexpr char16_t Csi = 0x9b; // the C1 forms of ESC [ and ESC ] and ESC \ .
constexpr char16_t Osc = 0x9d;
constexpr char16_t St = 0x9c;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

bool isUnsafe(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
}

// The index after the escape sequence that starts at `at` (an ESC, CSI or OSC).
qsizetype skipSequence(const QString &text, qsizetype at)
{
    const qsizetype n = text.size();
    char16_t kind = text.at(at).unicode();
    qsizetype i = at + 1;
    if (kind == Esc) {
        if (i >= n)
            return i;
        const char16_t next = text.at(i).unicode();
        if (next == u'[')
            kind = Csi;
        else if (next == u']' || next == u'P' || next == u'_' || next == u'^')
            kind = Osc; // OSC, DCS, APC and PM all run to a string terminator
        else
            return i + 1; // a two-character sequence such as ESC c or ESC 7
        ++i;
    }
    if (kind == Csi) {
        // Parameter and intermediate bytes, then one final byte in 0x40..0x7e.
        while (i < n && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x3f)
            ++i;
        while (i < n && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2f)
            ++i;
        if (i < n && text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7e)
            ++i;
        return i;
    }
    // OSC-like: up to BEL, ST, or ESC \ .
    while (i < n) {
        const char16_t c = text.at(i).unicode();
        if (c == Bel || c == St)
            return i + 1;
        if (c == Esc)
            return i + 1 < n && text.at(i + 1) == u'\\' ? i + 2 : i + 1;
        ++i;
    }
    return i;
}

} // namespace

QString UntrustedText::sanitized(const QString &text, int maxChars)
{
    QString clean;
    clean.reserve(qMin(text.size(), qsizetype(maxChars) + 1));
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == Esc || c == Csi || c == Osc) {
            i = skipSequence(text, i);
            continue;
        }
        if (!isUnsafe(c))
            clean.append(QChar(c));
        ++i;
        if (clean.size() > maxChars)
            break;
    }
    if (clean.size() > maxChars) {
        clean.truncate(maxChars);
        // Never leave half of a surrogate pair at the cut.
        if (!clean.isEmpty() && clean.back().isHighSurrogate())
            clean.chop(1);
        clean += u"…"_s;
    }
    return clean;
}

QString UntrustedText::sanitized(const QByteArray &utf8, int maxChars)
{
    return sanitized(QString::fromUtf8(utf8), maxChars);
}

QString UntrustedText::escapedJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isUnsafe(c) && c != u'\r')
            out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
        else
            out += ch;
    }
    return out;
}
