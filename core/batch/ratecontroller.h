// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// AIMD for the batch: how many requests may be in flight and how far apart they start. A
// rate-limit or 503 answer halves the window and doubles the spacing of starts; each full window
// of successes adds one slot back and shortens the spacing, never below the last spacing that was
// found too short (a floor that slowly decays, so that a raised limit is found again).
class RateController
{
public:
    explicit RateController(int maxWindow = 4);

    int window() const { return m_window; }
    int maxWindow() const { return m_maxWindow; }
    void setMaxWindow(int maxWindow);
    // Milliseconds to keep between two request starts; 0 when unthrottled.
    int spacingMs() const;

    void onSuccess();
    // RATE_LIMIT_EXCEEDED or 503: multiplicative decrease.
    void onOverload();

private:
    int m_maxWindow;
    int m_window;
    double m_spacingMs = 0.0;
    double m_floorMs = 0.0; // a little above the spacing of the last overload
    int m_successesInWindow = 0;
};
