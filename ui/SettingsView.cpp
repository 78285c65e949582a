#include "SettingsView.h"

#include "ErrorBanner.h"
#include "Theme.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString fieldName(const QString &key)
{
    return u"setting."_s + key;
}

// "login_lockout_seconds" → "Login lockout" (the unit shows in the editor).
QString labelOf(const QString &key)
{
    QString text = key;
    for (const QString &unit : {u"_seconds"_s, u"_minutes"_s, u"_hours"_s, u"_days"_s}) {
        if (text.endsWith(unit)) {
            text.chop(unit.size());
            break;
        }
    }
    text.replace(u'_', u' ').replace(u'.', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A duration in seconds in the largest whole units: "15 min", "14 days", "1 h 30 min".
QString durationWords(qint64 seconds)
{
    if (seconds < 60)
        return {};
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;
    QStringList parts;
    if (days)
        parts << SettingsView::tr("%n day(s)", nullptr, int(days));
    if (hours)
        parts << SettingsView::tr("%1 h").arg(hours);
    if (minutes)
        parts << SettingsView::tr("%1 min").arg(minutes);
    if (rest)
        parts << SettingsView::tr("%1 s").arg(rest);
    return u"= "_s + parts.join(u' ');
}

QString errorStyle()
{
    return isDarkPalette() ? u"color: #ff8a80;"_s : u"color: #b3261e;"_s;
}

} // namespace

SettingsView::SettingsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Settings"),
                  tr("Platform-wide settings: sign-in limits, token lifetimes, allocation "
                     "reminders and agent reporting. Changes apply as soon as they are saved."),
                  parent)
    , m_api(api)
{
    Q_UNUSED(session);
    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SettingsView::load);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"settingsScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    contentLayout()->addWidget(m_scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(u"settingsState"_s);
    buttons->addWidget(m_state, 1);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"settingsRevert"_s);
    m_revert->setToolTip(tr("Put back the values the server holds"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"settingsSave"_s);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the changed settings (Ctrl+S)"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    contentLayout()->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    updateState();
}

QString SettingsView::groupOf(const QString &key)
{
    if (key.startsWith(u"login_"_s) || key.startsWith(u"password_"_s) ||
        key.startsWith(u"access_token"_s) || key.startsWith(u"refresh_token"_s))
        return tr("Sign-in and security");
    if (key.startsWith(u"allocation"_s) || key.startsWith(u"expiry_"_s))
        return tr("Allocations");
    if (key.startsWith(u"agent_"_s) || key.startsWith(u"host_"_s) || key.startsWith(u"metrics_"_s))
        return tr("Machines and monitoring");
    return tr("General");
}

QString SettingsView::unitSuffixOf(const QString &key)
{
    if (key.endsWith(u"_seconds"_s))
        return tr(" seconds");
    if (key.endsWith(u"_minutes"_s))
        return tr(" minutes");
    if (key.endsWith(u"_hours"_s))
        return tr(" hours");
    if (key.endsWith(u"_days"_s))
        return tr(" days");
    return {};
}

void SettingsView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    load();
}

void SettingsView::refresh()
{
    if (hasChanges()) {
        Q_EMIT statusMessage(tr("Save or revert your changes before reloading the settings"));
        return;
    }
    m_activated = true;
    load();
}

void SettingsView::resetForNewSession()
{
    m_activated = false;
    m_banner->clear();
    build({});
}

void SettingsView::load()
{
    m_state->setText(tr("Loading…"));
    m_api.list(this, [this](Result<SettingsApi::Settings> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading the settings failed"), answer.error());
            updateState();
            return;
        }
        m_banner->clear();
        present(*answer);
    });
}

void SettingsView::present(const QList<SystemSetting> &settings)
{
    bool sameShape = settings.size() == m_fields.size();
    for (qsizetype i = 0; sameShape && i < settings.size(); ++i)
        sameShape = settings.at(i).key == m_fields.at(i).setting.key &&
                    settings.at(i).type == m_fields.at(i).setting.type;
    if (!sameShape) {
        build(settings);
        return;
    }
    // The same settings: new values in place, so the scroll position and focus stay.
    for (qsizetype i = 0; i < settings.size(); ++i) {
        Field &f = m_fields[i];
        f.setting = settings.at(i);
        f.serverError.clear();
        setEditorValue(f, f.setting.value);
    }
    updateState();
}

