#include "CsvReader.h"

#include <QStringDecoder>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNotUtf8 =
    u"The file is not UTF-8; save it as 'CSV UTF-8' in your spreadsheet program"_s;

// ICU's GBK (Windows code page 936) maps bytes GBK leaves unassigned, such as 0xFF, to private-use
// characters instead of reporting an error; real spreadsheet text has none, so finding one means
// the bytes were not GBK either.
bool looksDecoded(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
            return false;
    }
    return true;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

bool CsvReader::gbkAvailable()
{
    // QStringDecoder only knows names beyond the UTF/Latin-1 family when Qt was
    // built with ICU.
    return QStringDecoder("GBK").isValid();
}

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF"))
        return Error::badRequest(kNotUtf8 + u" (it is UTF-16)"_s, {{u"file"_s, kNotUtf8}});
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);

    // Stateless so a truncated sequence at the end counts as an error instead of
    // being held back.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = u"UTF-8"_s;
        return text;
    }
    QStringDecoder gbk("GBK", QStringDecoder::Flag::Stateless);
    if (gbk.isValid()) {
        text = gbk.decode(view);
        if (!gbk.hasError() && looksDecoded(text)) {
            if (encoding)
                *encoding = u"GBK"_s;
            return text;
        }
    }
    return Error::badRequest(kNotUtf8, {{u"file"_s, kNotUtf8}});
}

Result<QList<CsvRecord>> CsvReader::parseText(QStringView text)
{
    QList<CsvRecord> records;
    QStringList fields;
    QString field;
    int line = 1;       // physical line of the current character
    int recordLine = 1; // physical line the current record began on
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field: only , or a line end may follow
    bool fieldStarted = false;
    int quoteLine = 0;

    auto endRecord = [&] {
        fields.append(field);
        field.clear();
        if (!isBlank(fields))
            records.append(CsvRecord{recordLine, fields});
        fields.clear();
        afterQuote = false;
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                    // CRLF inside a field is one line break; keep it as \n like the rest.
                    field.append(u'\n');
                    ++i;
                    ++line;
                } else {
                    if (c == u'\n' || c == u'\r')
                        ++line;
                    field.append(c == u'\r' ? u'\n' : c);
                }
            }
            continue;
        }
        if (c == u',') {
            fields.append(field);
            field.clear();
            afterQuote = false;
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            return Error::badRequest(
                u"Line %1: text after a closing quote; a field that holds a quote must be quoted as a whole, with the quote doubled (\"\")"_s
                    .arg(line),
                {{u"file"_s, u"line %1: text after a closing quote"_s.arg(line)}});
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            // A quote inside an unquoted field is kept as is (lenient, like
            // spreadsheets).
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error::badRequest(
            u"Line %1: a quoted field is never closed"_s.arg(quoteLine),
            {{u"file"_s, u"line %1: a quoted field is never closed"_s.arg(quoteLine)}});
    if (!field.isEmpty() || !fields.isEmpty() || afterQuote)
        endRecord();
    return records;
}

Result<CsvReader::Document> CsvReader::read(const QByteArray &bytes)
{
    Document doc;
    auto text = decode(bytes, &doc.encoding);
    if (!text)
        return text.error();
    auto records = parseText(*text);
    if (!records)
        return records.error();
    doc.records = std::move(*records);
    return doc;
}

} // namespace remotegpu
