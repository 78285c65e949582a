#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace remotegpu {

// One CSV record and the physical line (1-based) it starts on, so an error can
// point a person at the line their editor shows even when an earlier quoted
// field spans several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

// An RFC 4180 reader for files people export from spreadsheets: UTF-8 with or
// without a BOM, CRLF or LF (or a lone CR) line ends, quoted fields holding
// commas, doubled quotes and line breaks. Files that are not UTF-8 are decoded
// as GBK when this Qt can (an Excel "CSV" saved on a Chinese Windows is GBK),
// else refused with a message that says how to save them right. Records whose
// fields are all blank (empty lines, ",,,," rows spreadsheets append) are
// dropped.
class CsvReader
{
public:
    struct Document
    {
        QList<CsvRecord> records;
        QString encoding; // "UTF-8" or "GBK": what the bytes were read as
    };

    // Bytes → text. An Error (400) when they are neither UTF-8 nor (where
    // available) GBK.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding = nullptr);
    // Text → records. An Error (400) naming the line of a quote that is never
    // closed or of text after a closing quote.
    static Result<QList<CsvRecord>> parseText(QStringView text);
    static Result<Document> read(const QByteArray &bytes);

    // Whether this Qt build can decode GBK (it needs ICU); checked at run time,
    // not assumed.
    static bool gbkAvailable();
};

} // namespace remotegpu
