#pragma once

#include "CustomerMachine.h"
#include "CustomerMachineSummary.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// The machines a tenant holds now (an active allocation whose period contains now()), as the
// customer side shows them: connection details and the latest GPU load, never a credential.
// hosts has no password column at all; access is by the tenant's SSH keys (or a reset done by
// an admin), so nothing here can leak one.
class CustomerMachineRepository
{
public:
    // The wire types live in common/, where the console decodes them with the same code.
    using GpuView = CustomerGpu;
    using MachineView = CustomerMachine;
    using Summary = CustomerMachineSummary;

    explicit CustomerMachineRepository(SqlSession &session)
        : m_session(session)
    {}

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();

    // `scopeTenant` 0: every tenant (admins); otherwise only that tenant's machines.
    Result<Page<MachineView>> list(const PageRequest &request, qint64 scopeTenant);
    // Empty when the machine does not exist or is not held now by `scopeTenant`: both answer
    // 404, so a customer cannot probe other tenants' machine ids.
    Result<std::optional<MachineView>> find(const QString &id, qint64 scopeTenant);
    // The 24 h average covers only samples taken since the tenant's allocation started.
    Result<Summary> summary(qint64 scopeTenant);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
