#include "ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

QString describeError(const Error &error)
{
    QString text = error.message;
    for (const FieldError &field : error.fieldErrors) {
        if (field.message == error.message)
            continue;
        text += u"\n• "_s +
                (field.field.isEmpty() ? field.message : field.field + u": "_s + field.message);
    }
    return text;
}

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel)
    , m_copy(new QPushButton(tr("Copy trace id")))
    , m_retry(new QPushButton(tr("Retry")))
{
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xdd) : QColor(0x8a, 0x1c, 0x12));
    setPalette(p);

    m_message->setObjectName(u"errorBannerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(u"errorBannerCopy"_s);
    m_retry->setObjectName(u"errorBannerRetry"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_retry);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_traceId); });
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    hide();
}

void ErrorBanner::showError(const QString &context, const Error &error, bool canRetry)
{
    m_traceId = error.traceId;
    QString text =
        context.isEmpty() ? describeError(error) : context + u": "_s + describeError(error);
    if (!m_traceId.isEmpty())
        text += u"\n"_s + tr("Trace id: %1").arg(m_traceId);
    m_message->setText(text);
    m_copy->setVisible(!m_traceId.isEmpty());
    m_retry->setVisible(canRetry);
    show();
}

void ErrorBanner::clear()
{
    m_traceId.clear();
    m_message->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_message->text();
}

void showErrorDialog(QWidget *parent, const QString &context, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, context, describeError(error),
                                QMessageBox::Ok, parent);
    box->setObjectName(u"errorDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!error.traceId.isEmpty()) {
        box->setInformativeText(
            QCoreApplication::translate("remotegpu::ui::ErrorBanner", "Trace id: %1")
                .arg(error.traceId));
        QPushButton *copy = box->addButton(
            QCoreApplication::translate("remotegpu::ui::ErrorBanner", "Copy trace id"),
            QMessageBox::ActionRole);
        const QString traceId = error.traceId;
        // An ActionRole button would close the box; copying should leave it open.
        copy->disconnect();
        QObject::connect(copy, &QPushButton::clicked, box,
                         [traceId] { QApplication::clipboard()->setText(traceId); });
    }
    box->open();
}

} // namespace remotegpu::ui
