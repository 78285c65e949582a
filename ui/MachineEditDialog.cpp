#include "MachineEditDialog.h"

#include "ErrorBanner.h"
#include "MachinesApi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

enum GpuColumn { GpuIndex, GpuName, GpuMemory, GpuColumnCount };

QString labelsToText(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << it.key() + u'=' + it.value().toVariant().toString();
    return parts.join(u", "_s);
}

// "a=1, b=2" → {"a":"1","b":"2"}; false when a part has no key.
bool textToLabels(const QString &text, QJsonObject &labels)
{
    labels = {};
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return false;
        labels.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return true;
}

} // namespace

MachineEditDialog::MachineEditDialog(MachinesApi *api, const Machine &machine, bool isNew,
                                     QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_original(machine)
    , m_isNew(isNew)
{
    setObjectName(u"machineEditDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(isNew ? tr("Add machine") : tr("Edit machine %1").arg(machine.name));

    auto *identity = new QGroupBox(tr("Identity and access"), this);
    auto *identityForm = new QFormLayout(identity);
    auto *system = new QGroupBox(tr("System and capacity"), this);
    auto *systemForm = new QFormLayout(system);

    auto row = [this](QFormLayout *form, const QString &label, QWidget *field,
                      const QString &name) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(errorLabel(name));
        form->addRow(label, box);
    };

    m_id = addLine(u"id"_s, u"machineIdEdit"_s);
    m_id->setPlaceholderText(tr("generated (node-…) when left empty"));
    m_id->setReadOnly(!isNew);
    m_name = addLine(u"name"_s, u"machineNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. BJ-GPU-07"));
    m_hostname = addLine(u"hostname"_s, u"machineHostnameEdit"_s);
    m_hostname->setPlaceholderText(tr("e.g. gpu07.dc1"));
    m_ipAddress = addLine(u"ipAddress"_s, u"machineIpEdit"_s);
    m_ipAddress->setPlaceholderText(tr("internal address, e.g. 10.0.0.5"));
    m_publicIp = addLine(u"publicIp"_s, u"machinePublicIpEdit"_s);
    m_publicIp->setPlaceholderText(tr("address customers connect to (optional)"));
    m_sshHost = addLine(u"sshHost"_s, u"machineSshHostEdit"_s);
    m_sshHost->setPlaceholderText(tr("e.g. gpu07.example.com"));
    m_sshPort = addSpin(u"sshPort"_s, u"machineSshPortSpin"_s, 0, 65535);
    m_winrmPort = addSpin(u"winrmPort"_s, u"machineWinrmPortSpin"_s, 0, 65535);
    m_winrmPort->setSpecialValueText(tr("none"));
    m_agentPort = addSpin(u"agentPort"_s, u"machineAgentPortSpin"_s, 0, 65535);
    m_region = addLine(u"region"_s, u"machineRegionEdit"_s);
    m_region->setPlaceholderText(tr("e.g. beijing"));

    row(identityForm, tr("&Id:"), m_id, u"id"_s);
    row(identityForm, tr("&Name:"), m_name, u"name"_s);
    row(identityForm, tr("&Host name:"), m_hostname, u"hostname"_s);
    row(identityForm, tr("&IP address:"), m_ipAddress, u"ipAddress"_s);
    row(identityForm, tr("&Public IP:"), m_publicIp, u"publicIp"_s);
    row(identityForm, tr("SSH &host:"), m_sshHost, u"sshHost"_s);
    row(identityForm, tr("SSH &port:"), m_sshPort, u"sshPort"_s);
    row(identityForm, tr("&WinRM port:"), m_winrmPort, u"winrmPort"_s);
    row(identityForm, tr("&Agent port:"), m_agentPort, u"agentPort"_s);
    row(identityForm, tr("&Region:"), m_region, u"region"_s);

    auto combo = [this](const QString &field, const QString &name, const QStringList &items,
                        bool editable) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->setEditable(editable);
        c->addItems(items);
        connect(c, &QComboBox::currentTextChanged, this, [this, field] {
            m_touched.insert(field);
            m_serverErrors.remove(field);
            revalidate();
        });
        return c;
    };
    m_osType = combo(u"osType"_s, u"machineOsTypeCombo"_s, {u"linux"_s, u"windows"_s}, false);
    m_osVersion = addLine(u"osVersion"_s, u"machineOsVersionEdit"_s);
    m_osVersion->setPlaceholderText(tr("e.g. Ubuntu 22.04"));
    m_arch = combo(u"arch"_s, u"machineArchCombo"_s, {u"x86_64"_s, u"aarch64"_s}, true);
    m_deploymentMode = combo(u"deploymentMode"_s, u"machineDeploymentCombo"_s,
                             {u"traditional"_s, u"kubernetes"_s, u"docker"_s}, false);
    m_k8sNodeName = addLine(u"k8sNodeName"_s, u"machineK8sNodeEdit"_s);
    m_totalCpu = addSpin(u"totalCpu"_s, u"machineCpuSpin"_s, 0, Machine::kMaxTotalCpu);
    m_totalCpu->setSuffix(tr(" cores"));
    m_totalMemoryGb = addSpin(u"totalMemoryGb"_s, u"machineMemorySpin"_s, 0, INT_MAX);
    m_totalMemoryGb->setSuffix(tr(" GB"));
    m_totalDiskGb = addSpin(u"totalDiskGb"_s, u"machineDiskSpin"_s, 0, INT_MAX);
    m_totalDiskGb->setSuffix(tr(" GB"));
    m_tags = addLine(u"tags"_s, u"machineTagsEdit"_s);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. nvlink, ib"));
    m_labels = addLine(u"labels"_s, u"machineLabelsEdit"_s);
    m_labels->setPlaceholderText(tr("key=value, comma-separated"));

    row(systemForm, tr("&OS:"), m_osType, u"osType"_s);
    row(systemForm, tr("OS &version:"), m_osVersion, u"osVersion"_s);
    row(systemForm, tr("A&rchitecture:"), m_arch, u"arch"_s);
    row(systemForm, tr("&Deployment:"), m_deploymentMode, u"deploymentMode"_s);
    row(systemForm, tr("&Kubernetes node:"), m_k8sNodeName, u"k8sNodeName"_s);
    row(systemForm, tr("&CPU:"), m_totalCpu, u"totalCpu"_s);
    row(systemForm, tr("&Memory:"), m_totalMemoryGb, u"totalMemoryGb"_s);
    row(systemForm, tr("Dis&k:"), m_totalDiskGb, u"totalDiskGb"_s);
    row(systemForm, tr("&Tags:"), m_tags, u"tags"_s);
    row(systemForm, tr("&Labels:"), m_labels, u"labels"_s);

    // GPUs: a small editable table (index, model, memory), one row per card.
    auto *gpuBox = new QGroupBox(tr("GPUs"), this);
    auto *gpuLayout = new QVBoxLayout(gpuBox);
    m_gpus = new QStandardItemModel(0, GpuColumnCount, this);
    m_gpus->setHorizontalHeaderLabels({tr("Index"), tr("Model"), tr("Memory (MiB)")});
    m_gpuTable = new QTableView(this);
    m_gpuTable->setObjectName(u"machineGpuTable"_s);
    m_gpuTable->setModel(m_gpus);
    m_gpuTable->verticalHeader()->hide();
    m_gpuTable->verticalHeader()->setDefaultSectionSize(m_gpuTable->fontMetrics().height() + 8);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(GpuName, QHeaderView::Stretch);
    m_gpuTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gpuTable->setMinimumHeight(120);
    auto *gpuButtons = new QHBoxLayout;
    auto *addGpu = new QPushButton(tr("Add GPU"), this);
    addGpu->setObjectName(u"machineAddGpuButton"_s);
    auto *removeGpu = new QPushButton(tr("Remove selected"), this);
    removeGpu->setObjectName(u"machineRemoveGpuButton"_s);
    m_gpuSummary = new QLabel(this);
    m_gpuSummary->setObjectName(u"machineGpuSummary"_s);
    gpuButtons->addWidget(addGpu);
    gpuButtons->addWidget(removeGpu);
    gpuButtons->addStretch();
    gpuButtons->addWidget(m_gpuSummary);
    gpuLayout->addWidget(m_gpuTable);
    gpuLayout->addLayout(gpuButtons);
    gpuLayout->addWidget(errorLabel(u"gpus"_s));
    connect(addGpu, &QPushButton::clicked, this, &MachineEditDialog::addGpuRow);
    connect(removeGpu, &QPushButton::clicked, this, &MachineEditDialog::removeGpuRows);

    m_serverError = new QLabel(this);
    m_serverError->setObjectName(u"machineServerError"_s);
    m_serverError->setWordWrap(true);
    m_serverError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverError->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; "
                                 "padding: 6px; border-radius: 3px;"_s);
    m_serverError->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"machineSaveButton"_s);
    if (isNew)
        m_saveButton->setText(tr("Add machine"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MachineEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(identity, 1);
    columns->addWidget(system, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(gpuBox, 1);
    layout->addWidget(m_serverError);
    layout->addWidget(m_buttons);

    // Fill from the machine.
    m_id->setText(machine.id);
    m_name->setText(machine.name);
    m_hostname->setText(machine.hostname);
    m_ipAddress->setText(machine.ipAddress);
    m_publicIp->setText(machine.publicIp);
    m_sshHost->setText(machine.sshHost);
    m_sshPort->setValue(machine.sshPort);
    m_winrmPort->setValue(machine.winrmPort.value_or(0));
    m_agentPort->setValue(machine.agentPort);
    m_osType->setCurrentText(machine.osType);
    m_osVersion->setText(machine.osVersion);
    m_arch->setCurrentText(machine.arch);
    m_deploymentMode->setCurrentText(machine.deploymentMode);
    m_k8sNodeName->setText(machine.k8sNodeName);
    m_region->setText(machine.region);
    m_totalCpu->setValue(machine.totalCpu);
    m_totalMemoryGb->setValue(int(std::min<qint64>(machine.totalMemoryGb, INT_MAX)));
    m_totalDiskGb->setValue(int(std::min<qint64>(machine.totalDiskGb, INT_MAX)));
    m_tags->setText(machine.tags.join(u", "_s));
    m_labels->setText(labelsToText(machine.labels));
    for (const Gpu &gpu : machine.gpus) {
        QList<QStandardItem *> items{new QStandardItem, new QStandardItem(gpu.name),
                                     new QStandardItem};
        items[GpuIndex]->setData(gpu.index, Qt::EditRole);
        items[GpuMemory]->setData(gpu.memoryTotalMb, Qt::EditRole);
        m_gpus->appendRow(items);
    }
    connect(m_gpus, &QStandardItemModel::dataChanged, this, [this] {
        m_touched.insert(u"gpus"_s);
        m_serverErrors.remove(u"gpus"_s);
        revalidate();
    });
    connect(m_gpus, &QStandardItemModel::rowsInserted, this, [this] {
        m_touched.insert(u"gpus"_s);
        revalidate();
    });
    connect(m_gpus, &QStandardItemModel::rowsRemoved, this, [this] {
        m_touched.insert(u"gpus"_s);
        revalidate();
    });

    m_touched.clear();
    if (!isNew) {
        for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
            m_touched.insert(it.key());
    }
    resize(900, 640);
    revalidate();
}

QLabel *MachineEditDialog::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    label->setPalette(p);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

QLineEdit *MachineEditDialog::addLine(const QString &field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        m_touched.insert(field);
        m_serverErrors.remove(field);
        revalidate();
    });
    return edit;
}

