// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class QStandardItemModel;

namespace verifydesk::liveness {
class LivenessCapture;
}

// The frames of an open-format capture as a strip of thumbnails, each labelled with its number,
// time and motion, in capture order.
class FilmStrip : public QListView
{
    Q_OBJECT

public:
    explicit FilmStrip(QWidget *parent = nullptr);

    void setCapture(const verifydesk::liveness::LivenessCapture &capture);
    void clear();
    int frameCount() const;

private:
    QStandardItemModel *m_model;
};
