#include "SshKeysView.h"

#include "ErrorBanner.h"
#include "SshPublicKey.h"
#include "Theme.h"
#include "TimeText.h"

#include <QAbstractTableModel>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

// The keys as a table: name, fingerprint, when added.
class SshKeysModel : public QAbstractTableModel
{
public:
    enum Column { Name, Fingerprint, Type, Added, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setKeys(QList<SshKey> keys)
    {
        beginResetModel();
        m_keys = std::move(keys);
        endResetModel();
    }
    const QList<SshKey> &keys() const { return m_keys; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_keys.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const SshKey &k = m_keys.at(index.row());
        if (role == Qt::UserRole)
            return k.id;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Name:
            return k.name;
        case Fingerprint:
            return k.fingerprint;
        case Type:
            return k.publicKey.section(u' ', 0, 0);
        case Added:
            return timetext::text(k.createdAt);
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Name:
            return SshKeysView::tr("Name");
        case Fingerprint:
            return SshKeysView::tr("Fingerprint");
        case Type:
            return SshKeysView::tr("Type");
        case Added:
            return SshKeysView::tr("Added");
        }
        return {};
    }

private:
    QList<SshKey> m_keys;
};

SshKeysView::SshKeysView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("SSH keys"),
                  tr("The public keys that let you sign in to your machines. Paste a key or "
                     "choose its .pub file; the private key never leaves your computer."),
                  parent)
    , m_api(api)
{
    Q_UNUSED(session);
    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SshKeysView::load);

    m_model = new SshKeysModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"sshKeysTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SshKeysModel::Name, 200);
    m_table->setColumnWidth(SshKeysModel::Fingerprint, 430);
    m_table->setColumnWidth(SshKeysModel::Type, 140);
    m_table->setFont(m_table->font());
    contentLayout()->addWidget(m_table, 1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(u"sshKeyDelete"_s);
    m_delete->setEnabled(false);
    listButtons->addWidget(m_delete);
    contentLayout()->addLayout(listButtons);
    connect(m_delete, &QPushButton::clicked, this, &SshKeysView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *addBox = new QGroupBox(tr("Add a key"), this);
    auto *form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(u"sshKeyName"_s);
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("Optional; the key's comment when left empty"));
    form->addRow(tr("&Name:"), m_name);
    m_paste = new QPlainTextEdit(addBox);
    m_paste->setObjectName(u"sshKeyPaste"_s);
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setPlaceholderText(tr("ssh-ed25519 AAAA… you@laptop"));
    m_paste->setTabChangesFocus(true);
    m_paste->setFixedHeight(m_paste->fontMetrics().lineSpacing() * 4 + 12);
    auto *choose = new QPushButton(tr("Choose .pub file…"), addBox);
    choose->setObjectName(u"sshKeyChoose"_s);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(choose, 0, Qt::AlignTop);
    auto *pasteLabel = new QLabel(tr("&Public key:"), addBox);
    pasteLabel->setBuddy(m_paste);
    form->addRow(pasteLabel, pasteRow);
    m_preview = new QLabel(addBox);
    m_preview->setObjectName(u"sshKeyPreview"_s);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Fingerprint:"), m_preview);
    m_error = new QLabel(addBox);
    m_error->setObjectName(u"sshKeyError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(isDarkPalette() ? u"color: #ff8a80;"_s : u"color: #b3261e;"_s);
    m_error->hide();
    form->addRow(QString(), m_error);
    m_add = new QPushButton(tr("Add key"), addBox);
    m_add->setObjectName(u"sshKeyAdd"_s);
    m_add->setEnabled(false);
    form->addRow(QString(), m_add);
    contentLayout()->addWidget(addBox);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &SshKeysView::updatePreview);
    connect(choose, &QPushButton::clicked, this, &SshKeysView::chooseFile);
    connect(m_add, &QPushButton::clicked, this, &SshKeysView::addPastedKey);
    updatePreview();
}

const QList<SshKey> &SshKeysView::keys() const
{
    return m_model->keys();
}

void SshKeysView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    load();
}

void SshKeysView::refresh()
{
    m_activated = true;
    load();
}

void SshKeysView::createNew()
{
    m_paste->setFocus(Qt::ShortcutFocusReason);
}

void SshKeysView::resetForNewSession()
{
    m_activated = false;
    m_loaded = false;
    m_model->setKeys({});
    m_paste->clear();
    m_name->clear();
    m_banner->clear();
}

void SshKeysView::load()
{
    m_api.sshKeys(this, [this](Result<QList<SshKey>> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading your SSH keys failed"), answer.error());
            return;
        }
        m_banner->clear();
        m_model->setKeys(std::move(answer).value());
        m_loaded = true;
    });
}

void SshKeysView::updatePreview()
{
    const QString text = m_paste->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_preview->setText(tr("—"));
        m_error->hide();
        m_add->setEnabled(false);
        return;
    }
    const Result<SshPublicKey> key = SshPublicKey::parse(text);
    if (!key.ok()) {
        m_preview->setText(tr("—"));
        m_error->setText(tr("⚠ %1").arg(key.error().fieldErrors.isEmpty()
                                            ? key.error().message
                                            : key.error().fieldErrors.first().message));
        m_error->show();
        m_add->setEnabled(false);
        return;
    }
    m_preview->setText(tr("%1  (%2, %3 bits)").arg(key->fingerprint(), key->type).arg(key->bits));
    m_error->hide();
    m_add->setEnabled(true);
}

void SshKeysView::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a public key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Public keys (*.pub)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::HomeLocation) +
                         u"/.ssh"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &SshKeysView::loadKeyFile);
    dialog->open();
}

void SshKeysView::loadKeyFile(const QString &path)
{
    QFile file(path);
    // A public key line is short; anything much larger is not one (and is not read whole).
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        m_error->setText(tr("⚠ Cannot read %1").arg(QDir::toNativeSeparators(path)));
        m_error->show();
        return;
    }
    m_paste->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
}

bool SshKeysView::addPastedKey()
{
    const QString text = m_paste->toPlainText().trimmed();
    const Result<SshPublicKey> key = SshPublicKey::parse(text);
    if (!key.ok()) {
        updatePreview();
        return false;
    }
    m_add->setEnabled(false);
    m_api.addSshKey(m_name->text(), key->line(), this, [this](Result<SshKey> answer) {
        updatePreview();
        if (!answer.ok()) {
            const Error &error = answer.error();
            if (!error.fieldErrors.isEmpty()) {
                m_error->setText(tr("⚠ %1").arg(error.fieldErrors.first().message));
                m_error->show();
            }
            showErrorDialog(this, tr("Adding the SSH key failed"), error);
            return;
        }
        const SshKey added = *answer;
        m_paste->clear();
        m_name->clear();
        Q_EMIT statusMessage(tr("SSH key %1 added").arg(added.name));
        Q_EMIT keyAdded(added);
        load();
    });
    return true;
}

void SshKeysView::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const SshKey key = m_model->keys().at(current.row());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete SSH key"),
                                tr("Delete the key “%1” (%2)? You will no longer be able to sign "
                                   "in to your machines with it.")
                                    .arg(key.name, key.fingerprint),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"sshKeyDeleteConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, key] {
        m_api.deleteSshKey(key.id, this, [this, key](Result<void> answer) {
            if (!answer.ok()) {
                showErrorDialog(this, tr("Deleting the SSH key failed"), answer.error());
                return;
            }
            Q_EMIT statusMessage(tr("SSH key %1 deleted").arg(key.name));
            Q_EMIT keyDeleted(key.id);
            load();
        });
    });
    box->open();
}

} // namespace remotegpu::ui
