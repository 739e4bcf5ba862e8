#include "livenessvocabulary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace vd::engine::vocabulary {

namespace lv = verifydesk::liveness;

namespace {

constexpr std::array<std::pair<const char *, lv::OutputType>, 4> kOutputTypes{{
    {"singleImg", lv::SINGLE_IMG},
    {"multiImg", lv::MULTI_IMG},
    {"video", lv::VIDEO},
    {"fullvideo", lv::FULL_VIDEO},
}};

constexpr std::array<std::pair<const char *, lv::Motion>, 4> kMotions{{
    {"BLINK", lv::BLINK},
    {"MOUTH", lv::MOUTH},
    {"NOD", lv::NOD},
    {"YAW", lv::YAW},
}};

constexpr std::array<std::pair<const char *, lv::Difficulty>, 4> kDifficulties{{
    {"easy", lv::EASY},
    {"normal", lv::NORMAL},
    {"hard", lv::HARD},
    {"hell", lv::HELL},
}};

// The SDK spells these with varying case ("multiImg", "MULTI_IMG" in some samples), so the
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

template<typename Table, typename Enum = typename Table::value_type::second_type>
std::optional<Enum> lookup(const Table &table, const std::string &name)
{
    const std::string key = folded(name);
    for (const auto &[text, value] : table) {
        if (folded(text) == key) {
            return value;
        }
    }
    return std::nullopt;
}

template<typename Table, typename Enum> std::string nameOf(const Table &table, Enum value)
{
    for (const auto &[text, v] : table) {
        if (v == value) {
            return text;
        }
    }
    return "unspecified(" + std::to_string(static_cast<int>(value)) + ")";
}

template<typename Table> std::string namesOf(const Table &table)
{
    std::string out;
    for (const auto &entry : table) {
        if (!out.empty()) {
            out += ", ";
        }
        out += entry.first;
    }
    return out;
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
    return lookup(kOutputTypes, name);
}

std::optional<lv::Motion> parseMotion(const std::string &name)
{
    return lookup(kMotions, name);
}

std::optional<lv::Difficulty> parseDifficulty(const std::string &name)
{
    return lookup(kDifficulties, name);
}

std::optional<std::vector<lv::Motion>> parseMotionList(const std::string &list,
                                                       std::string *badName)
{
    std::vector<lv::Motion> motions;
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
            motions.push_back(*motion);
        }
        start = comma + 1;
    }
    return motions;
}

std::string outputTypeName(lv::OutputType type)
{
    return nameOf(kOutputTypes, type);
}

std::string motionName(lv::Motion motion)
{
    return nameOf(kMotions, motion);
}

std::string difficultyName(lv::Difficulty difficulty)
{
    return nameOf(kDifficulties, difficulty);
}

std::string outputTypeNames()
{
    return namesOf(kOutputTypes);
}

std::string motionNames()
{
    return namesOf(kMotions);
}

std::string difficultyNames()
{
    return namesOf(kDifficulties);
}

} // namespace vd::engine::vocabulary
