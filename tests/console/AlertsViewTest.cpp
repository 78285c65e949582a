// The Alerts section against a real server: an alert written on the server shows in the Active
// list and is acknowledged from the view; a rule made in the dialog is stored; a customer owner's
// scope picker offers only the tenant's own machines.

#include "AlertsView.h"
#include "AlertRuleDialog.h"
#include "ConsoleServer.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using remotegpu::ui::AlertRuleDialog;
using remotegpu::ui::AlertsView;

namespace {

// This suite's own server: its alerts would change the counts other suites read.
ConsoleServer *alertsServer()
{
    return ConsoleServer::ofSuite(u"alerts"_s);
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

int rowOf(const AlertsView &view, const QString &message)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->rowAt(row)->message == message)
            return row;
    }
    return -1;
}

TEST(AlertsView, AnAlertFiredOnTheServerIsListedAndAcknowledgedFromTheView)
{
    ConsoleServer *server = alertsServer();
    ASSERT_TRUE(server);
    auto admin = SignedInClient::admin(*server);
    ASSERT_TRUE(admin);
    // A GPU temperature alert, and an event alert (offline) with no reading to compare.
    const QString message = uniqueName(u"GPU hot "_s);
    const QString offline = uniqueName(u"Gone quiet "_s);
    ASSERT_EQ(server->db().exec(
                  u"INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, "
                  u"metric_type, current_value, threshold, severity, status, message) SELECT r.id, "
                  u"h.id, v.kind, CASE v.kind WHEN 'gpu' THEN h.id || '/0' ELSE v.message END, "
                  u"v.metric, v.value, v.threshold, 'critical', v.status, v.message FROM (VALUES "
                  u"('gpu_temperature_high', 'gpu', 'gpu_temperature', 91.46, 85, 'firing', '%1'), "
                  u"('host_offline', 'host', 'host_offline', 1, 1, 'active', '%2')) "
                  u"v(rule, kind, metric, value, threshold, status, message) "
                  u"JOIN alert_rules r ON r.rule_key = v.rule, "
                  u"(SELECT id FROM hosts ORDER BY id LIMIT 1) h"_s.arg(message, offline)),
              QString());

    AlertsView view(admin->api.get(), admin->session.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return rowOf(view, message) >= 0; }));
    EXPECT_EQ(view.shownStatus(), AlertStatus::Active);
    const int row = rowOf(view, message);
    EXPECT_EQ(view.model()->data(view.model()->index(row, AlertsView::Severity), Qt::DisplayRole),
              AlertsView::tr("Critical"));
    EXPECT_TRUE(view.model()
                    ->data(view.model()->index(row, AlertsView::Severity), Qt::ForegroundRole)
                    .isValid())
        << "severity has its colour";
    // A GPU alert names its machine as the machine list does, and the GPU by its index, never
    // by the raw "host/index" resource id.
    const Alert *listed = view.model()->rowAt(row);
    const QString machineCell =
        view.model()->data(view.model()->index(row, AlertsView::Host), Qt::DisplayRole).toString();
    EXPECT_TRUE(machineCell.startsWith(listed->hostName)) << machineCell.toStdString();
    EXPECT_TRUE(machineCell.endsWith(u", GPU 0"_s)) << machineCell.toStdString();
    EXPECT_FALSE(machineCell.contains(listed->hostId + u"/0"_s)) << machineCell.toStdString();
    // The reading against its threshold, one decimal and the unit; an event alert (offline) has
    // no reading to show.
    EXPECT_EQ(view.model()->data(view.model()->index(row, AlertsView::Value), Qt::DisplayRole),
              u"91.5 °C / 85 °C"_s);
    ASSERT_TRUE(waitFor([&] { return rowOf(view, offline) >= 0; }));
    EXPECT_EQ(view.model()->data(view.model()->index(rowOf(view, offline), AlertsView::Value),
                                 Qt::DisplayRole),
              u"—"_s);

    view.table()->selectRow(row);
    ASSERT_NE(view.selectedAlert(), nullptr);
    auto *ack = view.findChild<QPushButton *>(u"acknowledgeAlert"_s);
    ASSERT_TRUE(ack);
    EXPECT_TRUE(ack->isEnabled());
    ack->click();
    ASSERT_TRUE(waitFor([&] {
        return server->db()
                   .scalar(u"SELECT status FROM alert_records WHERE message = '%1'"_s.arg(message))
                   .toString() == u"acknowledged";
    }));
    // Acknowledged alerts leave the Active tab; the Acknowledged tab has it, with who did it.
    ASSERT_TRUE(waitFor([&] { return rowOf(view, message) < 0; }));
    view.showStatus(AlertStatus::Acknowledged);
    ASSERT_TRUE(waitFor([&] { return rowOf(view, message) >= 0; }));
    EXPECT_EQ(view.model()->rowAt(rowOf(view, message))->acknowledgedByName, u"admin"_s);
}

