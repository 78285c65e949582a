#include "AllocationsView.h"
#include "AllocateDialog.h"
#include "AllocationTestSupport.h"
#include "ConsoleServer.h"
#include "ExtendDialog.h"
#include "ReclaimDialog.h"
#include "SignedInAdminTest.h"
#include "Theme.h"
#include "TimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using namespace remotegpu::test::alloc;
using remotegpu::ui::AllocateDialog;
using remotegpu::ui::AllocationsView;
using remotegpu::ui::ExtendDialog;
using remotegpu::ui::ReclaimDialog;

namespace {

class AllocationsViewTest : public SignedInAdminTest
{
protected:
    ConsoleServer *suiteServer() override { return allocationServer(); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        view = std::make_unique<AllocationsView>(client->api.get(), client->session.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    ApiClient &api() { return *client->api; }

    // Loads every page of the view's list.
    bool loadAll()
    {
        auto *model = view->model();
        if (!waitFor([model] { return !model->isLoading() && model->totalRows() >= 0; }))
            return false;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            if (!waitFor([model] { return !model->isLoading(); }))
                return false;
        }
        return true;
    }

    QStringList viewIds() const
    {
        QStringList ids;
        for (const Allocation &a : view->model()->rows())
            ids << a.id;
        return ids;
    }

    std::unique_ptr<AllocationsView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(AllocationsViewTest, LoadsEveryAllocationTheApiHasUnderTheModelTester)
{
    view->activate();
    ASSERT_TRUE(waitFor([this] { return view->model()->rowCount() > 0; }));
    ASSERT_TRUE(loadAll());
    qint64 total = 0;
    const QStringList apiIds = listIds(api(), {}, &total);
    ASSERT_GT(total, 0) << "the demo data has allocations";
    EXPECT_EQ(view->model()->totalRows(), total);
    EXPECT_EQ(viewIds(), apiIds);
    // Every row shows its state as a word, not only a colour.
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex state = view->model()->index(row, AllocationsView::StateColumn);
        EXPECT_FALSE(state.data(Qt::DisplayRole).toString().isEmpty());
        EXPECT_FALSE(state.data(Qt::DecorationRole).isNull());
    }
    auto *count = view->findChild<QLabel *>(u"countLabel"_s);
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().contains(QString::number(total))) << count->text().toStdString();
}

TEST_F(AllocationsViewTest, FilterByStateGivesExactlyTheApisRows)
{
    view->applyFilters(QJsonObject{{u"status"_s, u"active"_s}});
    ASSERT_TRUE(
        waitFor([this] { return !view->model()->isLoading() && view->model()->totalRows() > 0; }));
    ASSERT_TRUE(loadAll());
    EXPECT_EQ(viewIds(), listIds(api(), QJsonObject{{u"status"_s, u"active"_s}}));
    for (const Allocation &a : view->model()->rows())
        EXPECT_EQ(a.status, AllocationStatus::Active) << a.id.toStdString();
    auto *state = view->findChild<QComboBox *>(u"stateFilter"_s);
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->currentData().toString(), u"active"_s);

    // The dashboard's shortcut: {"expiring": true} is the server's "expiring".
    view->applyFilters(QJsonObject{{u"expiring"_s, true}});
    ASSERT_TRUE(waitFor([this] { return !view->model()->isLoading(); }));
    ASSERT_TRUE(loadAll());
    EXPECT_EQ(view->model()->filters(), (QJsonObject{{u"status"_s, u"expiring"_s}}));
    EXPECT_EQ(state->currentData().toString(), u"expiring"_s);
    EXPECT_EQ(viewIds(), listIds(api(), QJsonObject{{u"status"_s, u"expiring"_s}}));

    // Choosing a state in the combo filters the same way (after the debounce).
    QSignalSpy loaded(view->model(), &ui::PagedTableModelBase::loaded);
    state->setCurrentIndex(state->findData(u"reclaimed"_s));
    ASSERT_TRUE(waitFor([&loaded] { return !loaded.isEmpty(); }));
    EXPECT_EQ(view->model()->filters().value(u"status"_s).toString(), u"reclaimed"_s);
    ASSERT_TRUE(loadAll());
    EXPECT_EQ(viewIds(), listIds(api(), QJsonObject{{u"status"_s, u"reclaimed"_s}}));
}

