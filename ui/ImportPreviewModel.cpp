#include "ImportPreviewModel.h"

#include "Theme.h"

#include <QApplication>
#include <QColor>
#include <QFile>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

Result<ImportPreview> ImportPreview::fromBytes(QByteArray bytes)
{
    QString encoding;
    auto text = CsvReader::decode(bytes, &encoding);
    if (!text) {
        Error e = text.error();
        e.message = ImportPreviewModel::tr(
                        "This file is not UTF-8 text (%1). In your spreadsheet program use "
                        "File > Save As… with the type \"CSV UTF-8 (Comma delimited)\", or "
                        "choose UTF-8 as the encoding when you export, then choose the new file.")
                        .arg(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
                                 ? ImportPreviewModel::tr("it is UTF-16, \"Unicode text\"")
                                 : ImportPreviewModel::tr("nor GBK"));
        return e;
    }
    auto records = CsvReader::parseText(*text);
    if (!records)
        return records.error();
    auto file = MachineCsv::parseRecords(*records);
    if (!file)
        return file.error();
    ImportPreview p;
    p.bytes = std::move(bytes);
    p.encoding = encoding;
    p.header = file->header;
    p.rows = records->mid(1);
    p.errors = std::move(file->errors);
    return p;
}

Result<ImportPreview> ImportPreview::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badRequest(
            ImportPreviewModel::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return fromBytes(f.readAll());
}

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_ok(QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton))
{}

void ImportPreviewModel::setPreview(ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_serverErrors.clear();
    m_rowOfLine.clear();
    m_rowOfLine.reserve(m_preview.rows.size());
    for (int i = 0; i < m_preview.rows.size(); ++i)
        m_rowOfLine.insert(m_preview.rows.at(i).line, i);
    rebuild();
    endResetModel();
    Q_EMIT verdictsChanged();
}

void ImportPreviewModel::clear()
{
    setPreview({});
}

void ImportPreviewModel::setServerErrors(const QList<RowError> &errors)
{
    m_serverErrors = errors;
    rebuild();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT verdictsChanged();
}

void ImportPreviewModel::rebuild()
{
    m_cellIssues.clear();
    m_rowIssues.clear();
    m_cells.clear();
    m_serverOnly = 0;
    const auto add = [this](const RowError &e, bool fromServer) {
        const int row = m_rowOfLine.value(e.line, -1);
        if (row < 0)
            return false;
        int column = columnOf(e.column);
        if (column < 0)
            column = VerdictColumn;
        auto &cell = m_cellIssues[key(row, column)];
        cell.append(Issue{e.message, fromServer});
        m_rowIssues[row].append(Issue{e.message, fromServer});
        return true;
    };
    for (const RowError &e : m_preview.errors)
        add(e, false);
    // The server runs the same checks first, so its report repeats ours: only what is new to
    // it (names and addresses already taken, tenants) is added.
    for (const RowError &e : m_serverErrors) {
        if (!m_preview.errors.contains(e) && add(e, true))
            ++m_serverOnly;
    }
    m_cells.reserve(m_cellIssues.size());
    for (auto it = m_cellIssues.cbegin(); it != m_cellIssues.cend(); ++it)
        m_cells.append({int(it.key() >> 32), int(it.key() & 0xffffffffu)});
    std::sort(m_cells.begin(), m_cells.end());
}

int ImportPreviewModel::columnOf(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    const qsizetype i = m_preview.header.indexOf(name);
    return i < 0 ? -1 : int(i) + 1;
}

QStringList ImportPreviewModel::reasonsOfRow(int row) const
{
    QStringList reasons;
    for (const Issue &i : m_rowIssues.value(row))
        reasons << i.message;
    return reasons;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_preview.header.isEmpty() ? 0 : int(m_preview.header.size()) + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const CsvRecord &record = m_preview.rows.at(row);
    const auto rowIssues = m_rowIssues.constFind(row);
    const bool rowBad = rowIssues != m_rowIssues.cend();

    if (role == RowHasErrorsRole)
        return rowBad;
    if (role == LineRole)
        return record.line;

    const auto cellIssues = m_cellIssues.constFind(key(row, column));
    const bool cellBad = cellIssues != m_cellIssues.cend();
    if (role == CellHasErrorRole)
        return cellBad;

    const auto describe = [](const QList<Issue> &issues) {
        QStringList lines;
        for (const Issue &i : issues)
            lines << (i.fromServer ? tr("Server: %1").arg(i.message) : i.message);
        return lines.join(u'\n');
    };

    if (column == VerdictColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (!rowBad)
                return tr("OK");
            return rowIssues->size() == 1
                       ? tr("1 problem")
                       : tr("%1 problems").arg(QLocale().toString(rowIssues->size()));
        case Qt::DecorationRole:
            return rowBad ? m_warning : m_ok;
        case Qt::ToolTipRole:
            return rowBad ? tr("Line %1:\n%2").arg(record.line).arg(describe(*rowIssues))
                          : tr("Line %1 is valid").arg(record.line);
        case Qt::BackgroundRole:
            if (cellBad)
                return isDarkPalette() ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xfd, 0xd8, 0xd8);
            return {};
        default:
            return {};
        }
    }

    const qsizetype field = column - 1;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = field < record.fields.size() ? record.fields.at(field) : QString();
        // One line per cell in the table; the tooltip has the whole text.
        if (text.contains(u'\n'))
            text = text.section(u'\n', 0, 0) + u" …"_s;
        return text;
    }
    case Qt::EditRole:
        return field < record.fields.size() ? record.fields.at(field) : QString();
    case Qt::DecorationRole:
        return cellBad ? QVariant(m_warning) : QVariant();
    case Qt::ToolTipRole:
        if (cellBad)
            return describe(*cellIssues);
        if (field < record.fields.size() && record.fields.at(field).size() > 40)
            return record.fields.at(field);
        return {};
    case Qt::BackgroundRole:
        if (cellBad)
            return isDarkPalette() ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xfd, 0xd8, 0xd8);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_preview.rows.at(section).line);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(m_preview.rows.at(section).line);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == VerdictColumn ? tr("Verdict") : m_preview.header.at(section - 1);
    if (role == Qt::ToolTipRole && section != VerdictColumn &&
        MachineCsv::requiredColumns().contains(m_preview.header.at(section - 1)))
        return tr("Required column");
    return {};
}

void ImportPreviewFilter::setOnlyErrors(bool only)
{
    if (only == m_onlyErrors)
        return;
    m_onlyErrors = only;
    invalidateRowsFilter();
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyErrors)
        return true;
    return sourceModel()
        ->index(sourceRow, 0, sourceParent)
        .data(ImportPreviewModel::RowHasErrorsRole)
        .toBool();
}

} // namespace remotegpu::ui
