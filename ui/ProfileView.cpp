#include "ProfileView.h"

#include "ErrorBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The fields a person may change on their own account (docs/api.md, settings/profile).
const QStringList kFields{u"displayName"_s, u"fullName"_s, u"phone"_s, u"avatarUrl"_s,
                          u"company"_s};

QString valueOf(const Customer &c, const QString &field)
{
    if (field == u"displayName"_s)
        return c.displayName;
    if (field == u"fullName"_s)
        return c.fullName;
    if (field == u"phone"_s)
        return c.phone;
    if (field == u"avatarUrl"_s)
        return c.avatarUrl;
    return c.company;
}

} // namespace

ProfileView::ProfileView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Profile"),
                  tr("Your own account: how your name is shown, how to reach you, and which "
                     "notifications you receive."),
                  parent)
    , m_api(api)
{
    Q_UNUSED(session);
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &ProfileView::refresh);
    contentLayout()->addWidget(m_banner);

    // A form of short fields reads better at a form's width than stretched across the window.
    auto *page = new QWidget(this);
    page->setMaximumWidth(760);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *accountBox = new QGroupBox(tr("Account"), page);
    auto *form = new QFormLayout(accountBox);
    m_account = new QLabel(accountBox);
    m_account->setObjectName(u"profileAccount"_s);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Signed in as"), m_account);
    const QList<QPair<QString, QString>> labels{{u"displayName"_s, tr("Display name")},
                                                {u"fullName"_s, tr("Full name")},
                                                {u"phone"_s, tr("Phone")},
                                                {u"avatarUrl"_s, tr("Avatar URL")},
                                                {u"company"_s, tr("Company")}};
    for (const auto &[field, label] : labels) {
        auto *cell = new QWidget(accountBox);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *edit = new QLineEdit(cell);
        edit->setObjectName(u"profile_"_s + field);
        auto *error = new QLabel(cell);
        error->setObjectName(u"profileError_"_s + field);
        error->setStyleSheet(u"color: #c0392b;"_s);
        error->setWordWrap(true);
        error->hide();
        cellLayout->addWidget(edit);
        cellLayout->addWidget(error);
        form->addRow(label, cell);
        m_editors.insert(field, edit);
        m_errors.insert(field, error);
        // Checked as typed, with the rules the server applies.
        connect(edit, &QLineEdit::textChanged, this, [this] {
            QList<FieldError> errors;
            changes(&errors);
            showFieldErrors(errors);
            updateSaveButton();
        });
    }
    m_editors.value(u"avatarUrl"_s)->setPlaceholderText(u"https://example.com/me.png"_s);
    pageLayout->addWidget(accountBox);

    auto *notifyBox = new QGroupBox(tr("Notifications"), page);
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    const QList<QPair<QString, QString>> preferences{
        {u"email"_s, tr("Also send notifications by email")},
        {u"expiryReminders"_s, tr("Remind me before an allocation ends")},
        {u"alerts"_s, tr("Alerts on my team's machines")},
        {u"taskUpdates"_s, tr("When a task starts, finishes or fails")}};
    for (const auto &[key, label] : preferences) {
        auto *box = new QCheckBox(label, notifyBox);
        box->setObjectName(u"notify_"_s + key);
        notifyLayout->addWidget(box);
        m_preferences.insert(key, box);
        connect(box, &QCheckBox::toggled, this, &ProfileView::updateSaveButton);
    }
    pageLayout->addWidget(notifyBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Revert"), page);
    m_revert->setObjectName(u"profileRevert"_s);
    m_save = new QPushButton(tr("Save"), page);
    m_save->setObjectName(u"profileSave"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    pageLayout->addLayout(buttons);
    contentLayout()->addWidget(page);
    contentLayout()->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ProfileView::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_profile)
            showProfile(*m_profile);
        showPreferences(m_savedPreferences);
    });
    updateSaveButton();
}

void ProfileView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    load();
}

void ProfileView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    load();
}

void ProfileView::resetForNewSession()
{
    m_activated = false;
    m_profile.reset();
    m_preferencesLoaded = false;
    m_banner->clear();
    m_account->clear();
    for (QLineEdit *edit : std::as_const(m_editors))
        edit->clear();
    showFieldErrors({});
    updateSaveButton();
}

void ProfileView::load()
{
    m_api.profile(this, [this](Result<Customer> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading your profile failed"), answer.error());
            return;
        }
        m_banner->clear();
        showProfile(*answer);
        if (isLoaded())
            Q_EMIT loaded();
    });
    m_api.notificationPreferences(this, [this](
                                            Result<CustomerApi::NotificationPreferences> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading your notification settings failed"), answer.error());
            return;
        }
        m_preferencesLoaded = true;
        showPreferences(*answer);
        if (isLoaded())
            Q_EMIT loaded();
    });
}

