#include "CsvWriter.h"

#include <QMetaType>

#include <cmath>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

CsvWriter::CsvWriter(bool withByteOrderMark)
{
    if (withByteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

QString CsvWriter::textCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            cell.prepend(u'\'');
    }
    const bool needsQuotes =
        cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n');
    if (!needsQuotes)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return QChar(u'"') + cell + QChar(u'"');
}

QString CsvWriter::numberCell(double value)
{
    if (!std::isfinite(value))
        return {};
    QString s = QString::number(value, 'f', 6);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0"_s)
        s = u"0"_s;
    return s;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QString &c : cells)
        encoded.append(textCell(c));
    appendLine(encoded);
}

void CsvWriter::addValues(const QVariantList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QVariant &v : cells) {
        if (!v.isValid() || v.isNull()) {
            encoded.append(QString());
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            encoded.append(QString::number(v.toLongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            encoded.append(numberCell(v.toDouble()));
            break;
        default:
            encoded.append(textCell(v.toString()));
            break;
        }
    }
    appendLine(encoded);
}

void CsvWriter::appendLine(const QStringList &encodedCells)
{
    m_data.append(encodedCells.join(u',').toUtf8());
    m_data.append("\r\n");
    ++m_rows;
}

} // namespace remotegpu
