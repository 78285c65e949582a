#include "MachineImportReport.h"

#include <QJsonArray>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject MachineImportReport::toJson() const
{
    return QJsonObject{
        {u"dryRun"_s, dryRun},       {u"mode"_s, modeName(mode)},
        {u"totalRows"_s, totalRows}, {u"validRows"_s, validRows},
        {u"created"_s, created},     {u"updated"_s, updated},
        {u"skipped"_s, skipped},     {u"errors"_s, MachineCsv::errorsToJson(errors)}};
}

Result<MachineImportReport> MachineImportReport::fromJson(const QJsonObject &json)
{
    QList<FieldError> problems;
    MachineImportReport r;
    r.dryRun = json.value(u"dryRun"_s).toBool();
    const auto mode = modeFromName(json.value(u"mode"_s).toString());
    if (!mode)
        problems.append({u"mode"_s, u"mode must be all-or-nothing, skip-invalid or upsert"_s});
    else
        r.mode = *mode;
    const auto count = [&](const QString &key, int *out) {
        const QJsonValue v = json.value(key);
        if (!v.isDouble() || v.toDouble() < 0)
            problems.append({key, u"%1 must be a count"_s.arg(key)});
        else
            *out = v.toInt();
    };
    count(u"totalRows"_s, &r.totalRows);
    count(u"validRows"_s, &r.validRows);
    count(u"created"_s, &r.created);
    count(u"updated"_s, &r.updated);
    count(u"skipped"_s, &r.skipped);
    const QJsonValue errors = json.value(u"errors"_s);
    if (!errors.isArray())
        problems.append({u"errors"_s, u"errors must be an array"_s});
    for (const QJsonValue &e : errors.toArray())
        r.errors.append(RowError::fromJson(e.toObject()));
    if (!problems.isEmpty())
        return Error::invalidFields(problems);
    return r;
}

QString MachineImportReport::modeName(Mode mode)
{
    switch (mode) {
    case Mode::AllOrNothing:
        return u"all-or-nothing"_s;
    case Mode::SkipInvalid:
        return u"skip-invalid"_s;
    case Mode::Upsert:
        return u"upsert"_s;
    }
    return {};
}

std::optional<MachineImportReport::Mode> MachineImportReport::modeFromName(const QString &name)
{
    for (Mode m : {Mode::AllOrNothing, Mode::SkipInvalid, Mode::Upsert}) {
        if (modeName(m) == name)
            return m;
    }
    return std::nullopt;
}

} // namespace remotegpu