void ProfileView::showProfile(const Customer &profile)
{
    m_profile = profile;
    m_account->setText(profile.email.isEmpty() ? profile.username
                                               : u"%1 · %2"_s.arg(profile.username, profile.email));
    for (const QString &field : kFields) {
        QLineEdit *edit = m_editors.value(field);
        const QSignalBlocker blocker(edit);
        edit->setText(valueOf(profile, field));
    }
    // The company is the tenant's: only its owner changes it.
    const bool owner = profile.role == Role::CustomerOwner;
    QLineEdit *company = m_editors.value(u"company"_s);
    company->setReadOnly(!owner);
    company->setToolTip(owner ? QString() : tr("Only the account owner changes the company."));
    showFieldErrors({});
    updateSaveButton();
}

void ProfileView::showPreferences(const CustomerApi::NotificationPreferences &preferences)
{
    m_savedPreferences = preferences;
    const QList<QPair<QString, bool>> values{{u"email"_s, preferences.email},
                                             {u"expiryReminders"_s, preferences.expiryReminders},
                                             {u"alerts"_s, preferences.alerts},
                                             {u"taskUpdates"_s, preferences.taskUpdates}};
    for (const auto &[key, value] : values) {
        QCheckBox *box = m_preferences.value(key);
        const QSignalBlocker blocker(box);
        box->setChecked(value);
    }
    updateSaveButton();
}

CustomerApi::NotificationPreferences ProfileView::chosenPreferences() const
{
    CustomerApi::NotificationPreferences p;
    p.email = m_preferences.value(u"email"_s)->isChecked();
    p.expiryReminders = m_preferences.value(u"expiryReminders"_s)->isChecked();
    p.alerts = m_preferences.value(u"alerts"_s)->isChecked();
    p.taskUpdates = m_preferences.value(u"taskUpdates"_s)->isChecked();
    return p;
}

QJsonObject ProfileView::changes(QList<FieldError> *errors) const
{
    QJsonObject body;
    if (!m_profile)
        return body;
    for (const QString &field : kFields) {
        const QString text = m_editors.value(field)->text().trimmed();
        if (text != valueOf(*m_profile, field))
            body.insert(field, text);
    }
    // The same check the server makes, on a copy holding the new values.
    Customer draft = *m_profile;
    const QList<FieldError> found = draft.applyTextFields(body, body.keys());
    if (errors)
        *errors = found;
    return body;
}

void ProfileView::showFieldErrors(const QList<FieldError> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QString message;
        for (const FieldError &e : errors) {
            if (e.field == it.key()) {
                message = e.message;
                break;
            }
        }
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        m_editors.value(it.key())->setStyleSheet(
            message.isEmpty() ? QString() : u"border: 1px solid #c0392b;"_s);
    }
}

void ProfileView::updateSaveButton()
{
    QList<FieldError> errors;
    const QJsonObject body = changes(&errors);
    const bool changed = !body.isEmpty() || chosenPreferences() != m_savedPreferences;
    m_save->setEnabled(m_profile && m_saving == 0 && changed && errors.isEmpty());
    m_revert->setEnabled(m_profile && m_saving == 0 && changed);
}

bool ProfileView::save()
{
    if (!m_profile || m_saving > 0)
        return false;
    QList<FieldError> errors;
    const QJsonObject body = changes(&errors);
    showFieldErrors(errors);
    if (!errors.isEmpty())
        return false;
    const CustomerApi::NotificationPreferences preferences = chosenPreferences();
    const bool preferencesChanged = preferences != m_savedPreferences;
    if (body.isEmpty() && !preferencesChanged)
        return false;
    m_saveFailed = false;
    if (!body.isEmpty()) {
        ++m_saving;
        m_api.updateProfile(body, this, [this](Result<Customer> answer) {
            if (!answer.ok()) {
                m_saveFailed = true;
                showFieldErrors(answer.error().fieldErrors);
                if (answer.error().fieldErrors.isEmpty())
                    showErrorDialog(this, tr("Saving your profile failed"), answer.error());
            } else {
                showProfile(*answer);
            }
            answered();
        });
    }
    if (preferencesChanged) {
        ++m_saving;
        m_api.updateNotificationPreferences(
            preferences, this, [this](Result<CustomerApi::NotificationPreferences> answer) {
                if (!answer.ok()) {
                    m_saveFailed = true;
                    showErrorDialog(this, tr("Saving your notification settings failed"),
                                    answer.error());
                } else {
                    showPreferences(*answer);
                }
                answered();
            });
    }
    updateSaveButton();
    return true;
}

void ProfileView::answered()
{
    if (--m_saving > 0)
        return;
    updateSaveButton();
    if (m_saveFailed) {
        Q_EMIT saveFailed();
        return;
    }
    Q_EMIT statusMessage(tr("Profile saved"));
    Q_EMIT saved();
}

} // namespace remotegpu::ui
