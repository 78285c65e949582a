#pragma once

#include "CustomerApi.h"
#include "SectionView.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;

// The signed-in person's own account: name, phone, avatar and (owners) company, checked as
// typed with the server's own rules and the problem shown under the field; Save sends only what
// changed and puts the server's field errors under the same fields. Below, which notifications
// to receive (saved with the same button).
class ProfileView : public SectionView
{
    Q_OBJECT

public:
    ProfileView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    // The editable fields by their JSON names (displayName, fullName, phone, avatarUrl, company).
    QLineEdit *editor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    QCheckBox *preference(const QString &key) const { return m_preferences.value(key); }
    const std::optional<Customer> &profile() const { return m_profile; }
    bool isLoaded() const { return m_profile.has_value() && m_preferencesLoaded; }

    // Sends the changes; false (and nothing sent) when a field is invalid or nothing changed.
    bool save();

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed();

private:
    void load();
    void showProfile(const Customer &profile);
    void showPreferences(const CustomerApi::NotificationPreferences &preferences);
    // The changed fields; `errors` gets the local validation's problems.
    QJsonObject changes(QList<FieldError> *errors) const;
    CustomerApi::NotificationPreferences chosenPreferences() const;
    void showFieldErrors(const QList<FieldError> &errors);
    void updateSaveButton();
    void answered();

    CustomerApi m_api;
    bool m_activated = false;
    bool m_preferencesLoaded = false;
    int m_saving = 0;
    bool m_saveFailed = false;
    std::optional<Customer> m_profile;
    CustomerApi::NotificationPreferences m_savedPreferences;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_account = nullptr;
    QHash<QString, QLineEdit *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QCheckBox *> m_preferences;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace remotegpu::ui
