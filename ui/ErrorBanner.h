#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace remotegpu::ui {

// A strip a view shows above its content when loading or saving failed: the message a person
// can act on, the server's trace id (selectable, with a Copy button, to quote to an operator),
// and Retry when the view can try again. Hidden while there is nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `context` says what failed ("Loading machines failed"); the error says why.
    void showError(const QString &context, const Error &error, bool canRetry = true);
    void clear();
    QString text() const;
    QString traceId() const { return m_traceId; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message;
    QPushButton *m_copy;
    QPushButton *m_retry;
    QString m_traceId;
};

// A modal-less message box for a failed action ("Deleting node-07 failed"), with the trace id
// selectable and a button that copies it. Opened with open(), deleted on close.
void showErrorDialog(QWidget *parent, const QString &context, const Error &error);

// "message\n• field: problem" for an error with field errors, for labels and tooltips.
QString describeError(const Error &error);

} // namespace remotegpu::ui
