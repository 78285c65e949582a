#include "MachineListItem.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject MachineListItem::toJson() const
{
    JsonStreamWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
}

void MachineListItem::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    machine.writeFields(w);
    w.nullable("gpuModel"_L1, gpuModel);
    w.optional("gpuAvgUtilization"_L1, gpuAvgUtilization);
    w.optional("gpuAvgTemperature"_L1, gpuAvgTemperature);
    w.optional("gpuAvgPower"_L1, gpuAvgPower);
    w.timestamp("metricsAt"_L1, metricsAt);
    w.endObject();
}

Result<MachineListItem> MachineListItem::fromJson(const QJsonObject &json)
{
    Result<Machine> machine = Machine::fromJson(json);
    JsonReader r(json);
    MachineListItem item;
    item.gpuModel = r.string(u"gpuModel"_s);
    item.gpuAvgUtilization = r.optionalNumber(u"gpuAvgUtilization"_s);
    item.gpuAvgTemperature = r.optionalNumber(u"gpuAvgTemperature"_s);
    item.gpuAvgPower = r.optionalNumber(u"gpuAvgPower"_s);
    item.metricsAt = r.timestamp(u"metricsAt"_s);
    if (!machine.ok()) {
        QList<FieldError> errors = machine.error().fieldErrors;
        errors.append(r.errors());
        return Error::invalidFields(errors);
    }
    item.machine = std::move(machine).value();
    return r.finish(std::move(item));
}

} // namespace remotegpu
