#pragma once

#include <QColor>
#include <QFrame>
#include <QHash>
#include <QString>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace remotegpu::ui {

// One dashboard figure: a title, a large value, a caption, and optionally one line per part of
// it ("3 online", "1 offline", …), each with a coloured dot and its word. The card and each
// line are clickable (mouse, or Tab to it and Enter/Space) and say so through activated() and
// itemActivated(key); the dashboard turns them into "open that section, filtered".
class StatCard : public QFrame
{
    Q_OBJECT

public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    QString valueText() const;
    QString caption() const;
    void setValue(const QString &value);
    void setCaption(const QString &caption);
    // Shows the figures as out of date (greyed) while the last refresh failed.
    void setStale(bool stale);

    // Adds a clickable line; `label` is a word such as tr("offline") shown after the number,
    // `color` the dot's colour. The button's object name is "<card name>_<key>".
    QToolButton *addItem(const QString &key, const QString &label, const QColor &color);
    void setItemValue(const QString &key, qint64 value);
    void setItemColor(const QString &key, const QColor &color);
    QToolButton *item(const QString &key) const { return m_items.value(key).button; }
    QString itemText(const QString &key) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated();
    void itemActivated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QToolButton *button = nullptr;
        QString label;
        QColor color;
        qint64 value = 0;
    };
    void updateItem(Item &item);
    void updateFonts();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    QVBoxLayout *m_items_layout;
    QHash<QString, Item> m_items;
    bool m_hover = false;
    bool m_pressed = false;
    bool m_stale = false;
};

// A dot of `color`, for icons next to a state's word; the same icon for the same colour and size.
QIcon dotIcon(const QColor &color, int size = 10);

} // namespace remotegpu::ui
