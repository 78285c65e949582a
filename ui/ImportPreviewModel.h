#pragma once

#include "CsvReader.h"
#include "Error.h"
#include "MachineCsv.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu::ui {

// A CSV file read and checked the way the server reads and checks it (common/MachineCsv), with
// the cells of every data row kept for showing. Built off the UI thread by load().
struct ImportPreview
{
    QByteArray bytes; // the file as it will be sent
    QString encoding; // "UTF-8" or "GBK"
    QStringList header;
    QList<CsvRecord> rows; // data rows, in file order
    QList<RowError> errors;

    // The file's bytes read and checked; an Error for a file that cannot be read, is not
    // UTF-8 (or GBK), is not CSV, or has a bad header. Runs anywhere: no widgets, no network.
    static Result<ImportPreview> fromBytes(QByteArray bytes);
    static Result<ImportPreview> load(const QString &path);
};

// Every data row of the file being imported, one column per CSV column after a verdict column,
// with the problems the console's checks and then the server's dry run found: a bad cell has a
// tinted background, a warning icon and its reasons as tooltip; a problem with the whole row (or
// a column the file lacks) is in the verdict column.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RowHasErrorsRole = Qt::UserRole + 1, // bool, on every cell of a row
        CellHasErrorRole,                    // bool
        LineRole,                            // int, the row's physical line in the file
    };
    static constexpr int VerdictColumn = 0;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(ImportPreview preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }
    bool isEmpty() const { return m_preview.header.isEmpty(); }

    // The server's verdicts (a dry run's or the import's report) join the console's own; each
    // call replaces the previous server verdicts.
    void setServerErrors(const QList<RowError> &errors);
    void clearServerErrors() { setServerErrors({}); }
    int serverOnlyErrorCount() const { return m_serverOnly; }

    int validRowCount() const { return int(m_preview.rows.size()) - invalidRowCount(); }
    int invalidRowCount() const { return int(m_rowIssues.size()); }
    // The bad cells, (row, column) in reading order: the verdict column stands for the row.
    QList<std::pair<int, int>> invalidCells() const { return m_cells; }
    // Column of a CSV column name, or -1.
    int columnOf(const QString &name) const;
    int rowOfLine(int line) const { return m_rowOfLine.value(line, -1); }
    // The rows with problems: the original cells, each row's reasons; for "save rejected rows".
    QStringList reasonsOfRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The verdicts changed (a new file, the server's answer).
    void verdictsChanged();

private:
    struct Issue
    {
        QString message;
        bool fromServer = false;
    };
    void rebuild();
    static quint64 key(int row, int column)
    {
        return (quint64(quint32(row)) << 32) | quint32(column);
    }

    ImportPreview m_preview;
    QList<RowError> m_serverErrors;
    QHash<int, int> m_rowOfLine;
    QHash<quint64, QList<Issue>> m_cellIssues; // (row, column) → problems
    QHash<int, QList<Issue>> m_rowIssues;      // row → every problem of the row
    QList<std::pair<int, int>> m_cells;
    int m_serverOnly = 0;
    QIcon m_warning;
    QIcon m_ok;
};

// Shows every row, or only the rows with problems.
class ImportPreviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool onlyErrors() const { return m_onlyErrors; }
    void setOnlyErrors(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyErrors = false;
};

} // namespace remotegpu::ui
