#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QHeaderView;

namespace remotegpu::ui {

// Remembers a table's column order, widths, hidden columns and sort indicator per view (in
// QSettings under "views/<key>/header"), restoring them when attached and saving after each
// change (coalesced, so dragging a column edge writes once).
class HeaderStateKeeper : public QObject
{
    Q_OBJECT

public:
    static HeaderStateKeeper *attach(QHeaderView *header, const QString &key);

private:
    HeaderStateKeeper(QHeaderView *header, const QString &key);
    void save();

    QHeaderView *m_header;
    QString m_key;
    QTimer m_saveTimer;
};

} // namespace remotegpu::ui
