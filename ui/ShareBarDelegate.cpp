#include "ShareBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace remotegpu::ui {

namespace {
constexpr int MinimumTrackWidth = 40;
constexpr double TrackShare = 0.45;
} // namespace

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
    // The bar keeps the left part of the cell, the same part in every row so that bars compare,
    // and the text the rest; a cell too narrow for both draws the bar behind the text.
    QRect track = opt.rect.adjusted(3, 4, -3, -4);
    QRect textRect = opt.rect.adjusted(6, 0, -6, 0);
    int alignment = int(opt.displayAlignment);
    const int trackWidth = int(track.width() * TrackShare);
    if (trackWidth >= MinimumTrackWidth) {
        track.setWidth(trackWidth);
        textRect.setLeft(track.right() + 8);
        alignment = Qt::AlignLeft | Qt::AlignVCenter; // the figures right after their bar
    }
    const QString shown =
        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()); // full text: tooltip
    QColor bar = share < m_lowShare ? QColor(0xe0, 0x8e, 0x0b) : opt.palette.highlight().color();
    QColor empty = opt.palette.color(QPalette::Mid);
    empty.setAlpha(selected ? 70 : 45);
    bar.setAlpha(selected ? 150 : 110);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(empty); // the whole track: 100 % at a glance
    painter->drawRoundedRect(QRectF(track), 2, 2);
    painter->setBrush(bar);
    painter->drawRoundedRect(
        QRectF(track.left(), track.top(), track.width() * share, track.height()), 2, 2);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, alignment, shown);
    painter->restore();
}

} // namespace remotegpu::ui
