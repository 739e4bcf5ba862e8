// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// AIMD for the batch: how many requests may be in flight and how far apart they start. A
// rate-limit or 503 answer halves the window and spaces starts; each full window of successes
// adds one slot back, and the spacing shrinks with it.
class RateController
{
public:
    explicit RateController(int maxWindow = 4);

    int window() const { return m_window; }
    int maxWindow() const { return m_maxWindow; }
    void setMaxWindow(int maxWindow);
    // Milliseconds to keep between two request starts; 0 when unthrottled.
    int spacingMs() const { return m_spacingMs; }

    void onSuccess();
    // RATE_LIMIT_EXCEEDED or 503: multiplicative decrease.
    void onOverload();

private:
    int m_maxWindow;
    int m_window;
    int m_spacingMs = 0;
    int m_successesInWindow = 0;
};
