#pragma once

#include "JsonReader.h"
#include "JsonStreamWriter.h"
#include "JsonWriter.h"
#include "PageRequest.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>

namespace remotegpu {

// One page of a list answer: {"list":[…],"total":N,"page":P,"pageSize":S} (seed 001 §4.2).
// T is any model with toJson() and static Result<T> fromJson(const QJsonObject &).
template<typename T>
struct Page
{
    QList<T> list;
    qint64 total = 0; // rows matching the filters, over all pages
    int page = 1;
    int pageSize = PageRequest::DefaultPageSize;

    static Page of(QList<T> items, qint64 total, const PageRequest &request)
    {
        return Page{std::move(items), total, request.page, request.pageSize};
    }

    qint64 pageCount() const { return pageSize > 0 ? (total + pageSize - 1) / pageSize : 0; }

    QJsonObject toJson() const
    {
        using namespace Qt::Literals::StringLiterals;
        return QJsonObject{
            {u"list"_s, json::objects(list)},
            {u"total"_s, total},
            {u"page"_s, page},
            {u"pageSize"_s, pageSize},
        };
    }

    // The same object written straight to bytes, for item types that can (list answers are the
    // server's hottest path: see JsonStreamWriter).
    void writeJson(JsonStreamWriter &w) const requires
        requires(const T &item, JsonStreamWriter &writer)
    {
        item.writeJson(writer);
    }
    {
        using namespace Qt::Literals::StringLiterals;
        w.beginObject();
        w.key("list"_L1);
        w.beginArray();
        for (const T &item : list)
            item.writeJson(w);
        w.endArray();
        w.field("total"_L1, total);
        w.field("page"_L1, page);
        w.field("pageSize"_L1, pageSize);
        w.endObject();
    }

    // Item errors come back as "list[i].field".
    static Result<Page> fromJson(const QJsonObject &json)
    {
        using namespace Qt::Literals::StringLiterals;
        JsonReader r(json);
        Page p;
        if (!json.value(u"list"_s).isArray())
            r.addError(u"list"_s, u"list must be a list"_s);
        else
            p.list = r.objectList<T>(u"list"_s);
        p.total = r.int64(u"total"_s);
        p.page = r.integer(u"page"_s, p.page);
        p.pageSize = r.integer(u"pageSize"_s, p.pageSize);
        return r.finish(std::move(p));
    }

    friend bool operator==(const Page &, const Page &) = default;
};

} // namespace remotegpu
