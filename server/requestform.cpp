// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestform.h"

namespace vd::server {

std::vector<const FormField *> RequestForm::all(const QByteArray &name) const
{
    std::vector<const FormField *> found;
    for (const FormField &field : fields) {
        if (field.name == name && !field.fromQuery)
            found.push_back(&field);
    }
    for (const FormField &field : fields) {
        if (field.name == name && field.fromQuery)
            found.push_back(&field);
    }
    return found;
}

} // namespace vd::server
