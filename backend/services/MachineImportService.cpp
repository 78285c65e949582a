#include "MachineImportService.h"

#include "AuditRepository.h"
#include "DatabasePool.h"
#include "MachineImportRepository.h"
#include "RateLimiter.h"
#include "SqlSession.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

using Existing = MachineImportRepository::Existing;

QString sshKey(const QString &host, int port)
{
    return host.toLower() + u':' + QString::number(port);
}

// Checks the valid rows against the stored machines and tenants; bad rows get
// errors, upsert rows that match a machine get `target` set to its id.
struct DbCheck
{
    QHash<QString, const Existing *> byId, byIp, bySsh;
    QMultiHash<QString, const Existing *> byName;
};

QString tenantProblem(const QString &username,
                      const QHash<QString, MachineImportRepository::TenantAccount> &accounts)
{
    const auto it = accounts.constFind(username);
    if (it == accounts.constEnd() || it->deleted)
        return u"there is no customer owner named \"%1\""_s.arg(username);
    if (it->role != u"customer_owner"_s)
        return u"\"%1\" is not a customer owner (a machine is reserved for a tenant's owner account)"_s
            .arg(username);
    if (it->status != u"active"_s)
        return u"customer owner \"%1\" is disabled"_s.arg(username);
    return {};
}

// Ids for the new machines the file left without one. 32 random bits (Machine::generateId)
// can come up twice among thousands of rows, or be a stored machine's id, so an id is drawn
// again until neither the file nor the database has it.
Result<void> drawIds(MachineImportRepository &repo, QList<Machine *> pending, QSet<QString> used)
{
    while (!pending.isEmpty()) {
        QStringList drawn;
        drawn.reserve(pending.size());
        for (Machine *m : std::as_const(pending)) {
            do
                m->id = Machine::generateId();
            while (used.contains(m->id));
            used.insert(m->id);
            drawn << m->id;
        }
        auto stored = repo.findClashing(drawn, {}, {}, {});
        if (!stored)
            return stored.error();
        QSet<QString> taken;
        for (const Existing &e : *stored)
            taken.insert(e.id);
        QList<Machine *> again;
        for (Machine *m : std::as_const(pending)) {
            if (taken.contains(m->id))
                again << m;
        }
        pending = std::move(again);
    }
    return {};
}

} // namespace

Error MachineImportService::rejection(const MachineImportReport &report)
{
    QSet<int> lines;
    for (const RowError &e : report.errors)
        lines.insert(e.line);
    return Error::badRequest(
        lines.size() == 1 ? u"1 row has errors; nothing was imported"_s
                          : u"%1 rows have errors; nothing was imported"_s.arg(lines.size()));
}

