#include "HeaderStateKeeper.h"

#include <QHeaderView>
#include <QSettings>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

HeaderStateKeeper *HeaderStateKeeper::attach(QHeaderView *header, const QString &key)
{
    return new HeaderStateKeeper(header, key);
}

HeaderStateKeeper::HeaderStateKeeper(QHeaderView *header, const QString &key)
    : QObject(header)
    , m_header(header)
    , m_key(u"views/"_s + key + u"/header"_s)
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (!state.isEmpty())
        m_header->restoreState(state);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &HeaderStateKeeper::save);
    auto later = [this] { m_saveTimer.start(); };
    connect(header, &QHeaderView::sectionResized, this, later);
    connect(header, &QHeaderView::sectionMoved, this, later);
    connect(header, &QHeaderView::sortIndicatorChanged, this, later);
}

void HeaderStateKeeper::save()
{
    QSettings().setValue(m_key, m_header->saveState());
}

} // namespace remotegpu::ui
