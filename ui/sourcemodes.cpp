// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemodes.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

SourceModes::SourceModes(QWidget *owner, const QString &prefix, const QString &reuseButtonName)
    : QObject(owner)
    , m_fileMode(new QRadioButton(owner))
    , m_urlMode(new QRadioButton(owner))
    , m_idMode(new QRadioButton(owner))
    , m_urlEdit(new QLineEdit(owner))
    , m_idEdit(new QLineEdit(owner))
    , m_reuseButton(new QPushButton(owner))
{
    m_fileMode->setObjectName(prefix + u"FileMode"_s);
    m_urlMode->setObjectName(prefix + u"UrlMode"_s);
    m_idMode->setObjectName(prefix + u"IdMode"_s);
    m_urlEdit->setObjectName(prefix + u"UrlEdit"_s);
    m_urlEdit->setPlaceholderText(u"https://…"_s);
    m_idEdit->setObjectName(prefix + u"IdEdit"_s);
    m_reuseButton->setObjectName(reuseButtonName);
    m_reuseButton->setEnabled(false);
    m_fileMode->setChecked(true);

    // Typing into a field chooses its way of giving the input.
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] {
        m_urlMode->setChecked(true);
        emit changed();
    });
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] {
        m_idMode->setChecked(true);
        emit changed();
    });
    connect(m_reuseButton, &QPushButton::clicked, this, [this] {
        m_idEdit->setText(m_lastId);
        m_idMode->setChecked(true);
        emit changed();
    });
    // Alt+U or Alt+I lands in the field, ready for Ctrl+V.
    connect(m_urlMode, &QRadioButton::clicked, m_urlEdit, [this] { m_urlEdit->setFocus(); });
    connect(m_idMode, &QRadioButton::clicked, m_idEdit, [this] { m_idEdit->setFocus(); });
    for (QRadioButton *mode : {m_fileMode, m_urlMode, m_idMode})
        connect(mode, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                emit changed();
        });
}

QHBoxLayout *SourceModes::createIdRow() const
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_idEdit, 1);
    row->addWidget(m_reuseButton);
    return row;
}

InputSource SourceModes::source(const QString &filePath) const
{
    if (m_fileMode->isChecked())
        return filePath.isEmpty() ? InputSource{} : InputSource::file(filePath);
    if (m_urlMode->isChecked()) {
        const QString url = m_urlEdit->text().trimmed();
        return url.isEmpty() ? InputSource{} : InputSource::url(url);
    }
    const QString id = m_idEdit->text().trimmed();
    return id.isEmpty() ? InputSource{} : InputSource::id(id);
}

void SourceModes::setLastId(const QString &id)
{
    m_lastId = id;
    m_reuseButton->setEnabled(!id.isEmpty());
    m_reuseButton->setToolTip(id);
}

void SourceModes::clear()
{
    m_urlEdit->clear();
    m_idEdit->clear();
    setLastId(QString());
    m_fileMode->setChecked(true);
}
