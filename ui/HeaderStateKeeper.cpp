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
    // A state saved when the table had other columns (an older console) would put widths and
    // order on the wrong columns: it is dropped, and the table starts from its defaults.
    QSettings settings;
    const QByteArray state = settings.value(m_key).toByteArray();
    if (!state.isEmpty() && settings.value(m_key + u"Columns"_s).toInt() == m_header->count())
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
    QSettings settings;
    settings.setValue(m_key, m_header->saveState());
    settings.setValue(m_key + u"Columns"_s, m_header->count());
}

} // namespace remotegpu::ui
