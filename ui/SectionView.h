#pragma once

#include <QJsonObject>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace remotegpu {
class ApiClient;
} // namespace remotegpu

namespace remotegpu::ui {

// The frame every section of the main window shares: a title, one line saying what the section
// is for, and the section's own content below them. The main window drives a section through
// the virtual calls (shown, refresh, search, new, open filtered); a section asks the main window
// to open another one through openSectionRequested.
class SectionView : public QWidget
{
    Q_OBJECT

public:
    SectionView(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

    // The section became the visible one. Sections load their data here the first time (not in
    // their constructor: a signed-out console must not send requests).
    virtual void activate() {}
    // F5 / View ▸ Refresh: load again what is shown, keeping the selection.
    virtual void refresh() {}
    // Ctrl+F: put the keyboard focus in the section's search or filter field.
    virtual void focusSearch() {}
    // Ctrl+N: start creating the section's kind of item (a machine, a customer, …).
    virtual void createNew() {}
    // Opens the section showing only what `filters` selects: the same field → value object the
    // list API takes (e.g. {"status":"offline"}); the dashboard's cards and lists use it.
    virtual void applyFilters(const QJsonObject &filters) { Q_UNUSED(filters); }
    // The session changed (signed out, or another account): forget what was loaded.
    virtual void resetForNewSession() {}

Q_SIGNALS:
    // Asks the main window to show another section (MainWindow::Section as int), filtered.
    void openSectionRequested(int section, const QJsonObject &filters);
    // A short notice for the status bar ("3 machines imported").
    void statusMessage(const QString &message);

protected:
    // Where a section puts its own widgets, under the title and description.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QLabel *m_title;
    QLabel *m_description;
    QVBoxLayout *m_content;
};

} // namespace remotegpu::ui
