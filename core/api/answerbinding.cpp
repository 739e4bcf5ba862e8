// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/answerbinding.h"

#include <QFileInfo>

AnswerBinding::Input AnswerBinding::Input::of(const InputSource &source)
{
    Input input;
    input.source = source;
    if (source.kind == InputSource::Kind::File) {
        const QFileInfo info(source.value);
        input.size = info.exists() ? info.size() : -1;
        input.modified = info.lastModified();
    }
    return input;
}

bool AnswerBinding::Input::operator==(const Input &other) const
{
    return source == other.source && size == other.size && modified == other.modified;
}

AnswerBinding AnswerBinding::of(const VerificationRequest &request)
{
    return of(request.selfie, request.liveness, request.autoRotate);
}

AnswerBinding AnswerBinding::of(const InputSource &selfie, const InputSource &liveness,
                                bool autoRotate)
{
    AnswerBinding binding;
    binding.selfie = Input::of(selfie);
    binding.liveness = Input::of(liveness);
    binding.autoRotate = autoRotate;
    return binding;
}

AnswerBinding::Change AnswerBinding::changeTo(const AnswerBinding &current) const
{
    // A field emptied keeps its way of giving the input: that is another input, not another way.
    const auto modeChanged = [](const Input &was, const Input &now) {
        return now.source.isSet() && was.source.kind != now.source.kind;
    };
    if (modeChanged(selfie, current.selfie))
        return Change::SelfieMode;
    if (!(selfie == current.selfie))
        return Change::Selfie;
    if (modeChanged(liveness, current.liveness))
        return Change::LivenessMode;
    if (!(liveness == current.liveness))
        return Change::Liveness;
    if (autoRotate != current.autoRotate)
        return Change::AutoRotate;
    return Change::None;
}
