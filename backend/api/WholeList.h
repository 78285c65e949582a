#pragma once

#include "JsonWriter.h"

#include <QJsonObject>
#include <QList>

namespace remotegpu {

// A whole list in the list envelope, for lists that are short and unpaged.
template<typename T>
QJsonObject wholeList(const QList<T> &items)
{
    using namespace Qt::Literals::StringLiterals;
    return QJsonObject{{u"list"_s, json::objects(items)},
                       {u"total"_s, items.size()},
                       {u"page"_s, 1},
                       {u"pageSize"_s, items.size()}};
}

} // namespace remotegpu
