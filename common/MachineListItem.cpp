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
    w.endObject();
}

Result<MachineListItem> MachineListItem::fromJson(const QJsonObject &json)
{
    Result<Machine> machine = Machine::fromJson(json);
    JsonReader r(json);
    MachineListItem item;
    item.gpuModel = r.string(u"gpuModel"_s);
    if (!machine.ok()) {
        QList<FieldError> errors = machine.error().fieldErrors;
        errors.append(r.errors());
        return Error::invalidFields(errors);
    }
    item.machine = std::move(machine).value();
    return r.finish(std::move(item));
}

} // namespace remotegpu