void SettingsView::build(const QList<SystemSetting> &settings)
{
    m_fields.clear();
    auto *form = new QWidget;
    form->setObjectName(u"settingsForm"_s);
    auto *column = new QVBoxLayout(form);
    column->setContentsMargins(0, 0, 12, 0);

    QMap<QString, QList<SystemSetting>> groups;
    for (const SystemSetting &s : settings)
        groups[groupOf(s.key)].append(s);
    // General first, then the others alphabetically.
    QStringList order = groups.keys();
    if (order.removeOne(tr("General")))
        order.prepend(tr("General"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString &groupName : std::as_const(order)) {
        auto *box = new QGroupBox(groupName, form);
        auto *layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        layout->setVerticalSpacing(4);
        for (const SystemSetting &s : groups.value(groupName)) {
            Field f;
            f.setting = s;
            QWidget *editor = nullptr;
            auto *editorRow = new QHBoxLayout;
            switch (s.type) {
            case SettingType::Int: {
                auto *spin = new QSpinBox(box);
                spin->setRange(0, std::numeric_limits<int>::max()); // the server: whole, ≥ 0
                spin->setSuffix(unitSuffixOf(s.key));
                spin->setGroupSeparatorShown(true);
                spin->setMinimumWidth(160);
                spin->setAccelerated(true);
                // The line edit's own signal: QSpinBox says nothing while the text is not a
                // number (emptied), which is exactly when Save must go off.
                connect(spin, &QSpinBox::valueChanged, this, &SettingsView::updateState);
                if (auto *text = spin->findChild<QLineEdit *>())
                    connect(text, &QLineEdit::textChanged, this, &SettingsView::updateState);
                editor = spin;
                editorRow->addWidget(spin);
                if (s.key.endsWith(u"_seconds"_s)) {
                    f.hint = new QLabel(box);
                    f.hint->setForegroundRole(QPalette::PlaceholderText);
                    editorRow->addWidget(f.hint);
                }
                editorRow->addStretch(1);
                break;
            }
            case SettingType::Bool: {
                auto *check = new QCheckBox(tr("Enabled"), box);
                connect(check, &QCheckBox::toggled, this, [this, check](bool on) {
                    check->setText(on ? tr("Enabled") : tr("Disabled"));
                    updateState();
                });
                editor = check;
                editorRow->addWidget(check);
                editorRow->addStretch(1);
                break;
            }
            case SettingType::String: {
                auto *line = new QLineEdit(box);
                line->setMaxLength(1000);
                connect(line, &QLineEdit::textChanged, this, &SettingsView::updateState);
                editor = line;
                editorRow->addWidget(line);
                break;
            }
            case SettingType::Json: {
                auto *text = new QPlainTextEdit(box);
                text->setFont(fixed);
                text->setTabChangesFocus(true);
                text->setFixedHeight(text->fontMetrics().lineSpacing() * 6 + 12);
                connect(text, &QPlainTextEdit::textChanged, this, &SettingsView::updateState);
                editor = text;
                editorRow->addWidget(text);
                break;
            }
            }
            editor->setObjectName(fieldName(s.key));
            editor->setToolTip(s.key);
            f.editor = editor;

            auto *cell = new QVBoxLayout;
            cell->setSpacing(2);
            cell->addLayout(editorRow);
            auto *help = new QLabel(
                s.description.isEmpty() ? s.key : s.description + u"  ("_s + s.key + u')', box);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            help->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QFont small = help->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            help->setFont(small);
            cell->addWidget(help);
            f.error = new QLabel(box);
            f.error->setObjectName(u"settingError."_s + s.key);
            f.error->setWordWrap(true);
            f.error->setStyleSheet(errorStyle());
            f.error->hide();
            cell->addWidget(f.error);

            f.label = new QLabel(labelOf(s.key) + u':', box);
            f.label->setBuddy(editor);
            f.label->setToolTip(s.key);
            layout->addRow(f.label, cell);
            cell->addSpacing(6);
            m_fields.append(f);
            setEditorValue(m_fields.last(), s.value);
        }
        column->addWidget(box);
    }
    column->addStretch(1);
    delete m_form;
    m_form = form;
    m_scroll->setWidget(form);
    updateState();
}

void SettingsView::setEditorValue(Field &field, const QJsonValue &value)
{
    const QSignalBlocker block(field.editor);
    switch (field.setting.type) {
    case SettingType::Int:
        static_cast<QSpinBox *>(field.editor)
            ->setValue(
                int(std::clamp<qint64>(value.toInteger(), 0, std::numeric_limits<int>::max())));
        break;
    case SettingType::Bool: {
        auto *check = static_cast<QCheckBox *>(field.editor);
        check->setChecked(value.toBool());
        check->setText(value.toBool() ? tr("Enabled") : tr("Disabled"));
        break;
    }
    case SettingType::String:
        static_cast<QLineEdit *>(field.editor)->setText(value.toString());
        break;
    case SettingType::Json: {
        const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        static_cast<QPlainTextEdit *>(field.editor)
            ->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
        break;
    }
    }
}

QJsonValue SettingsView::editorValue(const Field &field, QString *problem) const
{
    switch (field.setting.type) {
    case SettingType::Int: {
        auto *spin = static_cast<QSpinBox *>(field.editor);
        if (!spin->hasAcceptableInput() || spin->cleanText().isEmpty()) {
            *problem = tr("Enter a whole number from %1 to %2")
                           .arg(spin->minimum())
                           .arg(QLocale().toString(spin->maximum()));
            return QJsonValue(QJsonValue::Undefined);
        }
        return qint64(spin->value());
    }
    case SettingType::Bool:
        return static_cast<QCheckBox *>(field.editor)->isChecked();
    case SettingType::String:
        return static_cast<QLineEdit *>(field.editor)->text();
    case SettingType::Json: {
        const QString text = static_cast<QPlainTextEdit *>(field.editor)->toPlainText();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            *problem = tr("Not valid JSON: %1 (at character %2)")
                           .arg(error.errorString())
                           .arg(error.offset);
            return QJsonValue(QJsonValue::Undefined);
        }
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        *problem = tr("Must be a JSON object {…} or array […]");
        return QJsonValue(QJsonValue::Undefined);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool SettingsView::hasChanges() const
{
    return !changedValues().isEmpty() || !isValid();
}

bool SettingsView::isValid() const
{
    for (const Field &f : m_fields) {
        QString problem;
        if (editorValue(f, &problem).isUndefined())
            return false;
    }
    return true;
}

QJsonObject SettingsView::changedValues() const
{
    QJsonObject changed;
    for (const Field &f : m_fields) {
        QString problem;
        const QJsonValue v = editorValue(f, &problem);
        if (!v.isUndefined() && v != f.setting.value)
            changed.insert(f.setting.key, v);
    }
    return changed;
}

void SettingsView::updateState()
{
    int changed = 0;
    int invalid = 0;
    for (Field &f : m_fields) {
        QString problem;
        const QJsonValue v = editorValue(f, &problem);
        const bool isChanged = v.isUndefined() || v != f.setting.value;
        if (v.isUndefined())
            ++invalid;
        else if (isChanged)
            ++changed;
        if (problem.isEmpty() && !f.serverError.isEmpty())
            problem = f.serverError;
        f.error->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
        f.error->setVisible(!problem.isEmpty());
        // A changed setting's label in italics with a marker, so the edits can be found.
        QFont font = f.label->font();
        font.setItalic(isChanged);
        f.label->setFont(font);
        QString label = labelOf(f.setting.key) + u':';
        if (isChanged)
            label.prepend(u"• "_s);
        f.label->setText(label);
        if (f.hint && f.setting.type == SettingType::Int)
            f.hint->setText(durationWords(static_cast<QSpinBox *>(f.editor)->value()));
    }
    m_save->setEnabled(!m_saving && changed > 0 && invalid == 0);
    m_revert->setEnabled(!m_saving && (changed > 0 || invalid > 0));
    if (m_saving)
        m_state->setText(tr("Saving…"));
    else if (m_fields.isEmpty())
        m_state->setText(QString());
    else if (invalid > 0)
        m_state->setText(tr("%n setting(s) to correct before saving", nullptr, invalid));
    else if (changed > 0)
        m_state->setText(tr("%n unsaved change(s)", nullptr, changed));
    else
        m_state->setText(tr("No unsaved changes"));
}

void SettingsView::save()
{
    const QJsonObject values = changedValues();
    if (values.isEmpty() || !isValid() || m_saving)
        return;
    m_saving = true;
    for (Field &f : m_fields)
        f.serverError.clear();
    updateState();
    m_api.update(values, this, [this](Result<SettingsApi::Settings> answer) {
        m_saving = false;
        if (!answer.ok()) {
            const Error &error = answer.error();
            for (const FieldError &fe : error.fieldErrors) {
                if (Field *f = fieldOf(fe.field))
                    f->serverError = fe.message;
            }
            updateState();
            showErrorDialog(this, tr("Saving the settings failed"), error);
            return;
        }
        present(*answer);
        Q_EMIT statusMessage(tr("Settings saved"));
        Q_EMIT saved();
    });
}

void SettingsView::revert()
{
    for (Field &f : m_fields) {
        f.serverError.clear();
        setEditorValue(f, f.setting.value);
    }
    updateState();
}

SettingsView::Field *SettingsView::fieldOf(const QString &key)
{
    for (Field &f : m_fields)
        if (f.setting.key == key)
            return &f;
    return nullptr;
}

const SettingsView::Field *SettingsView::fieldOf(const QString &key) const
{
    for (const Field &f : m_fields)
        if (f.setting.key == key)
            return &f;
    return nullptr;
}

QWidget *SettingsView::editorFor(const QString &key) const
{
    const Field *f = fieldOf(key);
    return f ? f->editor : nullptr;
}

QLabel *SettingsView::errorLabelFor(const QString &key) const
{
    const Field *f = fieldOf(key);
    return f ? f->error : nullptr;
}

} // namespace remotegpu::ui