TEST_F(AllocationsViewTest, CreatesAnAllocationThroughTheDialog)
{
    const QString host = makeMachine(api(), u"create"_s);
    const qint64 acme = tenantIdOf(api(), u"acme"_s);
    ASSERT_GT(acme, 0);
    view->resize(1280, 800);
    view->show();
    view->applyFilters(QJsonObject{{u"hostId"_s, host}});
    ASSERT_TRUE(waitFor([this] { return !view->model()->isLoading(); }));
    EXPECT_EQ(view->model()->rowCount(), 0);

    AllocateDialog *dialog = view->openAllocateDialog({host});
    QSignalSpy done(dialog, &AllocateDialog::done);
    QAbstractItemModelTester machinesTester(dialog->machineModel());
    ASSERT_TRUE(waitFor([dialog, host] {
        return !dialog->isBusy() && dialog->checkedMachines() == QStringList{host};
    })) << "the preselected machine is free and checked";

    // Nothing is sent without a tenant.
    auto *create = dialog->findChild<QPushButton *>(u"createButton"_s);
    ASSERT_NE(create, nullptr);
    create->click();
    auto *tenantError = dialog->findChild<QLabel *>(u"tenantIdError"_s);
    ASSERT_NE(tenantError, nullptr);
    EXPECT_FALSE(tenantError->isHidden());
    EXPECT_TRUE(done.isEmpty());

    auto *tenant = dialog->findChild<QComboBox *>(u"tenantCombo"_s);
    ASSERT_NE(tenant, nullptr);
    tenant->setCurrentIndex(tenant->findData(acme));
    ASSERT_GE(tenant->currentIndex(), 0);
    auto *duration = dialog->findChild<QSpinBox *>(u"durationSpin"_s);
    ASSERT_NE(duration, nullptr);
    duration->setValue(10);
    ASSERT_TRUE(waitFor([dialog, host] {
        return !dialog->isBusy() && dialog->checkedMachines() == QStringList{host};
    }));
    dialog->grab().save(u"/tmp/alloc-create.png"_s);
    create->click();
    ASSERT_TRUE(waitFor([&done] { return !done.isEmpty(); }));
    const QStringList created = done.first().first().toStringList();
    ASSERT_EQ(created.size(), 1);

    const auto a = fetch(api(), created.first());
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->hostId, host);
    EXPECT_EQ(a->tenantId, acme);
    // Ten days on the operator's calendar (a DST change in between keeps the wall-clock time).
    EXPECT_EQ(a->endTime, a->startTime.toLocalTime().addDays(10).toUTC());
    ASSERT_TRUE(
        waitFor([this, &created] { return view->model()->rowOfKey(created.first()) >= 0; }));
}

TEST_F(AllocationsViewTest, ACreateTheServerRefusesNamesTheOtherLease)
{
    const QString host = makeMachine(api(), u"clash"_s);
    const qint64 acme = tenantIdOf(api(), u"acme"_s);
    const qint64 galaxy = tenantIdOf(api(), u"galaxy"_s);
    AllocateDialog *dialog = view->openAllocateDialog({host});
    QSignalSpy done(dialog, &AllocateDialog::done);
    ASSERT_TRUE(waitFor([dialog, host] {
        return !dialog->isBusy() && dialog->checkedMachines() == QStringList{host};
    }));
    auto *tenant = dialog->findChild<QComboBox *>(u"tenantCombo"_s);
    tenant->setCurrentIndex(tenant->findData(acme));
    // Someone else takes the machine while the dialog is open.
    const auto other = allocate(api(), host, galaxy, QDateTime::currentDateTimeUtc().addDays(2),
                                QDateTime::currentDateTimeUtc().addDays(5));
    ASSERT_TRUE(other.ok());
    dialog->findChild<QPushButton *>(u"createButton"_s)->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitFor([&] {
        box = dialog->findChild<QMessageBox *>(u"errorDialog"_s);
        return box != nullptr;
    }));
    EXPECT_TRUE(box->text().contains(other->id)) << box->text().toStdString();
    EXPECT_TRUE(box->informativeText().contains(u"Trace id"_s));
    EXPECT_TRUE(done.isEmpty());
    EXPECT_EQ(listIds(api(), QJsonObject{{u"hostId"_s, host}}), QStringList{other->id});
    box->close();
    dialog->close();
}

