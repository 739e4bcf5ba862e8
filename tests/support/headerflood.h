// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A hostile client for server tests: sends a request line and then a flood of short header
// lines as fast as the server takes them, while reading whatever the server answers. Blocking
// POSIX sockets on 127.0.0.1; the whole flood is never held in memory.
class HeaderFlood
{
public:
    struct Result
    {
        QByteArray answer;    // what the server sent back
        qint64 bytesSent = 0; // until the server stopped reading or the flood was over
        qint64 elapsedMs = 0; // until the server closed the connection (or the timeout)
        bool closed = false;  // the server closed the connection within the timeout
        QByteArray error;     // empty when the connection was made
    };

    static Result send(quint16 port, const QByteArray &requestLine, qint64 headerLines,
                       int timeoutMs);
};
