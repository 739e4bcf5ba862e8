// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One input of a verification (the selfie or the liveness data): a local file, a URL the
// server fetches, or the id of data the server stored earlier.
struct InputSource
{
    enum class Kind
    {
        None,
        File,
        Url,
        Id
    };

    Kind kind = Kind::None;
    QString value; // a local path, a URL or an id, depending on kind

    static InputSource file(const QString &path) { return {Kind::File, path}; }
    static InputSource url(const QString &url) { return {Kind::Url, url}; }
    static InputSource id(const QString &id) { return {Kind::Id, id}; }

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const InputSource &other) const
    {
        return kind == other.kind && value == other.value;
    }
};