TEST_F(AllocationsViewTest, ReclaimsWithAReason)
{
    const QString host = makeMachine(api(), u"reclaim"_s);
    const auto a = allocate(api(), host, tenantIdOf(api(), u"deepblue"_s),
                            QDateTime::currentDateTimeUtc().addSecs(-3600),
                            QDateTime::currentDateTimeUtc().addDays(20));
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    ReclaimDialog *dialog = view->openReclaimDialog({a->id});
    QSignalSpy done(dialog, &ReclaimDialog::done);
    auto *reclaim = dialog->findChild<QPushButton *>(u"reclaimButton"_s);
    ASSERT_NE(reclaim, nullptr);
    reclaim->click(); // no reason: refused here, nothing sent
    auto *reasonError = dialog->findChild<QLabel *>(u"reasonError"_s);
    ASSERT_NE(reasonError, nullptr);
    EXPECT_FALSE(reasonError->isHidden());
    QTest::qWait(0);
    EXPECT_EQ(fetch(api(), a->id)->status, AllocationStatus::Active);

    dialog->setReason(u"contract ended early"_s);
    reclaim->click();
    ASSERT_TRUE(waitFor([&done] { return !done.isEmpty(); }));
    const auto after = fetch(api(), a->id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->status, AllocationStatus::Reclaimed);
    EXPECT_TRUE(after->reclaimedAt.isValid());
}

TEST_F(AllocationsViewTest, BulkExtendsTwoSelectedRows)
{
    const qint64 galaxy = tenantIdOf(api(), u"galaxy"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto a = allocate(api(), makeMachine(api(), u"bulk"_s), galaxy, now, now.addDays(9));
    const auto b = allocate(api(), makeMachine(api(), u"bulk"_s), galaxy, now, now.addDays(12));
    ASSERT_TRUE(a.ok() && b.ok());
    view->resize(1280, 800);
    view->show();
    view->activate();
    ASSERT_TRUE(waitFor([this, &a, &b] {
        return view->model()->rowOfKey(a->id) >= 0 && view->model()->rowOfKey(b->id) >= 0;
    }));
    QTableView *table = view->table();
    auto *selection = table->selectionModel();
    for (const QString &id : {a->id, b->id})
        selection->select(view->model()->index(view->model()->rowOfKey(id), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_EQ(view->selectedIds().size(), 2);
    auto *extend = view->findChild<QAction *>(u"extendAction"_s);
    ASSERT_NE(extend, nullptr);
    ASSERT_TRUE(extend->isEnabled());
    extend->trigger();
    auto *dialog = view->findChild<ExtendDialog *>(u"extendDialog"_s);
    ASSERT_NE(dialog, nullptr);
    QSignalSpy done(dialog, &ExtendDialog::done);
    ASSERT_TRUE(waitFor([dialog] { return dialog->isLoaded(); }));
    EXPECT_EQ(dialog->allocations().size(), 2);
    dialog->setDays(5);
    dialog->grab().save(u"/tmp/alloc-bulk.png"_s);
    dialog->findChild<QPushButton *>(u"extendButton"_s)->click();
    ASSERT_TRUE(waitFor([&done] { return !done.isEmpty(); }));
    EXPECT_EQ(fetch(api(), a->id)->endTime, a->endTime.addDays(5));
    EXPECT_EQ(fetch(api(), b->id)->endTime, b->endTime.addDays(5));
}

TEST_F(AllocationsViewTest, ExtendChecksTheServersBoundsBeforeSending)
{
    QStringList many;
    for (int i = 0; i < 201; ++i)
        many << u"alloc-none-%1"_s.arg(i);
    auto *dialog = new ExtendDialog(client->api.get(), many, view.get());
    EXPECT_FALSE(dialog->validateForm());
    auto *idsError = dialog->findChild<QLabel *>(u"idsError"_s);
    ASSERT_NE(idsError, nullptr);
    EXPECT_FALSE(idsError->isHidden());
    auto *days = dialog->findChild<QSpinBox *>(u"daysSpin"_s);
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->minimum(), 1);
    EXPECT_EQ(days->maximum(), 3650);
    dialog->close();
}

// Not a pixel comparison: the pictures are for a person to look at (/tmp/alloc-*.png); the test
// checks that both tabs paint with data in the light and the dark palette.
TEST_F(AllocationsViewTest, PaintsTheListAndTheTimelineInLightAndDark)
{
    view->resize(1280, 800);
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    view->activate();
    ASSERT_TRUE(
        waitFor([this] { return !view->model()->isLoading() && view->model()->rowCount() > 0; }));
    int n = 0;
    for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        ui::applyTheme(theme);
        view->tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        QImage list = view->grab().toImage();
        EXPECT_FALSE(list.isNull());
        list.save(u"/tmp/alloc-%1.png"_s.arg(++n));
        view->tabs()->setCurrentIndex(1);
        ASSERT_TRUE(waitFor([this] { return view->timeline()->hasLoaded(); }));
        QTest::qWait(50);
        QImage timeline = view->grab().toImage();
        EXPECT_FALSE(timeline.isNull());
        timeline.save(u"/tmp/alloc-%1.png"_s.arg(++n));
    }
    ui::applyTheme(ui::Theme::Light);
}
