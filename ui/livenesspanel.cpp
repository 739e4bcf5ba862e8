#include "livenesspanel.h"

#include "dropzone.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LivenessPanel::LivenessPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_fileMode(new QRadioButton(this))
    , m_urlMode(new QRadioButton(this))
    , m_idMode(new QRadioButton(this))
    , m_dropZone(new DropZone(this))
    , m_openButton(new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_warningLabel(new QLabel(this))
    , m_urlEdit(new QLineEdit(this))
    , m_idEdit(new QLineEdit(this))
    , m_reuseButton(new QPushButton(this))
{
    setObjectName(u"livenessPanel"_s);
    m_fileMode->setObjectName(u"livenessFileMode"_s);
    m_urlMode->setObjectName(u"livenessUrlMode"_s);
    m_idMode->setObjectName(u"livenessIdMode"_s);
    m_dropZone->setObjectName(u"livenessDropZone"_s);
    m_warningLabel->setObjectName(u"livenessWarning"_s);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(u"color: #9a6700;"_s);
    m_warningLabel->hide();
    m_urlEdit->setObjectName(u"livenessUrlEdit"_s);
    m_urlEdit->setPlaceholderText(u"https://…"_s);
    m_idEdit->setObjectName(u"livenessIdEdit"_s);
    m_reuseButton->setObjectName(u"reuseLivenessIdButton"_s);
    m_reuseButton->setEnabled(false);
    m_fileMode->setChecked(true);
    retranslate();

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idEdit, 1);
    idRow->addWidget(m_reuseButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileMode);
    layout->addWidget(m_dropZone, 1);
    layout->addWidget(m_openButton, 0, Qt::AlignLeft);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_urlMode);
    layout->addWidget(m_urlEdit);
    layout->addWidget(m_idMode);
    layout->addLayout(idRow);

    // Tab follows the layout from top to bottom.
    const QList<QWidget *> order = {m_fileMode, m_openButton, m_urlMode,    m_urlEdit,
                                    m_idMode,   m_idEdit,     m_reuseButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_openButton->setObjectName(u"livenessOpenButton"_s);

    connect(m_openButton, &QPushButton::clicked, this, &LivenessPanel::openFile);
    connect(m_dropZone, &DropZone::fileDropped, this, &LivenessPanel::setFile);
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
    for (QRadioButton *mode : {m_fileMode, m_urlMode, m_idMode})
        connect(mode, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                emit changed();
        });
}

void LivenessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LivenessPanel::retranslate()
{
    setTitle(tr("Liveness data"));
    m_fileMode->setText(tr("Liveness SDK file (any e&xtension)"));
    m_urlMode->setText(tr("liveness_data_u&rl"));
    m_idMode->setText(tr("liveness_&data_id"));
    m_openButton->setText(tr("&Browse…"));
    m_idEdit->setPlaceholderText(tr("id of an earlier answer"));
    m_reuseButton->setText(tr("Reuse last liveness_data_id"));
    if (m_report.path.isEmpty()) {
        m_dropZone->setText(tr("Drop the liveness data file here\n(.protobuf or any other name)"));
    } else {
        // The summary was translated when the file was inspected: inspect it again.
        const QString path = m_report.path;
        m_report = LivenessInspector::inspect(path);
        m_report.path = path;
        showReport();
    }
}

InputSource LivenessPanel::source() const
{
    if (m_fileMode->isChecked())
        return m_report.path.isEmpty() ? InputSource{} : InputSource::file(m_report.path);
    if (m_urlMode->isChecked()) {
        const QString url = m_urlEdit->text().trimmed();
        return url.isEmpty() ? InputSource{} : InputSource::url(url);
    }
    const QString id = m_idEdit->text().trimmed();
    return id.isEmpty() ? InputSource{} : InputSource::id(id);
}

void LivenessPanel::setFile(const QString &path)
{
    m_report = LivenessInspector::inspect(path);
    m_report.path = path;
    m_fileMode->setChecked(true);
    retranslate();
    showReport();
    emit changed();
}

void LivenessPanel::setLastLivenessDataId(const QString &id)
{
    m_lastId = id;
    m_reuseButton->setEnabled(!id.isEmpty());
    m_reuseButton->setToolTip(id);
}

void LivenessPanel::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open liveness data"), QString(),
                                     tr("Liveness data (*.protobuf *.pb *.bin);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void LivenessPanel::showReport()
{
    const QString name = QFileInfo(m_report.path).fileName();
    // The summary starts with the size.
    m_dropZone->setText(name + u"\n"_s + m_report.summary());
    m_dropZone->setToolTip(QDir::toNativeSeparators(m_report.path));
    if (m_report.wellFormed) {
        m_warningLabel->hide();
        return;
    }
    // The problem itself is in the summary above; this says what it means for sending.
    m_warningLabel->setText(tr("This file is not well-formed protobuf. The server will probably "
                               "answer WRONG_LIVENESS_DATA, but the file can still be sent."));
    m_warningLabel->show();
}
