#pragma once

#include <QString>

class QGridLayout;
class QWidget;

namespace remotegpu::ui {

class StatCard;

// A row of equally wide stat cards laid out on `parent`, the way the dashboard and the
// workbench show their figures; each card is named so tests and screenshots can find it.
class StatCardRow
{
public:
    explicit StatCardRow(QWidget *parent);

    StatCard *add(const QString &name, const QString &title, int column);

private:
    QWidget *m_parent;
    QGridLayout *m_grid;
};

} // namespace remotegpu::ui
