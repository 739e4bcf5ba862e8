// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The names of the one API call (API.md), spelled once for the client and the server: the path,
// the form fields, the keys of the JSON answer, and the defaults both sides agree on.
namespace vd::contract {

inline constexpr char ApiPath[] = "/identity/liveness_selfie_verification";
// The client's id of a request (a UUID; a VerificationJob keeps it for its own retries): in both
// sides' logs, and the server charges a request's quota once per id.
inline constexpr char RequestIdHeader[] = "X-Request-ID";

// The form fields of a request; exactly one of each input's three sources is given.
namespace form {
inline constexpr char ApiId[] = "api_id";
inline constexpr char ApiSecret[] = "api_secret";
inline constexpr char SelfieFile[] = "selfie_file";
inline constexpr char SelfieUrl[] = "selfie_url";
inline constexpr char SelfieImageId[] = "selfie_image_id";
inline constexpr char SelfieAutoRotate[] = "selfie_auto_rotate";
inline constexpr char LivenessDataFile[] = "liveness_data_file";
inline constexpr char LivenessDataUrl[] = "liveness_data_url";
inline constexpr char LivenessDataId[] = "liveness_data_id";
} // namespace form

// The keys of the JSON answer, of a success and of an error.
namespace answer {
inline constexpr char RequestId[] = "request_id";
inline constexpr char Status[] = "status";
inline constexpr char HackScore[] = "hack_score";
inline constexpr char VerifyScore[] = "verify_score";
inline constexpr char LivenessDataId[] = "liveness_data_id";
inline constexpr char ImageId[] = "image_id";
inline constexpr char Image[] = "image";
inline constexpr char Reason[] = "reason";
// The status of a success; every other status is a row of ApiStatus.
inline constexpr char Ok[] = "OK";
} // namespace answer

// The reference server's default limit of the liveness data, by upload or URL.
inline constexpr qint64 DefaultMaxLivenessBytes = 10 * 1024 * 1024;

// The most of an answer a client reads: the API's answers are < 4 KiB, so anything past this is
// not the API talking, and reading on would only fill memory.
inline constexpr qint64 MaxAnswerBytes = 1024 * 1024;

// The environment variable the client's secret may come from (never an argument: arguments are
// visible to every user of the machine in the process list).
inline constexpr char SecretVariable[] = "VERIFYDESK_API_SECRET";

} // namespace vd::contract