QSpinBox *MachineEditDialog::addSpin(const QString &field, const QString &objectName, int min,
                                     int max)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(!field.endsWith(u"Port"_s));
    connect(spin, &QSpinBox::valueChanged, this, [this, field] {
        m_touched.insert(field);
        m_serverErrors.remove(field);
        revalidate();
    });
    return spin;
}

Machine MachineEditDialog::machine() const
{
    Machine m = m_original;
    m.id = m_id->text().trimmed();
    m.name = m_name->text().trimmed();
    m.hostname = m_hostname->text().trimmed();
    m.ipAddress = m_ipAddress->text().trimmed();
    m.publicIp = m_publicIp->text().trimmed();
    m.sshHost = m_sshHost->text().trimmed();
    m.sshPort = m_sshPort->value();
    m.winrmPort =
        m_winrmPort->value() > 0 ? std::optional<int>(m_winrmPort->value()) : std::nullopt;
    m.agentPort = m_agentPort->value();
    m.osType = m_osType->currentText();
    m.osVersion = m_osVersion->text().trimmed();
    m.arch = m_arch->currentText().trimmed();
    m.deploymentMode = m_deploymentMode->currentText();
    m.k8sNodeName = m_k8sNodeName->text().trimmed();
    m.region = m_region->text().trimmed();
    m.totalCpu = m_totalCpu->value();
    m.totalMemoryGb = m_totalMemoryGb->value();
    m.totalDiskGb = m_totalDiskGb->value();
    m.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            m.tags << tag.trimmed();
    }
    QJsonObject labels;
    if (textToLabels(m_labels->text(), labels))
        m.labels = labels;
    QList<Gpu> gpus;
    for (int r = 0; r < m_gpus->rowCount(); ++r) {
        Gpu gpu;
        const Gpu *old = nullptr;
        const int index = m_gpus->item(r, GpuIndex)->data(Qt::EditRole).toInt();
        for (const Gpu &g : m_original.gpus) {
            if (g.index == index)
                old = &g;
        }
        if (old)
            gpu = *old;
        gpu.index = index;
        gpu.name = m_gpus->item(r, GpuName)->text().trimmed();
        gpu.memoryTotalMb = m_gpus->item(r, GpuMemory)->data(Qt::EditRole).toLongLong();
        gpus << gpu;
    }
    m.gpus = gpus;
    m.totalGpu = int(gpus.size());
    return m;
}

