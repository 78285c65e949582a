#include "ShareBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace remotegpu::ui {

ShareBarDelegate::ShareBarDelegate(int shareRole, double lowShare, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shareRole(shareRole)
    , m_lowShare(lowShare)
{}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(m_shareRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double share = std::clamp(value.toDouble(), 0.0, 1.0);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // The cell's background (selection, the row's hint) first, then the bar, then the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect track = opt.rect.adjusted(3, 4, -3, -4);
    QColor bar = share < m_lowShare ? QColor(0xe0, 0x8e, 0x0b) : opt.palette.highlight().color();
    bar.setAlpha(selected ? 150 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    painter->drawRoundedRect(
        QRectF(track.left(), track.top(), track.width() * share, track.height()), 2, 2);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(opt.rect.adjusted(6, 0, -6, 0), int(opt.displayAlignment), text);
    painter->restore();
}

} // namespace remotegpu::ui
