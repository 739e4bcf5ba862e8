// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecontroller.h"

#include <QtGlobal>

namespace {

constexpr int FirstSpacingMs = 50;
constexpr int MaxSpacingMs = 2000;

} // namespace

RateController::RateController(int maxWindow)
    : m_maxWindow(qMax(1, maxWindow))
    , m_window(m_maxWindow)
{
}

void RateController::setMaxWindow(int maxWindow)
{
    m_maxWindow = qMax(1, maxWindow);
    m_window = qMin(m_window, m_maxWindow);
    if (m_spacingMs == 0)
        m_window = m_maxWindow;
}

void RateController::onSuccess()
{
    if (++m_successesInWindow < m_window)
        return;
    m_successesInWindow = 0;
    // Additive increase: the spacing shrinks by a step first, then the window grows.
    if (m_spacingMs > 0) {
        m_spacingMs = m_spacingMs * 15 / 16;
        if (m_spacingMs < 2)
            m_spacingMs = 0;
    }
    if (m_window < m_maxWindow)
        ++m_window;
}

void RateController::onOverload()
{
    m_successesInWindow = 0;
    m_window = qMax(1, m_window / 2);
    m_spacingMs = qBound(FirstSpacingMs, m_spacingMs * 2, MaxSpacingMs);
}
