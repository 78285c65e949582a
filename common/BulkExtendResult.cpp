#include "BulkExtendResult.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject BulkExtendResult::toJson() const
{
    return QJsonObject{{u"list"_s, json::objects(list)}, {u"total"_s, total}};
}

Result<BulkExtendResult> BulkExtendResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BulkExtendResult b;
    b.list = r.objectList<Allocation>(u"list"_s);
    b.total = r.int64(u"total"_s);
    return r.finish(std::move(b));
}

} // namespace remotegpu