QString MachineEditDialog::fieldError(const QString &field) const
{
    return m_shownErrors.value(field);
}

bool MachineEditDialog::canSave() const
{
    return m_saveButton->isEnabled();
}

void MachineEditDialog::revalidate()
{
    const Machine m = machine();
    QList<FieldError> errors = m.validate();
    QJsonObject labels;
    if (!textToLabels(m_labels->text(), labels))
        errors.append({u"labels"_s, tr("Write labels as key=value pairs separated by commas")});
    for (int r = 0; r < m_gpus->rowCount(); ++r) {
        if (m_gpus->item(r, GpuName)->text().trimmed().isEmpty())
            errors.append({u"gpus[%1].name"_s.arg(r), tr("GPU %1 needs a model name").arg(r + 1)});
    }
    m_gpuSummary->setText(tr("%n GPU(s)", nullptr, int(m.gpus.size())));
    showErrors(errors);
}

void MachineEditDialog::showErrors(const QList<FieldError> &localErrors)
{
    QHash<QString, QStringList> byField;
    auto fieldOf = [this](const QString &name) {
        if (name.startsWith(u"gpus"_s) || name == u"totalGpu"_s)
            return u"gpus"_s;
        if (name.startsWith(u"tags"_s))
            return u"tags"_s;
        return m_errorLabels.contains(name) ? name : QString();
    };
    bool blocking = false;
    QStringList unplaced;
    QStringList all;
    for (const FieldError &e : localErrors) {
        blocking = true;
        all << e.message;
        const QString f = fieldOf(e.field);
        if (f.isEmpty())
            unplaced << e.message;
        else if (m_touched.contains(f) && !byField[f].contains(e.message))
            byField[f] << e.message;
    }
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it) {
        const QString f = fieldOf(it.key());
        if (f.isEmpty())
            unplaced << it.value();
        else if (!byField[f].contains(it.value()))
            byField[f] << it.value();
    }
    m_shownErrors.clear();
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setVisible(!messages.isEmpty());
        it.value()->setText(messages.isEmpty() ? QString() : u"⚠ "_s + messages.join(u"\n⚠ "_s));
        if (!messages.isEmpty())
            m_shownErrors.insert(it.key(), messages.join(u'\n'));
    }
    if (!unplaced.isEmpty())
        m_shownErrors.insert(QString(), unplaced.join(u'\n'));
    m_saveButton->setEnabled(!blocking && !m_busy);
    m_saveButton->setToolTip(blocking ? tr("Not yet:\n%1").arg(all.join(u'\n')) : QString());
}

