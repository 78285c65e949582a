#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace remotegpu::ui {

// The frame every section of the main window shares: a title, one line saying what the section
// is for, and the section's own content below them.
class SectionView : public QWidget
{
    Q_OBJECT

public:
    SectionView(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

protected:
    // Where a section puts its own widgets, under the title and description.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QLabel *m_title;
    QLabel *m_description;
    QVBoxLayout *m_content;
};

} // namespace remotegpu::ui
