#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace remotegpu {

// Builds a CSV download the way spreadsheets open it safely: UTF-8 with a byte-order mark (so
// Excel does not read it as the local code page), CRLF line ends and RFC 4180 quoting (a cell
// with a comma, quote, CR or LF is wrapped in quotes, quotes doubled). Text cells that a
// spreadsheet would run as a formula — starting with = + - @, a tab or a CR — get a leading
// apostrophe (OWASP "CSV injection"): a tenant named "=HYPERLINK(…)" must come out as text.
// Numbers added as numbers are written as they are: they come from the server, not from a
// person, and "-3" must stay a number.
class CsvWriter
{
public:
    explicit CsvWriter(bool withByteOrderMark = true);

    // One row of text cells, each neutralised and quoted as needed.
    void addRow(const QStringList &cells);
    // One row of typed cells: integers and floating-point numbers are written as numbers,
    // null/invalid as an empty cell, anything else as text (neutralised and quoted).
    void addValues(const QVariantList &cells);

    int rowCount() const { return m_rows; }
    // The whole document so far, as UTF-8 bytes.
    QByteArray data() const { return m_data; }

    // A text cell as it will appear in the file: neutralised, then quoted if needed.
    static QString textCell(const QString &text);
    // A number without exponent noise for ordinary magnitudes: 2, 0.5, 12.3456 (up to 6
    // decimals, trailing zeros dropped).
    static QString numberCell(double value);

private:
    void appendLine(const QStringList &encodedCells);

    QByteArray m_data;
    int m_rows = 0;
};

} // namespace remotegpu
