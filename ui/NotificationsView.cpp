#include "NotificationsView.h"

#include "AlertText.h"
#include "EnumTable.h"
#include "ErrorBanner.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "TimeText.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

NotificationsView::NotificationsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Notifications"),
                  tr("Reminders and alerts about your machines and tasks, newest first. Unread "
                     "ones are in bold."),
                  parent)
    , m_api(api)
{
    Q_UNUSED(session);
    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);

    auto common = [](const Notification &n, int role) -> QVariant {
        if (role == Qt::FontRole && !n.isRead) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    };
    const CustomerApi customerApi(api);
    m_model = new PagedTableModel<Notification>(
        {
            {tr("Level"), QString(),
             [common](const Notification &n, int role) -> QVariant {
                 if (role == Qt::DecorationRole) {
                     const auto icon =
                         n.level == AlertSeverity::Critical  ? QStyle::SP_MessageBoxCritical
                         : n.level == AlertSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
                     return QApplication::style()->standardIcon(icon);
                 }
                 if (role == Qt::DisplayRole)
                     return AlertText::severity(n.level);
                 return common(n, role);
             }},
            {tr("Title"), QString(),
             [common](const Notification &n, int role) -> QVariant {
                 if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                     return n.isRead ? n.title : tr("● %1").arg(n.title);
                 return common(n, role);
             }},
            {tr("Message"), QString(),
             [common](const Notification &n, int role) -> QVariant {
                 if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                     return n.content;
                 return common(n, role);
             }},
            {tr("Received"), QString(),
             [common](const Notification &n, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return timetext::text(n.createdAt);
                 return common(n, role);
             }},
        },
        [this, customerApi](const PageRequest &request, QObject *context,
                            Reply<Page<Notification>> reply) {
            if (!m_activated)
                return;
            customerApi.notifications(request, context, std::move(reply));
        },
        [](const Notification &n) { return QString::number(n.id); }, this);
    m_model->setObjectName(u"notificationsModel"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"notificationsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Content, QHeaderView::Stretch);
    m_table->setColumnWidth(Level, 100);
    m_table->setColumnWidth(Title, 280);
    m_table->setColumnWidth(Received, 140);
    SelectionKeeper::attach(m_table, m_model);
    contentLayout()->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"notificationsCount"_s);
    buttons->addWidget(m_count, 1);
    m_markRead = new QPushButton(tr("Mark read"), this);
    m_markRead->setObjectName(u"notificationMarkRead"_s);
    m_markRead->setToolTip(tr("Mark the selected notification read (Enter)"));
    m_markAll = new QPushButton(tr("Mark all read"), this);
    m_markAll->setObjectName(u"notificationMarkAllRead"_s);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_markAll);
    contentLayout()->addLayout(buttons);

    connect(m_markRead, &QPushButton::clicked, this, &NotificationsView::markSelectedRead);
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsView::markAllRead);
    connect(m_table, &QAbstractItemView::activated, this, &NotificationsView::markSelectedRead);
    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        m_count->setText(tr("%n notification(s)", nullptr, int(m_model->totalRows())));
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateButtons();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading your notifications failed"), error);
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_model, &PagedTableModelBase::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsView::updateButtons);
    updateButtons();
}

void NotificationsView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
}

void NotificationsView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
}

void NotificationsView::resetForNewSession()
{
    m_activated = false;
    m_model->reload();
    m_banner->clear();
}

void NotificationsView::updateButtons()
{
    const Notification *n = m_model->rowAt(m_table->currentIndex().row());
    m_markRead->setEnabled(n && !n->isRead);
    bool anyUnread = false;
    for (const Notification &row : m_model->rows())
        anyUnread = anyUnread || !row.isRead;
    m_markAll->setEnabled(anyUnread);
}

void NotificationsView::markSelectedRead()
{
    const Notification *n = m_model->rowAt(m_table->currentIndex().row());
    if (!n || n->isRead)
        return;
    m_markRead->setEnabled(false);
    m_api.markRead(n->id, this, [this](Result<void> answer) {
        if (!answer.ok()) {
            showErrorDialog(this, tr("Marking the notification read failed"), answer.error());
            updateButtons();
            return;
        }
        Q_EMIT readStateChanged();
        m_model->refresh();
    });
}

void NotificationsView::markAllRead()
{
    m_markAll->setEnabled(false);
    m_api.markAllRead(this, [this](Result<void> answer) {
        if (!answer.ok()) {
            showErrorDialog(this, tr("Marking all notifications read failed"), answer.error());
            updateButtons();
            return;
        }
        Q_EMIT readStateChanged();
        Q_EMIT statusMessage(tr("All notifications marked read"));
        m_model->refresh();
    });
}

} // namespace remotegpu::ui
