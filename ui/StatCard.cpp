#include "StatCard.h"

#include <QEnterEvent>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

QIcon dotIcon(const QColor &color, int size)
{
    // One icon per colour and size for the life of the program. A new QPixmap per call (a list
    // asks for its DecorationRole on every paint, a card sets its dots on every refresh) gives
    // each its own cache key, and every scaled copy Qt paints of it piles up in QPixmapCache:
    // the dashboard's memory grew with each refresh. The colours are a handful of state colours.
    // Never destroyed, as MachineStatus's icons: pixmaps must not outlive the application object.
    static auto *made = new QHash<QPair<QRgb, int>, QIcon>;
    const QPair<QRgb, int> key{color.rgba(), size};
    if (const auto it = made->constFind(key); it != made->cend())
        return *it;
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    p.end();
    return *made->insert(key, QIcon(pixmap));
}

StatCard::StatCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(u"–"_s, this))
    , m_caption(new QLabel(this))
    , m_items_layout(new QVBoxLayout)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_title->setObjectName(u"statCardTitle"_s);
    m_value->setObjectName(u"statCardValue"_s);
    m_caption->setObjectName(u"statCardCaption"_s);
    m_caption->setWordWrap(true);
    for (QLabel *label : {m_title, m_value, m_caption})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    updateFonts();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    m_items_layout->setSpacing(0);
    m_items_layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_items_layout);
    layout->addStretch(1);
    m_caption->hide();
}

QString StatCard::title() const
{
    return m_title->text();
}

QString StatCard::valueText() const
{
    return m_value->text();
}

QString StatCard::caption() const
{
    return m_caption->text();
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value + u' ' + m_caption->text());
}

void StatCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void StatCard::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    m_value->setEnabled(!stale);
    setToolTip(stale ? tr("These figures are from the last successful refresh.") : QString());
    update();
}

QToolButton *StatCard::addItem(const QString &key, const QString &label, const QColor &color)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName() + u'_' + key);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setCursor(Qt::PointingHandCursor);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_items_layout->addWidget(button, 0, Qt::AlignLeft);
    Item item{button, label, color, 0};
    updateItem(item);
    m_items.insert(key, item);
    connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT itemActivated(key); });
    return button;
}

void StatCard::setItemValue(const QString &key, qint64 value)
{
    auto it = m_items.find(key);
    if (it == m_items.end())
        return;
    it->value = value;
    updateItem(*it);
}

void StatCard::setItemColor(const QString &key, const QColor &color)
{
    auto it = m_items.find(key);
    if (it == m_items.end())
        return;
    it->color = color;
    updateItem(*it);
}

QString StatCard::itemText(const QString &key) const
{
    const auto it = m_items.constFind(key);
    return it == m_items.cend() ? QString() : it->button->text();
}

void StatCard::updateItem(Item &item)
{
    item.button->setText(QLocale().toString(item.value) + u' ' + item.label);
    item.button->setIcon(dotIcon(item.color));
    item.button->setToolTip(tr("Show the %1 ones").arg(item.label));
}

void StatCard::updateFonts()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
}

QSize StatCard::sizeHint() const
{
    return QFrame::sizeHint().expandedTo(QSize(170, 0));
}

void StatCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor border = pal.color(QPalette::Mid);
    if (m_hover || hasFocus())
        border = pal.color(QPalette::Highlight);
    QColor fill = pal.color(QPalette::Base);
    if (m_pressed)
        fill = pal.color(QPalette::AlternateBase);
    p.setPen(QPen(border, hasFocus() ? 2.0 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

void StatCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        update();
    }
    QFrame::mousePressEvent(event);
}

void StatCard::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasPressed = m_pressed;
    m_pressed = false;
    update();
    if (wasPressed && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void StatCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void StatCard::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QFrame::enterEvent(event);
}

void StatCard::leaveEvent(QEvent *event)
{
    m_hover = false;
    m_pressed = false;
    update();
    QFrame::leaveEvent(event);
}

void StatCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QFrame::changeEvent(event);
}

} // namespace remotegpu::ui
