// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exit codes of verifydesk's command-line mode, as its --help lists them.
enum ExitCode
{
    ExitSamePerson = 0,
    ExitNotSamePersonOrAttack = 1,
    ExitApiError = 2,
    ExitUsageOrLocalError = 3,
    // inspect: the file read as protobuf to its end, or it did not.
    ExitOk = 0,
    ExitMalformedInput = 2,
    // batch: every pair answered, or some could not be (a problem found before sending, or
    // retries run out).
    ExitBatchComplete = 0,
    ExitBatchIncomplete = 2
};
