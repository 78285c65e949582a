#pragma once

#include "SectionView.h"
#include "SettingsApi.h"
#include "SystemSetting.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;

// The platform settings (admin) as a form: an editor fitting each setting's type (a spin box in
// the setting's unit for whole numbers, a check box for true/false, a line for text, a checked
// JSON editor for objects and arrays), grouped by subject, with each setting's description
// under it. Save sends only what changed and is enabled only when something changed and all of
// it is valid; the server's refusals appear beside the settings they name.
class SettingsView : public SectionView
{
    Q_OBJECT

public:
    SettingsView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    bool isLoaded() const { return !m_fields.isEmpty(); }
    bool hasChanges() const;
    bool isValid() const;
    // key → new value, for the settings edited to differ from what the server holds.
    QJsonObject changedValues() const;
    void save();
    void revert();

    // The editor of a setting (objectName "setting.<key>") and the label under it that shows
    // its problem (objectName "settingError.<key>"), for tests.
    QWidget *editorFor(const QString &key) const;
    QLabel *errorLabelFor(const QString &key) const;

    // The subject a setting is grouped under, from its key; the unit of a duration setting
    // from its suffix (empty for other keys).
    static QString groupOf(const QString &key);
    static QString unitSuffixOf(const QString &key);

Q_SIGNALS:
    void saved();

private:
    struct Field
    {
        SystemSetting setting;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *hint = nullptr;  // the duration in words, "= 14 days"
        QLabel *error = nullptr; // the local or server problem, hidden when none
        QString serverError;
    };

    void load();
    void present(const QList<SystemSetting> &settings);
    void build(const QList<SystemSetting> &settings);
    void setEditorValue(Field &field, const QJsonValue &value);
    // The editor's value, or an undefined value with `problem` set when it is not valid.
    QJsonValue editorValue(const Field &field, QString *problem) const;
    void updateState();
    Field *fieldOf(const QString &key);
    const Field *fieldOf(const QString &key) const;

    SettingsApi m_api;
    bool m_activated = false;
    bool m_saving = false;
    ErrorBanner *m_banner = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QList<Field> m_fields;
};

} // namespace remotegpu::ui
