#include "AuditDiffModel.h"

#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

AuditDiffModel::AuditDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AuditDiffModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<AuditDiffModel::Row> AuditDiffModel::rowsFor(const QJsonObject &detail)
{
    QList<Row> rows;
    const QJsonValue changes = detail.value(u"changes"_s);
    if (changes.isObject()) {
        const QJsonObject c = changes.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            const QJsonObject pair = it.value().toObject();
            const QJsonValue before = pair.value(u"old"_s);
            const QJsonValue after = pair.value(u"new"_s);
            Kind kind = before == after ? Kind::Unchanged : Kind::Changed;
            if (before.isUndefined() && !after.isUndefined())
                kind = Kind::Added;
            else if (!before.isUndefined() && after.isUndefined())
                kind = Kind::Removed;
            rows.append({it.key(), valueText(before), valueText(after), kind});
        }
        return rows;
    }
    if (detail.value(u"before"_s).isObject() || detail.value(u"after"_s).isObject()) {
        const QJsonObject before = detail.value(u"before"_s).toObject();
        const QJsonObject after = detail.value(u"after"_s).toObject();
        QStringList keys = before.keys();
        for (const QString &k : after.keys())
            if (!before.contains(k))
                keys.append(k);
        std::sort(keys.begin(), keys.end());
        for (const QString &k : std::as_const(keys)) {
            Kind kind = Kind::Unchanged;
            if (!before.contains(k))
                kind = Kind::Added;
            else if (!after.contains(k))
                kind = Kind::Removed;
            else if (before.value(k) != after.value(k))
                kind = Kind::Changed;
            rows.append({k, valueText(before.value(k)), valueText(after.value(k)), kind});
        }
        return rows;
    }
    for (auto it = detail.begin(); it != detail.end(); ++it)
        rows.append({it.key(), QString(), valueText(it.value()), Kind::Info});
    return rows;
}

void AuditDiffModel::setDetail(const QJsonObject &detail)
{
    beginResetModel();
    m_rows = rowsFor(detail);
    m_isChange = std::any_of(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.kind != Kind::Info; });
    endResetModel();
}

int AuditDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool marked =
        row.kind == Kind::Changed || row.kind == Kind::Added || row.kind == Kind::Removed;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Field:
            return row.field;
        case Before:
            return row.before;
        case After:
            return row.after;
        case Change:
            switch (row.kind) {
            case Kind::Info:
                return QString();
            case Kind::Unchanged:
                return tr("same");
            case Kind::Changed:
                return tr("changed");
            case Kind::Added:
                return tr("added");
            case Kind::Removed:
                return tr("removed");
            }
        }
        return {};
    case Qt::BackgroundRole:
        if (!marked)
            return {};
        if (isDarkPalette())
            return QBrush(row.kind == Kind::Removed ? QColor(0x5a, 0x2a, 0x2a)
                                                    : QColor(0x5a, 0x4a, 0x1e));
        return QBrush(row.kind == Kind::Removed ? QColor(0xfb, 0xe0, 0xe0)
                                                : QColor(0xff, 0xf1, 0xc2));
    case Qt::FontRole:
        if (marked && index.column() != Before) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace remotegpu::ui
