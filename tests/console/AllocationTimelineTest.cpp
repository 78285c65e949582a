#include "AllocationTestSupport.h"
#include "ConsoleServer.h"
#include "SignedInAdminTest.h"
#include "TimelineWidget.h"

#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using namespace remotegpu::test::alloc;
using remotegpu::ui::TimelineWidget;

namespace {

class AllocationTimelineTest : public SignedInAdminTest
{
protected:
    ConsoleServer *suiteServer() override { return allocationServer(); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        tenant = tenantIdOf(api(), u"acme"_s);
        ASSERT_GT(tenant, 0);
        host = makeMachine(api(), u"tl"_s);
        now = QDateTime::currentDateTimeUtc();
    }

    ApiClient &api() { return *client->api; }

    // A shown, loaded timeline with `id`'s bar in view.
    void showTimeline(const QString &id)
    {
        timeline = std::make_unique<TimelineWidget>(client->api.get());
        timeline->resize(1280, 800);
        timeline->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(timeline.get()));
        QSignalSpy loaded(timeline.get(), &TimelineWidget::loaded);
        timeline->reload();
        ASSERT_TRUE(waitFor([&loaded] { return !loaded.isEmpty(); }));
        ASSERT_NE(timeline->allocation(id), nullptr);
        timeline->scrollToHost(host);
        timeline->scrollToTime(timeline->allocation(id)->startTime);
        const QRect bar = timeline->barRect(id);
        ASSERT_TRUE(timeline->viewport()->rect().contains(bar)) << "the bar is in view";
    }

    QWidget *viewport() { return timeline->viewport(); }
    QPoint endHandle(const QString &id)
    {
        const QRect bar = timeline->barRect(id);
        return QPoint(bar.right(), bar.center().y());
    }
    void pressAndMove(const QString &id, int days)
    {
        const QPoint from = endHandle(id);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        const int step = timeline->dayWidth();
        for (int i = 1; i <= days; ++i)
            QTest::mouseMove(viewport(), from + QPoint(i * step, 0));
    }
    void release(const QString &id, int days)
    {
        Q_UNUSED(id);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {},
                            m_from + QPoint(days * timeline->dayWidth(), 0));
    }

    std::unique_ptr<TimelineWidget> timeline;
    qint64 tenant = 0;
    QString host;
    QDateTime now;
    QPoint m_from;
};

} // namespace

TEST_F(AllocationTimelineTest, DraggingABarsEndExtendsItAfterConfirmation)
{
    const auto a = allocate(api(), host, tenant, now.addDays(1), now.addDays(6));
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    showTimeline(a->id);
    QSignalSpy extended(timeline.get(), &TimelineWidget::extended);

    m_from = endHandle(a->id);
    pressAndMove(a->id, 3);
    ASSERT_TRUE(timeline->isDragging());
    EXPECT_EQ(timeline->dragDaysAdded(), 3);
    EXPECT_EQ(timeline->dragNewEnd(), a->endTime.addDays(3));
    EXPECT_TRUE(timeline->dragConflictWith().isEmpty());
    timeline->grab().save(u"/tmp/alloc-drag.png"_s);
    release(a->id, 3);

    // Nothing is saved before the operator confirms old → new end.
    QMessageBox *confirm = timeline->pendingConfirmation();
    ASSERT_NE(confirm, nullptr);
    EXPECT_EQ(fetch(api(), a->id)->endTime, a->endTime);
    auto *yes = confirm->findChild<QPushButton *>(u"confirmExtendButton"_s);
    ASSERT_NE(yes, nullptr);
    yes->click();
    ASSERT_TRUE(waitFor([&extended] { return !extended.isEmpty(); }));
    EXPECT_EQ(fetch(api(), a->id)->endTime, a->endTime.addDays(3));
    EXPECT_EQ(timeline->allocation(a->id)->endTime, a->endTime.addDays(3));
}