Result<MachineImportReport> MachineImportService::import(const QByteArray &csv,
                                                         MachineImportReport::Mode mode,
                                                         bool dryRun, const Principal &actor,
                                                         const ClientInfo &client)
{
    if (auto r = m_limiter.hit(u"machine-import:"_s + QString::number(actor.id), ImportLimit,
                               ImportWindowSeconds, u"machine imports"_s);
        !r)
        return r.error();
    using Mode = MachineImportReport::Mode;
    auto parsed = MachineCsv::parse(csv);
    if (!parsed)
        return parsed.error();
    MachineCsvFile &file = *parsed;

    MachineImportReport report;
    report.dryRun = dryRun;
    report.mode = mode;
    report.totalRows = file.totalRows;
    report.errors = file.errors;

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MachineImportRepository repo(*session);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = repo.lockForImport(); !r)
        return r.error();

    // --- against the database ---
    QStringList ids, names, ips, sshHosts, tenants;
    for (const MachineCsvRow &row : file.rows) {
        const Machine &m = row.machine;
        if (!m.id.isEmpty())
            ids << m.id;
        names << m.name;
        ips << m.ipAddress.toLower();
        if (!m.sshHost.isEmpty())
            sshHosts << m.sshHost.toLower();
        if (!row.tenant.isEmpty())
            tenants << row.tenant;
    }
    tenants.removeDuplicates();
    auto existing = repo.findClashing(ids, names, ips, sshHosts);
    if (!existing)
        return existing.error();
    auto accounts = repo.findAccounts(tenants);
    if (!accounts)
        return accounts.error();
    DbCheck db;
    for (const Existing &e : *existing) {
        db.byId.insert(e.id, &e);
        db.byName.insert(e.name, &e);
        db.byIp.insert(e.ipAddress.toLower(), &e);
        if (!e.sshHost.isEmpty())
            db.bySsh.insert(sshKey(e.sshHost, e.sshPort), &e);
    }

    QList<const MachineCsvRow *> toCreate, toUpdate;
    QList<Machine *> withoutId; // new machines whose id the server chooses
    QList<RowError> dbErrors;
    for (qsizetype i = 0; i < file.rows.size(); ++i) {
        MachineCsvRow &row = file.rows[i];
        Machine &m = row.machine;
        const qsizetype before = dbErrors.size();
        auto fail = [&](const QString &column, const QString &message) {
            dbErrors.append(RowError{row.line, column, message});
        };
        if (!row.tenant.isEmpty()) {
            if (const QString p = tenantProblem(row.tenant, *accounts); !p.isEmpty())
                fail(u"tenant"_s, p);
        }
        const Existing *target = nullptr;
        const QList<const Existing *> sameName = db.byName.values(m.name);
        const Existing *sameIp = db.byIp.value(m.ipAddress.toLower());
        if (mode == Mode::Upsert) {
            if (sameName.size() > 1)
                fail(u"name"_s,
                     u"%1 machines are named \"%2\"; upsert cannot tell which to update"_s
                         .arg(sameName.size())
                         .arg(m.name));
            else if (!sameName.isEmpty() && sameIp && sameName.first() != sameIp)
                fail(u"ipAddress"_s,
                     u"name matches machine %1 but ipAddress %2 belongs to machine %3"_s.arg(
                         sameName.first()->id, m.ipAddress, sameIp->id));
            else
                target = !sameName.isEmpty() ? sameName.first() : sameIp;
            if (target && !m.id.isEmpty() && m.id != target->id)
                fail(u"id"_s,
                     u"the row matches machine %1 by name or ipAddress but names id %2"_s.arg(
                         target->id, m.id));
            if (!target && !m.id.isEmpty() && db.byId.contains(m.id))
                fail(
                    u"id"_s,
                    u"machine id %1 already exists with another name and ipAddress (upsert matches by name or ipAddress)"_s
                        .arg(m.id));
        } else {
            if (!m.id.isEmpty() && db.byId.contains(m.id))
                fail(u"id"_s, u"machine id %1 already exists"_s.arg(m.id));
            if (!sameName.isEmpty())
                fail(u"name"_s, u"a machine named \"%1\" already exists (id %2)"_s.arg(
                                    m.name, sameName.first()->id));
            if (sameIp)
                fail(u"ipAddress"_s,
                     u"ipAddress %1 is already used by machine %2"_s.arg(m.ipAddress, sameIp->id));
        }
        if (!m.sshHost.isEmpty()) {
            const Existing *sameSsh = db.bySsh.value(sshKey(m.sshHost, m.sshPort));
            if (sameSsh && sameSsh != target)
                fail(u"sshHost"_s,
                     u"sshHost:sshPort %1:%2 is already used by machine %3"_s.arg(m.sshHost)
                         .arg(m.sshPort)
                         .arg(sameSsh->id));
        }
        if (dbErrors.size() != before)
            continue;
        if (target) {
            m.id = target->id;
            toUpdate << &row;
        } else {
            if (m.id.isEmpty())
                withoutId << &m;
            toCreate << &row;
        }
    }
    if (!dbErrors.isEmpty()) {
        report.errors += dbErrors;
        std::stable_sort(report.errors.begin(), report.errors.end(),
                         [](const RowError &a, const RowError &b) { return a.line < b.line; });
    }
    QSet<int> badLines;
    for (const RowError &e : report.errors)
        badLines.insert(e.line);
    report.validRows = report.totalRows - int(badLines.size());
    report.skipped = int(badLines.size());

    const bool rejected = report.rejected();
    if (dryRun) {
        if (!rejected) {
            report.created = int(toCreate.size());
            report.updated = int(toUpdate.size());
        }
        // Nothing was written: the Transaction rolls back on return.
        return report;
    }

    AuditEntry audit =
        client.audit(u"machine.import"_s, rejected ? AuditResult::Failure : AuditResult::Success);
    audit.actorId = actor.id;
    if (actor.tenantId != 0)
        audit.tenantId = actor.tenantId;
    audit.username = actor.username;
    audit.resourceType = u"machine"_s;

    if (!rejected) {
        QSet<QString> given;
        for (const MachineCsvRow &row : std::as_const(file.rows)) {
            if (!row.machine.id.isEmpty())
                given.insert(row.machine.id);
        }
        if (auto r = drawIds(repo, withoutId, std::move(given)); !r)
            return r.error();
        auto created = repo.insert(toCreate);
        if (!created)
            return created.error();
        auto changed = repo.update(toUpdate);
        if (!changed)
            return changed.error();
        report.created = *created;
        report.updated = *changed;
    } else {
        report.skipped = report.totalRows;
        audit.statusCode = 400;
        audit.errorMessage = u"%1 rows have errors; nothing was imported"_s.arg(badLines.size());
    }
    audit.detail = QJsonObject{{u"mode"_s, MachineImportReport::modeName(mode)},
                               {u"totalRows"_s, report.totalRows},
                               {u"validRows"_s, report.validRows},
                               {u"created"_s, report.created},
                               {u"updated"_s, report.updated},
                               {u"skipped"_s, report.skipped},
                               {u"errorRows"_s, int(badLines.size())}};
    if (auto r = AuditRepository(*session).insert(audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

} // namespace remotegpu
