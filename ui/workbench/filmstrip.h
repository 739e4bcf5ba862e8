// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class QStandardItemModel;
struct EngineCheckResult;

namespace verifydesk::liveness {
class LivenessCapture;
}

// The frames of an open-format capture as a strip of thumbnails, each labelled with its number,
// time and motion, in capture order; after a pre-check, with the engine's face box and
// landmarks drawn on each frame and the cues that refer to it.
class FilmStrip : public QListView
{
    Q_OBJECT

public:
    explicit FilmStrip(QWidget *parent = nullptr);

    void setCapture(const verifydesk::liveness::LivenessCapture &capture);
    void clear();
    int frameCount() const;

    // Draws the engine's findings over the frames (matched by timestamp) and names on each
    // frame the cues that refer to it.
    void setFindings(const EngineCheckResult &result);
    // Selects the frames the engine analysed as `engineFrames` (indices into frameDetails).
    void highlightFrames(const QList<int> &engineFrames);
    // Rows currently highlighted, ascending.
    QList<int> highlightedRows() const;
    // The strip's row of the engine's analysed frame, -1 when the strip does not show it.
    int rowOfEngineFrame(int engineFrame) const;

private:
    QStandardItemModel *m_model;
    QList<int> m_rowOfEngineFrame;
};
