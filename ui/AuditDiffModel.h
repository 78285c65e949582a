#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu::ui {

// An audit entry's `detail` as a side-by-side table: one row per field with its value before and
// after the change, and whether it changed. Understands the two shapes the server writes:
//   {"changes": {"key": {"old": …, "new": …}, …}}   (settings.update, customer.update)
//   {"before": {…}, "after": {…}}
// Any other detail is shown field by field in the After column, with no change marked.
class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Before, After, Change, ColumnCount };
    enum class Kind { Info, Unchanged, Changed, Added, Removed };
    // The row's Kind, as int.
    static constexpr int KindRole = Qt::UserRole + 1;

    struct Row
    {
        QString field;
        QString before;
        QString after;
        Kind kind = Kind::Info;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit AuditDiffModel(QObject *parent = nullptr);

    void setDetail(const QJsonObject &detail);
    const QList<Row> &rows() const { return m_rows; }
    // Whether the detail described a change (some row has a before value).
    bool isChange() const { return m_isChange; }

    static QList<Row> rowsFor(const QJsonObject &detail);
    // A JSON value as one line of text: strings bare, the rest compact JSON.
    static QString valueText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
    bool m_isChange = false;
};

} // namespace remotegpu::ui
