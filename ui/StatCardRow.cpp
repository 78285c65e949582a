#include "StatCardRow.h"

#include "StatCard.h"

#include <QGridLayout>

namespace remotegpu::ui {

StatCardRow::StatCardRow(QWidget *parent)
    : m_parent(parent)
    , m_grid(new QGridLayout(parent))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
}

StatCard *StatCardRow::add(const QString &name, const QString &title, int column)
{
    auto *card = new StatCard(title, m_parent);
    card->setObjectName(name);
    m_grid->addWidget(card, 0, column);
    m_grid->setColumnStretch(column, 1);
    return card;
}

} // namespace remotegpu::ui
