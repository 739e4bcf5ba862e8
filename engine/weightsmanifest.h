// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vd::engine {

// The float32 tensors of one TF.js weights manifest (weights_manifest.json + its .bin files).
class WeightsManifest
{
public:
    // Reads <dir>/<model>-weights_manifest.json and the binaries it names; nullopt and *error
    // (which file, which tensor, what is wrong) on any inconsistency.
    static std::optional<WeightsManifest> load(const std::string &dir, const std::string &model,
                                               std::string *error);

    bool contains(const std::string &name) const { return m_tensors.count(name) != 0; }
    // The tensor as a CV_32F Mat with the manifest's shape (empty Mat if unknown).
    cv::Mat tensor(const std::string &name) const;
    std::vector<int> shape(const std::string &name) const;
    std::size_t size() const { return m_tensors.size(); }

private:
    struct Tensor
    {
        std::vector<int> shape;
        cv::Mat data; // CV_32F, dims = shape
    };
    std::map<std::string, Tensor> m_tensors;
};

} // namespace vd::engine
