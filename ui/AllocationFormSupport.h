#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

namespace remotegpu::ui {

// The labels a dialog shows beside its fields for the field errors of its own checks and of the
// server's 400, by the field's JSON name. A label stays hidden while its field is fine.
class FieldErrorLabels
{
public:
    // A hidden label for `field`, to put under the field's widget.
    QLabel *add(const QString &field, QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setObjectName(field + QStringLiteral("Error"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, QColor(0xd0, 0x3b, 0x3b));
        label->setPalette(p);
        label->hide();
        m_labels.insert(field, label);
        return label;
    }
    // `field` with its error label under it, as one widget for a form row: the hidden label
    // takes no room.
    QWidget *withError(const QString &field, QWidget *widget, QWidget *parent)
    {
        auto *box = new QWidget(parent);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(widget);
        layout->addWidget(add(field, box));
        return box;
    }
    QWidget *withError(const QString &field, QLayout *inner, QWidget *parent)
    {
        auto *box = new QWidget(parent);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addLayout(inner);
        layout->addWidget(add(field, box));
        return box;
    }
    void clear()
    {
        for (QLabel *l : std::as_const(m_labels)) {
            l->clear();
            l->hide();
        }
    }
    // Shows `message` beside `field`; false when the dialog has no such field.
    bool set(const QString &field, const QString &message)
    {
        QLabel *l = m_labels.value(field);
        if (!l)
            return false;
        l->setText(
            QCoreApplication::translate("remotegpu::ui::FieldErrorLabels", "⚠ %1").arg(message));
        l->show();
        return true;
    }
    // Shows each of the error's field errors beside its field; true when every one found its
    // label (the caller shows the rest in an error dialog otherwise).
    bool show(const Error &error)
    {
        bool all = !error.fieldErrors.isEmpty();
        for (const FieldError &f : error.fieldErrors)
            all = set(f.field, f.message) && all;
        return all;
    }
    bool any() const
    {
        for (QLabel *l : m_labels)
            if (!l->isHidden())
                return true;
        return false;
    }

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace remotegpu::ui
