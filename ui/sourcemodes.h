// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/inputsource.h"

#include <QObject>

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

// The three ways an API input is given (a file, a URL, an id) as radio buttons with their
// fields, and a one-click reuse of the id the last answer returned. The selfie and liveness
// panels each own one and lay its widgets out with their own file controls.
class SourceModes : public QObject
{
    Q_OBJECT

public:
    // The widgets are children of owner, named <prefix>FileMode, <prefix>UrlMode,
    // <prefix>IdMode, <prefix>UrlEdit, <prefix>IdEdit and reuseButtonName.
    SourceModes(QWidget *owner, const QString &prefix, const QString &reuseButtonName);

    QRadioButton *fileMode() const { return m_fileMode; }
    QRadioButton *urlMode() const { return m_urlMode; }
    QRadioButton *idMode() const { return m_idMode; }
    QLineEdit *urlEdit() const { return m_urlEdit; }
    QLineEdit *idEdit() const { return m_idEdit; }
    QPushButton *reuseButton() const { return m_reuseButton; }
    // The id field and its reuse button side by side.
    QHBoxLayout *createIdRow() const;

    // The chosen input; Kind::None when the chosen way has no value yet. filePath is the
    // panel's checked file, empty when none.
    InputSource source(const QString &filePath) const;
    void setLastId(const QString &id);
    // Back to a file with nothing typed and no id to reuse, for the next customer.
    void clear();

signals:
    void changed();

private:
    QRadioButton *m_fileMode;
    QRadioButton *m_urlMode;
    QRadioButton *m_idMode;
    QLineEdit *m_urlEdit;
    QLineEdit *m_idEdit;
    QPushButton *m_reuseButton;
    QString m_lastId;
};
