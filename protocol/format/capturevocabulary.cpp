// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturevocabulary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace vd::format::vocabulary {

namespace lv = verifydesk::liveness;

namespace {

// protoc names them SINGLE_IMG, ..., FULL_VIDEO; the SDK and API.md write these.
constexpr std::array<std::pair<const char *, lv::OutputType>, 4> kOutputTypes{{
    {"singleImg", lv::SINGLE_IMG},
    {"multiImg", lv::MULTI_IMG},
    {"video", lv::VIDEO},
    {"fullvideo", lv::FULL_VIDEO},
}};

// The SDK spells names with varying case ("multiImg", "MULTI_IMG" in some samples), so the
// comparison ignores case and underscores.
std::string folded(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        if (c != '_' && c != '-') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string lowered(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string unspecified(int value)
{
    return "unspecified(" + std::to_string(value) + ")";
}

// The values of a proto enum other than its *_UNSPECIFIED zero, in declaration order.
template<typename Enum> std::vector<Enum> specifiedValues(Enum min, Enum max, bool (*isValid)(int))
{
    std::vector<Enum> values;
    for (int v = static_cast<int>(min) + 1; v <= static_cast<int>(max); ++v) {
        if (isValid(v)) {
            values.push_back(static_cast<Enum>(v));
        }
    }
    return values;
}

std::vector<lv::Motion> motions()
{
    return specifiedValues(lv::Motion_MIN, lv::Motion_MAX, &lv::Motion_IsValid);
}

std::vector<lv::Difficulty> difficulties()
{
    return specifiedValues(lv::Difficulty_MIN, lv::Difficulty_MAX, &lv::Difficulty_IsValid);
}

// "yaw" as protoc spells the enum value: YAW (what *_Parse() takes).
std::string protocName(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return name;
}

template<typename Enum, typename NameOf>
std::string joined(const std::vector<Enum> &values, NameOf nameOf)
{
    std::string out;
    for (const Enum value : values) {
        if (!out.empty()) {
            out += ", ";
        }
        out += nameOf(value);
    }
    return out;
}

std::vector<lv::OutputType> outputTypes()
{
    std::vector<lv::OutputType> values;
    for (const auto &entry : kOutputTypes) {
        values.push_back(entry.second);
    }
    return values;
}

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

} // namespace

std::optional<lv::OutputType> parseOutputType(const std::string &name)
{
    const std::string key = folded(name);
    for (const auto &[text, value] : kOutputTypes) {
        if (folded(text) == key) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<lv::Motion> parseMotion(const std::string &name)
{
    lv::Motion motion = lv::MOTION_UNSPECIFIED;
    if (!lv::Motion_Parse(protocName(name), &motion) || motion == lv::MOTION_UNSPECIFIED) {
        return std::nullopt;
    }
    return motion;
}

std::optional<lv::Difficulty> parseDifficulty(const std::string &name)
{
    lv::Difficulty difficulty = lv::DIFFICULTY_UNSPECIFIED;
    if (!lv::Difficulty_Parse(protocName(name), &difficulty) ||
        difficulty == lv::DIFFICULTY_UNSPECIFIED) {
        return std::nullopt;
    }
    return difficulty;
}

std::optional<std::vector<lv::Motion>> parseMotionList(const std::string &list,
                                                       std::string *badName)
{
    std::vector<lv::Motion> parsed;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string item = trimmed(list.substr(start, comma - start));
        if (!item.empty()) {
            const auto motion = parseMotion(item);
            if (!motion) {
                if (badName) {
                    *badName = item;
                }
                return std::nullopt;
            }
            parsed.push_back(*motion);
        }
        start = comma + 1;
    }
    return parsed;
}

std::string outputTypeName(lv::OutputType type)
{
    for (const auto &[text, value] : kOutputTypes) {
        if (value == type) {
            return text;
        }
    }
    return unspecified(type);
}

std::string motionName(lv::Motion motion)
{
    if (motion == lv::MOTION_UNSPECIFIED || !lv::Motion_IsValid(motion)) {
        return unspecified(motion);
    }
    return lv::Motion_Name(motion);
}

std::string difficultyName(lv::Difficulty difficulty)
{
    if (difficulty == lv::DIFFICULTY_UNSPECIFIED || !lv::Difficulty_IsValid(difficulty)) {
        return unspecified(difficulty);
    }
    return lowered(lv::Difficulty_Name(difficulty));
}

std::string outputTypeNames()
{
    return joined(outputTypes(), outputTypeName);
}

std::string motionNames()
{
    return joined(motions(), motionName);
}

std::string difficultyNames()
{
    return joined(difficulties(), difficultyName);
}

} // namespace vd::format::vocabulary
