#include "Page.h"
#include "PageRequest.h"
#include "Samples.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QUrl>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList Sortable = {u"name"_s, u"createdAt"_s, u"status"_s};
const QStringList Filterable = {u"status"_s, u"region"_s, u"totalGpu"_s};

Result<PageRequest> parse(const QString &query)
{
    return PageRequest::fromQuery(QUrlQuery(query), Sortable, Filterable);
}

Result<PageRequest> parseUrl(const QString &url)
{
    return PageRequest::fromQuery(QUrlQuery(QUrl(url)), Sortable, Filterable);
}

// ---- Page<T> -------------------------------------------------------------------------------

TEST(Page, JsonShapeIsListTotalPagePageSize)
{
    Page<Machine> page{{sample<Machine>()}, 41, 3, 20};
    const QJsonObject json = page.toJson();
    EXPECT_EQ(json.keys(), (QStringList{u"list"_s, u"page"_s, u"pageSize"_s, u"total"_s}));
    EXPECT_EQ(json.value(u"list"_s).toArray().size(), 1);
    EXPECT_EQ(json.value(u"total"_s).toInteger(), 41);
    EXPECT_EQ(json.value(u"page"_s).toInt(), 3);
    EXPECT_EQ(json.value(u"pageSize"_s).toInt(), 20);
    EXPECT_EQ(page.pageCount(), 3);
}

TEST(Page, RoundTripsThroughText)
{
    Machine second = sample<Machine>();
    second.id = u"node-02"_s;
    second.gpus.clear();
    const Page<Machine> page{{sample<Machine>(), second}, 2, 1, 50};
    const QByteArray bytes = QJsonDocument(page.toJson()).toJson();
    const Result<Page<Machine>> parsed =
        Page<Machine>::fromJson(QJsonDocument::fromJson(bytes).object());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, page);
}

TEST(Page, EmptyPageRoundTrips)
{
    const Page<Alert> page{{}, 0, 1, 20};
    const Result<Page<Alert>> parsed = Page<Alert>::fromJson(page.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, page);
    EXPECT_TRUE(page.toJson().value(u"list"_s).isArray());
}

TEST(Page, OfTakesPageAndSizeFromTheRequest)
{
    PageRequest request;
    request.page = 4;
    request.pageSize = 7;
    const Page<Gpu> page = Page<Gpu>::of({sample<Gpu>()}, 22, request);
    EXPECT_EQ(page.page, 4);
    EXPECT_EQ(page.pageSize, 7);
    EXPECT_EQ(page.total, 22);
    EXPECT_EQ(page.pageCount(), 4);
}

TEST(Page, ItemErrorsNameTheListIndex)
{
    QJsonObject json = Page<Gpu>{{sample<Gpu>(), sample<Gpu>()}, 2, 1, 20}.toJson();
    QJsonArray list = json.value(u"list"_s).toArray();
    QJsonObject item = list.at(1).toObject();
    item.insert(u"memoryTotalMb"_s, u"80 GB"_s);
    list.replace(1, item);
    json.insert(u"list"_s, list);
    const Result<Page<Gpu>> parsed = Page<Gpu>::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"list[1].memoryTotalMb"_s});
}

TEST(Page, MissingListOrWrongTotalIsAnError)
{
    Result<Page<Gpu>> parsed = Page<Gpu>::fromJson(QJsonObject{{u"total"_s, 0}});
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"list"_s});
    parsed = Page<Gpu>::fromJson(QJsonObject{{u"list"_s, QJsonArray{}}, {u"total"_s, u"3"_s}});
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"total"_s});
}

// ---- PageRequest ---------------------------------------------------------------------------

TEST(PageRequest, DefaultsWhenNothingIsGiven)
{
    const Result<PageRequest> r = parse({});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->page, 1);
    EXPECT_EQ(r->pageSize, 20);
    EXPECT_TRUE(r->sortBy.isEmpty());
    EXPECT_EQ(r->order, SortOrder::Asc);
    EXPECT_TRUE(r->filters.isEmpty());
    EXPECT_EQ(r->offset(), 0);
    EXPECT_EQ(*r, PageRequest{});
}

TEST(PageRequest, ReadsEveryParameter)
{
    const Result<PageRequest> r =
        parse(u"page=3&pageSize=50&sortBy=createdAt&order=desc&keyword=ignored"_s);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->page, 3);
    EXPECT_EQ(r->pageSize, 50);
    EXPECT_EQ(r->sortBy, u"createdAt"_s);
    EXPECT_EQ(r->order, SortOrder::Desc);
    EXPECT_EQ(r->offset(), 100);
}

TEST(PageRequest, PageSizeUpTo200)
{
    Result<PageRequest> r = parse(u"pageSize=200"_s);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->pageSize, PageRequest::MaxPageSize);

    r = parse(u"pageSize=201"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"pageSize"_s});
    EXPECT_EQ(r.error().message, u"pageSize must be a whole number between 1 and 200"_s);
}

