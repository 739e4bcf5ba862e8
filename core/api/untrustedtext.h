// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Text that came from the network, made safe to print on a terminal or show in a window: control
// characters, terminal escape sequences and bidi overrides removed, and the length capped.
class UntrustedText
{
public:
    // Enough for any field of the API's answers (their whole bodies are < 4 KiB).
    static constexpr int MaxFieldChars = 1024;

    // Removes ESC sequences (CSI, OSC up to BEL or ST, and two-character ones), the other C0
    // controls except \n and \t, DEL, C1 controls and the bidi embedding, override and isolate
    // characters; cuts the text after maxChars characters with an ellipsis.
    static QString sanitized(const QString &text, int maxChars = MaxFieldChars);
    static QString sanitized(const QByteArray &utf8, int maxChars = MaxFieldChars);
    // A JSON text with every character sanitized() would remove written as a \uXXXX escape
    // instead, so that it stays the same JSON but prints harmlessly. The input must be valid JSON
    // (raw control characters can then only be whitespace, which is kept).
    static QString escapedJson(const QByteArray &json);
};
