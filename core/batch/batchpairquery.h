// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which pairs of a batch database a view shows and in which order: a filter and a sort the
// database applies, so that a view of 10,000 pairs reads only the page on screen.
struct BatchPairQuery
{
    enum class Order
    {
        Pair,
        Status,
        VerifyScore,
        HackScore,
        Expected,
        Latency,
        RequestId
    };
    enum class Show
    {
        All,
        NotAnswered, // pending, valid pairs without an answer yet
        Answered,    // with any recorded answer
        Ok,          // answered with scores
        Failed,      // answered with an error status
        Refused      // refused by the validation pass, never sent
    };

    Order order = Order::Pair;
    bool descending = false;
    Show show = Show::All;
    // A substring of the selfie, the liveness file, the status, the request_id, the device or
    // the note; empty: every pair.
    QString text;

    bool operator==(const BatchPairQuery &other) const
    {
        return order == other.order && descending == other.descending && show == other.show &&
               text == other.text;
    }
};
