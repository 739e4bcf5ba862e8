// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecontroller.h"

#include <QtGlobal>
#include <cmath>

namespace {

constexpr double FirstSpacingMs = 50.0;
constexpr double MaxSpacingMs = 2000.0;
// Per window of successes: the spacing shrinks fast towards the floor, the floor slowly.
constexpr double SpacingShrink = 0.75;
constexpr double FloorDecay = 0.99;
// The spacing that met an overload was too short: the floor sits just above it.
constexpr double FloorMargin = 1.05;

} // namespace

RateController::RateController(int maxWindow)
    : m_maxWindow(qMax(1, maxWindow))
    , m_window(m_maxWindow)
{
}

void RateController::setMaxWindow(int maxWindow)
{
    m_maxWindow = qMax(1, maxWindow);
    if (m_spacingMs == 0.0 || m_window > m_maxWindow)
        m_window = m_maxWindow;
}

int RateController::spacingMs() const
{
    return int(std::lround(m_spacingMs));
}

void RateController::onSuccess()
{
    if (++m_successesInWindow < m_window)
        return;
    m_successesInWindow = 0;
    m_floorMs *= FloorDecay;
    if (m_spacingMs > 0.0) {
        m_spacingMs = qMax(m_floorMs, m_spacingMs * SpacingShrink);
        if (m_spacingMs < 1.0)
            m_spacingMs = 0.0;
    }
    if (m_window < m_maxWindow)
        ++m_window;
}

void RateController::onOverload()
{
    m_successesInWindow = 0;
    m_window = qMax(1, m_window / 2);
    m_floorMs = qMax(m_floorMs, m_spacingMs * FloorMargin);
    m_spacingMs = qBound(FirstSpacingMs, m_spacingMs * 2.0, MaxSpacingMs);
}
