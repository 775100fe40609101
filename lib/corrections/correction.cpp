#include "corrections/correction.h"

using namespace Qt::StringLiterals;

namespace Recoupe {

QString Correction::actionName(Action action)
{
    switch (action) {
    case Action::Set:
        return u"set"_s;
    case Action::Reject:
        return u"reject"_s;
    case Action::Add:
        return u"add"_s;
    }
    return {};
}

} // namespace Recoupe