TEST(PageRequest, PageSizeZeroOrNotANumberIsAnError)
{
    for (const QString &q :
         {u"pageSize=0"_s, u"pageSize=-5"_s, u"pageSize=abc"_s, u"pageSize=2.5"_s}) {
        const Result<PageRequest> r = parse(q);
        ASSERT_FALSE(r.ok()) << q.toStdString();
        EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"pageSize"_s});
    }
}

TEST(PageRequest, PageStartsAtOne)
{
    for (const QString &q : {u"page=0"_s, u"page=-1"_s, u"page=first"_s, u"page=99999999999"_s}) {
        const Result<PageRequest> r = parse(q);
        ASSERT_FALSE(r.ok()) << q.toStdString();
        EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"page"_s});
    }
}

TEST(PageRequest, EmptyValuesReadAsNotGiven)
{
    const Result<PageRequest> r = parse(u"page=&pageSize=&sortBy=&order=&filters="_s);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, PageRequest{});
}

TEST(PageRequest, UnknownSortByNamesTheFieldAndTheChoices)
{
    const Result<PageRequest> r = parse(u"sortBy=password"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"sortBy"_s});
    EXPECT_EQ(r.error().message, u"sortBy must be one of: name, createdAt, status"_s);
}

TEST(PageRequest, SortByIsCaseSensitive)
{
    EXPECT_FALSE(parse(u"sortBy=CreatedAt"_s).ok());
}

TEST(PageRequest, OrderIsAscOrDesc)
{
    const Result<PageRequest> r = parse(u"order=up"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"order"_s});
}

TEST(PageRequest, FiltersFromAUrlEncodedJsonObject)
{
    const Result<PageRequest> r = parseUrl(
        u"http://h/api/admin/machines?filters=%7B%22status%22%3A%5B%22online%22%2C%22maintenance%22%5D%2C%22region%22%3A%22%E5%8C%97%E4%BA%AC%22%2C%22totalGpu%22%3A8%7D"_s);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->filterStrings(u"status"_s), (QStringList{u"online"_s, u"maintenance"_s}));
    EXPECT_EQ(r->filterStrings(u"region"_s), QStringList{u"北京"_s});
    EXPECT_EQ(r->filterStrings(u"totalGpu"_s), QStringList{u"8"_s});
    EXPECT_TRUE(r->hasFilter(u"region"_s));
    EXPECT_FALSE(r->hasFilter(u"name"_s));
    EXPECT_TRUE(r->filterValues(u"name"_s).isEmpty());
}

TEST(PageRequest, BadFiltersJsonIsAnError)
{
    for (const QString &q :
         {u"filters=%7Bstatus%3Aonline"_s, u"filters=%5B1%2C2%5D"_s, u"filters=online"_s}) {
        const Result<PageRequest> r = parse(q);
        ASSERT_FALSE(r.ok()) << q.toStdString();
        EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"filters"_s});
        EXPECT_TRUE(r.error().message.contains(u"JSON object"_s));
    }
}

TEST(PageRequest, UnknownFilterFieldIsNamed)
{
    const Result<PageRequest> r = parse(u"filters=%7B%22owner%22%3A1%7D"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"filters.owner"_s});
    EXPECT_TRUE(r.error().message.contains(u"status, region, totalGpu"_s));
}

TEST(PageRequest, FilterValuesMustBeScalarsOrNonEmptyLists)
{
    for (const QString &json : {u"{\"status\":{\"a\":1}}"_s, u"{\"status\":[]}"_s,
                                u"{\"status\":null}"_s, u"{\"status\":[[\"a\"]]}"_s}) {
        QUrlQuery q;
        q.addQueryItem(u"filters"_s, QString::fromLatin1(QUrl::toPercentEncoding(json)));
        const Result<PageRequest> r = PageRequest::fromQuery(q, Sortable, Filterable);
        ASSERT_FALSE(r.ok()) << json.toStdString();
        EXPECT_EQ(fieldsOf(r.error().fieldErrors), QStringList{u"filters.status"_s});
    }
}

TEST(PageRequest, AllProblemsAreReportedTogether)
{
    const Result<PageRequest> r =
        parse(u"page=0&pageSize=1000&sortBy=x&order=sideways&filters=%7B%22x%22%3A1%7D"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(fieldsOf(r.error().fieldErrors),
              (QStringList{u"page"_s, u"pageSize"_s, u"sortBy"_s, u"order"_s, u"filters.x"_s}));
}

TEST(PageRequest, ToQueryRoundTripsIncludingAwkwardFilterText)
{
    PageRequest request;
    request.page = 2;
    request.pageSize = 200;
    request.sortBy = u"name"_s;
    request.order = SortOrder::Desc;
    request.filters = QJsonObject{{u"region"_s, u"a&b=c%d+e f#g/北京"_s},
                                  {u"status"_s, QJsonArray{u"online"_s, u"offline"_s}},
                                  {u"totalGpu"_s, 8}};
    // As a client sends it: through a full URL and back.
    QUrl url(u"http://h/api/admin/machines"_s);
    url.setQuery(request.toQuery());
    const Result<PageRequest> back = parseUrl(url.toString(QUrl::FullyEncoded));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, request);
}

} // namespace