TEST(AlertsView, ARuleMadeInTheDialogIsStoredOnTheServer)
{
    ConsoleServer *server = alertsServer();
    ASSERT_TRUE(server);
    auto admin = SignedInClient::admin(*server);
    ASSERT_TRUE(admin);
    AlertsView view(admin->api.get(), admin->session.get());
    view.activate();
    AlertRuleDialog *dialog = view.openRuleDialog(true);
    ASSERT_TRUE(dialog);
    const QString name = uniqueName(u"CPU busy "_s);
    dialog->findChild<QLineEdit *>(u"ruleName"_s)->setText(name);
    auto *metric = dialog->findChild<QComboBox *>(u"ruleMetric"_s);
    metric->setCurrentIndex(metric->findData(u"cpu_usage_percent"_s));
    EXPECT_EQ(dialog->findChild<QDoubleSpinBox *>(u"ruleThreshold"_s)->suffix(), u" %"_s);
    // The threshold stops at the metric's maximum (100 %).
    EXPECT_EQ(dialog->findChild<QDoubleSpinBox *>(u"ruleThreshold"_s)->maximum(), 100.0);
    dialog->findChild<QDoubleSpinBox *>(u"ruleThreshold"_s)->setValue(90);
    dialog->findChild<QSpinBox *>(u"ruleDuration"_s)->setValue(120);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return accepted.size() == 1; }));
    EXPECT_EQ(server->db()
                  .scalar(u"SELECT metric_type || ' ' || threshold || ' ' || duration || ' ' || "
                          u"(tenant_id IS NULL AND host_id IS NULL) FROM alert_rules WHERE name = "
                          u"'%1'"_s.arg(name))
                  .toString(),
              u"cpu_usage_percent 90 120 true"_s);
    ASSERT_TRUE(waitFor([&] {
        for (const AlertRule &r : view.rulesModel()->rows()) {
            if (r.name == name)
                return true;
        }
        return false;
    }));
}

TEST(AlertsView, ACustomerOwnersScopePickerOffersOnlyTheirMachines)
{
    ConsoleServer *server = alertsServer();
    ASSERT_TRUE(server);
    auto acme = SignedInClient::signIn(server->url(), u"acme"_s, server->demoPassword());
    ASSERT_TRUE(acme);
    const QString held =
        server->db()
            .scalar(u"SELECT string_agg(ha.host_id, ',' ORDER BY ha.host_id) FROM "
                    u"held_allocations(now()) ha JOIN customers c ON c.id = ha.tenant_id WHERE "
                    u"c.username = 'acme'"_s)
            .toString();
    ASSERT_FALSE(held.isEmpty()) << "the demo data gives acme machines";

    AlertsView view(acme->api.get(), acme->session.get());
    view.activate();
    AlertRuleDialog *dialog = view.openRuleDialog(true);
    ASSERT_TRUE(dialog);
    QSignalSpy loaded(dialog, &AlertRuleDialog::choicesLoaded);
    ASSERT_TRUE(loaded.wait(15000));
    QStringList scopes;
    for (int i = 0; i < dialog->scopeBox()->count(); ++i)
        scopes << dialog->scopeBox()->itemData(i).toString();
    EXPECT_EQ(scopes, QStringList({u"tenant"_s, u"host"_s}));
    QStringList hosts;
    for (int i = 0; i < dialog->hostBox()->count(); ++i)
        hosts << dialog->hostBox()->itemData(i).toString();
    hosts.sort();
    EXPECT_EQ(hosts.join(u','), held);
    EXPECT_EQ(dialog->tenantBox()->count(), 0);
    dialog->reject();
}

} // namespace