TEST_F(AllocationTimelineTest, ADragOntoTheNextLeaseShowsTheClashAndSavesNothing)
{
    const auto a = allocate(api(), host, tenant, now.addDays(1), now.addDays(6));
    const auto b =
        allocate(api(), host, tenantIdOf(api(), u"galaxy"_s), now.addDays(8), now.addDays(15));
    ASSERT_TRUE(a.ok() && b.ok());
    showTimeline(a->id);
    QSignalSpy abandoned(timeline.get(), &TimelineWidget::extendAbandoned);

    m_from = endHandle(a->id);
    pressAndMove(a->id, 1);
    EXPECT_TRUE(timeline->dragConflictWith().isEmpty()) << "one day more still fits";
    pressAndMove(a->id, 0);
    QTest::mouseMove(viewport(), m_from + QPoint(4 * timeline->dayWidth(), 0));
    EXPECT_EQ(timeline->dragDaysAdded(), 4);
    EXPECT_EQ(timeline->dragConflictWith(), b->id) << "the clash names the next lease";
    timeline->grab().save(u"/tmp/alloc-clash.png"_s);
    release(a->id, 4);

    EXPECT_FALSE(timeline->isDragging());
    EXPECT_EQ(timeline->pendingConfirmation(), nullptr) << "a clash is not even asked";
    ASSERT_EQ(abandoned.size(), 1);
    EXPECT_TRUE(abandoned.first().at(1).toString().contains(b->id));
    QTest::qWait(0);
    EXPECT_EQ(fetch(api(), a->id)->endTime, a->endTime);
    EXPECT_EQ(timeline->allocation(a->id)->endTime, a->endTime);
}

TEST_F(AllocationTimelineTest, AnExtendTheServerRefusesPutsTheBarBackAndNamesTheLease)
{
    const auto a = allocate(api(), host, tenant, now.addDays(1), now.addDays(6));
    ASSERT_TRUE(a.ok());
    showTimeline(a->id);
    QSignalSpy abandoned(timeline.get(), &TimelineWidget::extendAbandoned);
    QSignalSpy extended(timeline.get(), &TimelineWidget::extended);

    m_from = endHandle(a->id);
    pressAndMove(a->id, 4);
    EXPECT_TRUE(timeline->dragConflictWith().isEmpty()) << "nothing follows as far as we know";
    // Meanwhile another admin rents the machine right after the lease.
    const auto b = allocate(api(), host, tenantIdOf(api(), u"deepblue"_s), a->endTime.addDays(1),
                            a->endTime.addDays(9));
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    release(a->id, 4);
    QMessageBox *confirm = timeline->pendingConfirmation();
    ASSERT_NE(confirm, nullptr);
    confirm->findChild<QPushButton *>(u"confirmExtendButton"_s)->click();

    ASSERT_TRUE(waitFor([&abandoned] { return !abandoned.isEmpty(); }));
    EXPECT_TRUE(extended.isEmpty());
    EXPECT_TRUE(abandoned.first().at(1).toString().contains(b->id))
        << abandoned.first().at(1).toString().toStdString();
    EXPECT_FALSE(timeline->isSaving());
    EXPECT_EQ(timeline->allocation(a->id)->endTime, a->endTime) << "the bar is back";
    auto *error = timeline->findChild<QMessageBox *>(u"errorDialog"_s);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(b->id)) << error->text().toStdString();
    EXPECT_EQ(fetch(api(), a->id)->endTime, a->endTime);
    error->close();
}

TEST_F(AllocationTimelineTest, KeyboardMovesTheSelectionAndZooms)
{
    const auto a = allocate(api(), host, tenant, now.addDays(1), now.addDays(3));
    const auto b = allocate(api(), host, tenant, now.addDays(4), now.addDays(6));
    ASSERT_TRUE(a.ok() && b.ok());
    showTimeline(a->id);
    QSignalSpy details(timeline.get(), &TimelineWidget::detailsRequested);
    timeline->setSelectedId(a->id);
    timeline->setFocus();
    QTest::keyClick(timeline.get(), Qt::Key_Right);
    EXPECT_EQ(timeline->selectedId(), b->id);
    QTest::keyClick(timeline.get(), Qt::Key_Left);
    EXPECT_EQ(timeline->selectedId(), a->id);
    QTest::keyClick(timeline.get(), Qt::Key_Return);
    ASSERT_EQ(details.size(), 1);
    EXPECT_EQ(details.first().first().toString(), a->id);
    const int width = timeline->dayWidth();
    QTest::keyClick(timeline.get(), Qt::Key_Plus);
    EXPECT_GT(timeline->dayWidth(), width);
    QTest::keyClick(timeline.get(), Qt::Key_Minus);
    QTest::keyClick(timeline.get(), Qt::Key_Minus);
    EXPECT_LT(timeline->dayWidth(), width);
    // A bar's position follows its times.
    const QRect bar = timeline->barRect(a->id);
    EXPECT_NEAR(bar.left(), timeline->xForTime(a->startTime), 1);
    EXPECT_NEAR(bar.right() + 1, timeline->xForTime(a->endTime), 1);
}
