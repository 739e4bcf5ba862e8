// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livenesscapture.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace vd::format {

// The names the vendor's SDK and API.md use for output types, motions and difficulties
// ("multiImg", "BLINK", "normal"), mapped to and from the enums of the open liveness format.
// Motions and difficulties are protoc's enum names (difficulties in lower case, as the SDK
// writes them); only the output types are spelt differently by the SDK and have a table.
namespace vocabulary {

// Case, '_' and '-' are ignored: "multiImg", "MULTI_IMG" and "multiimg" are one name.
std::optional<verifydesk::liveness::OutputType> parseOutputType(const std::string &name);
// Case is ignored: "yaw" is YAW; protoc's *_Parse() on the upper-cased name.
std::optional<verifydesk::liveness::Motion> parseMotion(const std::string &name);
std::optional<verifydesk::liveness::Difficulty> parseDifficulty(const std::string &name);

// A comma-separated list such as "BLINK,YAW"; nullopt and *badName set on an unknown name.
std::optional<std::vector<verifydesk::liveness::Motion>> parseMotionList(const std::string &list,
                                                                         std::string *badName);

// "unspecified(N)" for a value that has no name.
std::string outputTypeName(verifydesk::liveness::OutputType type);
std::string motionName(verifydesk::liveness::Motion motion);
std::string difficultyName(verifydesk::liveness::Difficulty difficulty);

// "singleImg, multiImg, video, fullvideo" etc., for error messages.
std::string outputTypeNames();
std::string motionNames();
std::string difficultyNames();

} // namespace vocabulary
} // namespace vd::format
