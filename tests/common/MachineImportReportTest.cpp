// MachineImportReport: the answer of POST /api/admin/machines/import, shared by server and console.
#include "MachineImportReport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

TEST(MachineImportReport, RoundTripsThroughJson)
{
    MachineImportReport r;
    r.dryRun = true;
    r.mode = MachineImportReport::Mode::SkipInvalid;
    r.totalRows = 1000;
    r.validRows = 997;
    r.created = 990;
    r.updated = 7;
    r.skipped = 3;
    r.errors = {RowError{11, u"totalCpu"_s, u"totalCpu must be a whole number, not \"sixteen\""_s},
                RowError{12, QString(), u"the row has 21 fields but the header has 20"_s}};
    const auto back = MachineImportReport::fromJson(r.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, r);
    EXPECT_FALSE(back->rejected());
}

TEST(MachineImportReport, ReadsTheDocumentedAnswer)
{
    const QByteArray json = R"({"dryRun": false, "mode": "all-or-nothing", "totalRows": 3,
        "validRows": 2, "created": 0, "updated": 0, "skipped": 3,
        "errors": [{"line": 4, "column": "name", "message": "name m-5 repeats line 2"}]})";
    const auto r = MachineImportReport::fromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->mode, MachineImportReport::Mode::AllOrNothing);
    EXPECT_EQ(r->skipped, 3);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors.first(), (RowError{4, u"name"_s, u"name m-5 repeats line 2"_s}));
    EXPECT_TRUE(r->rejected());
}

TEST(MachineImportReport, RefusesAnAnswerWithoutItsCountsOrMode)
{
    const auto r = MachineImportReport::fromJson(
        QJsonObject{{u"mode"_s, u"everything"_s}, {u"errors"_s, QJsonArray()}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fieldErrors.first().field, u"mode"_s);
}
