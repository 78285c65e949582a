#include "ApiRequest.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return u"GET"_s;
    case HttpMethod::Post:
        return u"POST"_s;
    case HttpMethod::Put:
        return u"PUT"_s;
    case HttpMethod::Patch:
        return u"PATCH"_s;
    case HttpMethod::Delete:
        return u"DELETE"_s;
    case HttpMethod::Head:
        return u"HEAD"_s;
    case HttpMethod::Options:
        return u"OPTIONS"_s;
    case HttpMethod::Other:
        return u"OTHER"_s;
    }
    return u"OTHER"_s;
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace remotegpu
