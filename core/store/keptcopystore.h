// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/copycipher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An error value of KeptCopyStore.
struct KeptCopyError
{
    enum class Code
    {
        None,
        NoKey,      // no key: nothing is kept
        FileFailed, // the folder or a file cannot be read or written
        Cipher      // see cipher
    };

    Code code = Code::None;
    CopyCipherError::Code cipher = CopyCipherError::Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

// Keeps the operator's input copies encrypted at rest (CopyCipher) in one private folder: the
// folder 0700, every file 0600, both set explicitly rather than left to the umask.
class KeptCopyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeptCopyStore)

public:
    KeptCopyStore(const QString &folder, const QByteArray &key);

    QString folder() const { return m_folder; }

    // Encrypts the file at sourcePath into <folder>/<name>; an existing copy of that name is
    // kept (copies are named by content). path receives the copy's path.
    KeptCopyError keep(const QString &sourcePath, const QString &name, QString *path) const;
    // The plaintext of a kept copy, or an error (never a partial or unauthenticated plaintext).
    KeptCopyError read(const QString &path, QByteArray *plain) const;
    // Encrypts in place, under the same names, the copies an older version kept in plaintext;
    // count receives how many were encrypted. The plaintext is replaced atomically.
    KeptCopyError encryptPlainCopies(int *count) const;

private:
    KeptCopyError makeFolder() const;
    KeptCopyError writePrivately(const QString &path, const QByteArray &sealed) const;

    QString m_folder;
    QByteArray m_key;
};