void MachineEditDialog::addGpuRow()
{
    int index = 0;
    QString model;
    qint64 memory = 0;
    for (int r = 0; r < m_gpus->rowCount(); ++r)
        index = std::max(index, m_gpus->item(r, GpuIndex)->data(Qt::EditRole).toInt() + 1);
    if (m_gpus->rowCount() > 0) {
        const int last = m_gpus->rowCount() - 1;
        model = m_gpus->item(last, GpuName)->text();
        memory = m_gpus->item(last, GpuMemory)->data(Qt::EditRole).toLongLong();
    }
    QList<QStandardItem *> items{new QStandardItem, new QStandardItem(model), new QStandardItem};
    items[GpuIndex]->setData(index, Qt::EditRole);
    items[GpuMemory]->setData(memory, Qt::EditRole);
    m_gpus->appendRow(items);
    m_gpuTable->setCurrentIndex(m_gpus->index(m_gpus->rowCount() - 1, GpuName));
    if (model.isEmpty())
        m_gpuTable->edit(m_gpuTable->currentIndex());
}

void MachineEditDialog::removeGpuRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_gpuTable->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_gpuTable->currentIndex().isValid())
        rows << m_gpuTable->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        m_gpus->removeRow(r);
}

void MachineEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        m_saveButton->setText(tr("Saving…"));
    else
        m_saveButton->setText(m_isNew ? tr("Add machine") : tr("Save"));
    revalidate();
}

void MachineEditDialog::save()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        m_touched.insert(it.key());
    revalidate();
    if (!canSave())
        return;
    m_serverError->hide();
    setBusy(true);
    auto done = [this](Result<MachineDetail> answer) {
        setBusy(false);
        if (answer.ok()) {
            Q_EMIT saved(*answer);
            accept();
            return;
        }
        const Error &error = answer.error();
        for (const FieldError &e : error.fieldErrors)
            m_serverErrors.insert(e.field, e.message);
        QString text = error.message;
        if (!error.traceId.isEmpty())
            text += u"\n"_s + tr("Trace id: %1").arg(error.traceId);
        m_serverError->setText(text);
        m_serverError->show();
        revalidate();
    };
    if (m_isNew)
        m_api->create(machine(), this, done);
    else
        m_api->update(machine(), this, done);
}

} // namespace remotegpu::ui
