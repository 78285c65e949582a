#include "MachineImportWizard.h"

#include "CsvWriter.h"
#include "ErrorBanner.h"
#include "ImportPreviewModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;
using Mode = MachineImportReport::Mode;

// A page whose completeness, arrival and dropped files the wizard decides.
class ImportWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> arrive;
    std::function<void(const QString &)> dropped;

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (arrive)
            arrive();
    }
    void changed() { Q_EMIT completeChanged(); }

protected:
    static QString csvOf(const QMimeData *mime)
    {
        if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
            return {};
        const QUrl url = mime->urls().first();
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (dropped && !csvOf(event->mimeData()).isEmpty())
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString path = csvOf(event->mimeData());
        if (!dropped || path.isEmpty())
            return;
        event->acceptProposedAction();
        dropped(path);
    }
};

namespace {

struct Loaded
{
    std::optional<Error> error;
    ImportPreview preview;
};

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QTableView *previewTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->horizontalHeader()->setDefaultSectionSize(120);
    t->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the rows on screen and 100 more, not from the first thousand: sizing
    // 1,000 rows of 20 columns took 200 ms of the UI thread after a 10,000-row file was read.
    t->horizontalHeader()->setResizeContentsPrecision(100);
    return t;
}

QString modeLabel(Mode mode)
{
    switch (mode) {
    case Mode::AllOrNothing:
        return MachineImportWizard::tr("&All or nothing");
    case Mode::SkipInvalid:
        return MachineImportWizard::tr("Import the &valid rows only");
    case Mode::Upsert:
        return MachineImportWizard::tr("&Update existing machines, add the others");
    }
    return {};
}

QString modeHelp(Mode mode)
{
    switch (mode) {
    case Mode::AllOrNothing:
        return MachineImportWizard::tr(
            "Every row must be valid: one bad row and nothing is imported.");
    case Mode::SkipInvalid:
        return MachineImportWizard::tr(
            "The valid rows are imported; the rows with errors are skipped and listed in the "
            "report, to fix and import again.");
    case Mode::Upsert:
        return MachineImportWizard::tr(
            "A row whose name or IP address matches a machine updates that machine (its GPU "
            "list is brought to gpuCount); the other rows are created. All or nothing.");
    }
    return {};
}

} // namespace

MachineImportWizard::MachineImportWizard(ApiClient *api, QWidget *parent)
    : QWizard(parent)
    , m_api(new MachineImportApi(api, this))
    , m_model(new ImportPreviewModel(this))
    , m_filter(new ImportPreviewFilter(this))
    , m_errorsOnly(new ImportPreviewFilter(this))
{
    setObjectName(u"machineImportWizard"_s);
    setWindowTitle(tr("Import machines from CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_filter->setSourceModel(m_model);
    m_errorsOnly->setSourceModel(m_model);
    m_errorsOnly->setOnlyErrors(true);

    buildChoosePage();
    buildPreviewPage();
    buildModePage();
    buildUploadPage();
    buildReportPage();

    connect(m_model, &ImportPreviewModel::verdictsChanged, this, [this] {
        updateSummary();
        updateModeAdvice();
    });
    resize(1000, 700);
}

MachineImportWizard::~MachineImportWizard() = default;

// --- Choose ---------------------------------------------------------------------------------

void MachineImportWizard::buildChoosePage()
{
    m_choose = new ImportWizardPage(this);
    m_choose->setObjectName(u"choosePage"_s);
    m_choose->setTitle(tr("Choose a CSV file"));
    m_choose->setSubTitle(tr("One machine per row. The columns name, ipAddress, totalCpu and "
                             "totalMemoryGb are required; the template lists all of them."));
    m_choose->setAcceptDrops(true);
    m_choose->complete = [this] { return !m_path.isEmpty(); };
    m_choose->dropped = [this](const QString &path) { setFilePath(path); };

    auto *layout = new QVBoxLayout(m_choose);

    auto *drop = new QLabel(tr("Drop a .csv file here\nor"), m_choose);
    drop->setObjectName(u"dropZone"_s);
    drop->setAlignment(Qt::AlignCenter);
    drop->setMinimumHeight(140);
    drop->setFrameShape(QFrame::StyledPanel);
    drop->setFrameShadow(QFrame::Sunken);
    layout->addWidget(drop);

    auto *row = new QHBoxLayout;
    m_pathEdit = new QLineEdit(m_choose);
    m_pathEdit->setObjectName(u"filePath"_s);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Choose File…"), m_choose);
    browse->setObjectName(u"chooseFileButton"_s);
    connect(browse, &QPushButton::clicked, this, &MachineImportWizard::chooseFile);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(browse);
    layout->addLayout(row);

    layout->addSpacing(12);
    auto *templateRow = new QHBoxLayout;
    auto *templateButton = new QPushButton(tr("&Download the Template…"), m_choose);
    templateButton->setObjectName(u"downloadTemplateButton"_s);
    templateButton->setToolTip(tr("A CSV file with every column and one example row, UTF-8 so "
                                  "that spreadsheet programs show Chinese right."));
    connect(templateButton, &QPushButton::clicked, this, &MachineImportWizard::downloadTemplate);
    m_templateStatus = wrappingLabel(QString(), m_choose);
    m_templateStatus->setObjectName(u"templateStatus"_s);
    m_templateStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    templateRow->addWidget(templateButton);
    templateRow->addWidget(m_templateStatus, 1);
    layout->addLayout(templateRow);
    layout->addStretch(1);

    setPage(ChoosePage, m_choose);
}

void MachineImportWizard::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CSV File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    if (!m_path.isEmpty())
        dialog->setDirectory(QFileInfo(m_path).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &MachineImportWizard::setFilePath);
    dialog->open();
}

void MachineImportWizard::downloadTemplate()
{
    auto *dialog = new QFileDialog(this, tr("Save the Template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(u"machines-template.csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &MachineImportWizard::downloadTemplateTo);
    dialog->open();
}

void MachineImportWizard::downloadTemplateTo(const QString &path)
{
    m_templateStatus->setText(tr("Downloading the template…"));
    m_api->fetchTemplate(this, [this, path](Result<QByteArray> bytes) {
        if (!bytes) {
            m_templateStatus->clear();
            showErrorDialog(this, tr("Downloading the template failed"), bytes.error());
            return;
        }
        writeFileAsync(path, *bytes, tr("the template"), [this, path] {
            m_templateStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
            Q_EMIT templateSaved(path);
        });
    });
}

void MachineImportWizard::writeFileAsync(const QString &path, const QByteArray &bytes,
                                         const QString &what, std::function<void()> onSaved)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, path, what, onSaved = std::move(onSaved)] {
                watcher->deleteLater();
                const QString problem = watcher->result();
                if (problem.isEmpty()) {
                    onSaved();
                    return;
                }
                showErrorDialog(
                    this, tr("Saving %1 failed").arg(what),
                    Error::internal(
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), problem)));
            });
    watcher->setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return f.errorString();
        if (f.write(bytes) != bytes.size() || !f.commit())
            return f.errorString();
        return {};
    }));
}

void MachineImportWizard::setFilePath(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_loading = true;
    m_loaded = false;
    const int generation = ++m_generation;
    m_model->clear();
    m_dryRunOutcome.reset();
    m_outcome.reset();
    m_fileError->hide();
    m_busy->show();
    m_summary->setText(tr("Reading and checking %1…").arg(QFileInfo(path).fileName()));
    m_choose->changed();
    m_previewPage->changed();
    if (currentId() == ChoosePage || currentId() == -1) {
        if (currentId() == -1)
            restart();
        next();
    }

    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another file was chosen meanwhile
        Loaded loaded = watcher->result();
        m_loading = false;
        m_busy->hide();
        if (loaded.error) {
            m_fileError->setText(
                tr("This file cannot be imported.\n%1").arg(describeError(*loaded.error)));
            m_fileError->show();
        } else {
            m_loaded = true;
            m_model->setPreview(std::move(loaded.preview));
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
        }
        updateSummary();
        m_previewPage->changed();
        Q_EMIT previewReady();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded l;
        auto r = ImportPreview::load(path);
        if (r)
            l.preview = std::move(r).value();
        else
            l.error = std::move(r).error();
        return l;
    }));
}

// --- Preview --------------------------------------------------------------------------------

void MachineImportWizard::buildPreviewPage()
{
    m_previewPage = new ImportWizardPage(this);
    m_previewPage->setObjectName(u"previewPage"_s);
    m_previewPage->setTitle(tr("Check the rows"));
    m_previewPage->setSubTitle(
        tr("Every row is checked with the server's rules. Cells with a problem are marked; "
           "point at one, or select it, to read why."));
    m_previewPage->complete = [this] {
        return !m_loading && m_loaded && m_model->validRowCount() > 0;
    };
    m_previewPage->setAcceptDrops(true);
    m_previewPage->dropped = [this](const QString &path) { setFilePath(path); };

    auto *layout = new QVBoxLayout(m_previewPage);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(m_previewPage);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary, 1);
    m_onlyErrors = new QCheckBox(tr("&Only rows with errors"), m_previewPage);
    m_onlyErrors->setObjectName(u"onlyErrorsCheck"_s);
    connect(m_onlyErrors, &QCheckBox::toggled, m_filter, &ImportPreviewFilter::setOnlyErrors);
    top->addWidget(m_onlyErrors);
    m_previousError = new QPushButton(tr("&Previous Error"), m_previewPage);
    m_previousError->setObjectName(u"previousErrorButton"_s);
    m_previousError->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousError->setToolTip(tr("Select the previous cell with a problem (Shift+F8)"));
    connect(m_previousError, &QPushButton::clicked, this, [this] { selectPreviousError(); });
    top->addWidget(m_previousError);
    m_nextError = new QPushButton(tr("&Next Error"), m_previewPage);
    m_nextError->setObjectName(u"nextErrorButton"_s);
    m_nextError->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextError->setToolTip(tr("Select the next cell with a problem (F8)"));
    connect(m_nextError, &QPushButton::clicked, this, [this] { selectNextError(); });
    top->addWidget(m_nextError);
    layout->addLayout(top);

    m_busy = new QProgressBar(m_previewPage);
    m_busy->setObjectName(u"previewBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_fileError = wrappingLabel(QString(), m_previewPage);
    m_fileError->setObjectName(u"fileError"_s);
    m_fileError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileError->setFrameShape(QFrame::StyledPanel);
    m_fileError->setMargin(8);
    m_fileError->hide();
    layout->addWidget(m_fileError);

    m_table = previewTable(m_filter, u"previewTable"_s, m_previewPage);
    layout->addWidget(m_table, 1);

    m_cellDetail = wrappingLabel(QString(), m_previewPage);
    m_cellDetail->setObjectName(u"cellDetail"_s);
    m_cellDetail->setTextFormat(Qt::PlainText);
    m_cellDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_cellDetail);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid()) {
                m_cellDetail->clear();
                return;
            }
            const QString why = current.data(Qt::ToolTipRole).toString();
            const bool bad = current.data(ImportPreviewModel::CellHasErrorRole).toBool();
            m_cellDetail->setText(
                bad ? tr("Line %1, %2: %3")
                          .arg(current.data(ImportPreviewModel::LineRole).toInt())
                          .arg(m_filter->headerData(current.column(), Qt::Horizontal).toString(),
                               QString(why).replace(u'\n', u"; "_s))
                    : QString());
        });
    connect(m_model, &QAbstractItemModel::modelReset, m_cellDetail, &QLabel::clear);

    setPage(PreviewPage, m_previewPage);
}

QString MachineImportWizard::summaryText() const
{
    return m_summary->text();
}

void MachineImportWizard::updateSummary()
{
    const bool any = !m_model->invalidCells().isEmpty();
    m_nextError->setEnabled(any);
    m_previousError->setEnabled(any);
    if (m_loading)
        return;
    if (!m_loaded) {
        m_summary->setText(m_path.isEmpty() ? QString() : tr("The file could not be read."));
        return;
    }
    const QLocale locale;
    QString text =
        tr("%1 valid, %2 invalid (%3 rows)")
            .arg(locale.toString(m_model->validRowCount()),
                 locale.toString(m_model->invalidRowCount()), locale.toString(m_model->rowCount()));
    // The server's default --max-body-bytes; a bigger file is refused with 413.
    constexpr qint64 kDefaultBodyLimit = 16 * 1024 * 1024;
    if (m_model->preview().bytes.size() > kDefaultBodyLimit)
        text += u"  ·  "_s + tr("⚠ %1: larger than servers accept by default (16 MiB); split it")
                                 .arg(locale.formattedDataSize(m_model->preview().bytes.size()));
    if (m_model->preview().encoding != u"UTF-8"_s)
        text += u"  ·  "_s + tr("read as %1").arg(m_model->preview().encoding);
    if (m_dryRunOutcome)
        text += u"  ·  "_s + tr("checked by the server");
    m_summary->setText(text);
}

bool MachineImportWizard::selectNextError()
{
    return selectError(true);
}

bool MachineImportWizard::selectPreviousError()
{
    return selectError(false);
}

bool MachineImportWizard::selectError(bool forward)
{
    const auto cells = m_model->invalidCells();
    if (cells.isEmpty())
        return false;
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const std::pair<int, int> here =
        current.isValid() ? std::pair{current.row(), current.column()} : std::pair{-1, -1};
    std::pair<int, int> target;
    if (forward) {
        const auto it = std::upper_bound(cells.cbegin(), cells.cend(), here);
        target = it == cells.cend() ? cells.first() : *it;
    } else {
        const auto it = std::lower_bound(cells.cbegin(), cells.cend(),
                                         current.isValid() ? here : std::pair{INT_MAX, INT_MAX});
        target = it == cells.cbegin() ? cells.last() : *(it - 1);
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(target.first, target.second));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

// --- Mode and dry run -----------------------------------------------------------------------

void MachineImportWizard::buildModePage()
{
    m_modePage = new ImportWizardPage(this);
    m_modePage->setObjectName(u"modePage"_s);
    m_modePage->setTitle(tr("Choose how to import"));
    m_modePage->setSubTitle(tr("The server checks the file first without writing anything: it "
                               "knows which names, addresses and tenants are already taken."));
    m_modePage->setCommitPage(true);
    m_modePage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_modePage->complete = [this] {
        if (isDryRunning() || m_model->validRowCount() == 0)
            return false;
        return mode() == Mode::SkipInvalid || m_model->invalidRowCount() == 0;
    };
    m_modePage->arrive = [this] {
        if (!m_dryRunOutcome && !isDryRunning())
            runDryRun();
        updateModeAdvice();
    };

    auto *layout = new QVBoxLayout(m_modePage);
    m_modes = new QButtonGroup(m_modePage);
    for (Mode m : {Mode::AllOrNothing, Mode::SkipInvalid, Mode::Upsert}) {
        auto *radio = new QRadioButton(modeLabel(m), m_modePage);
        radio->setObjectName(u"mode-"_s + MachineImportReport::modeName(m));
        m_modes->addButton(radio, int(m));
        layout->addWidget(radio);
        auto *help = wrappingLabel(modeHelp(m), m_modePage);
        help->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(help);
    }
    m_modes->button(int(Mode::AllOrNothing))->setChecked(true);
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        // Upsert turns clashes with stored machines into updates: the verdicts of a dry run on
        // the other side of that line no longer hold. Between the other two modes they do.
        if (m_dryRunOutcome &&
            (m_dryRunOutcome->report.mode == Mode::Upsert) != (mode() == Mode::Upsert)) {
            m_dryRunOutcome.reset();
            m_model->clearServerErrors();
            m_dryRunStatus->setText(tr("The mode changed: check the file with the server again."));
        }
        updateModeAdvice();
    });

    auto *dryRow = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("&Check with the Server"), m_modePage);
    m_dryRunButton->setObjectName(u"dryRunButton"_s);
    connect(m_dryRunButton, &QPushButton::clicked, this, &MachineImportWizard::runDryRun);
    dryRow->addWidget(m_dryRunButton);
    m_dryRunBusy = new QProgressBar(m_modePage);
    m_dryRunBusy->setRange(0, 0);
    m_dryRunBusy->setTextVisible(false);
    m_dryRunBusy->setMaximumSize(120, 8);
    m_dryRunBusy->hide();
    dryRow->addWidget(m_dryRunBusy);
    m_dryRunStatus = wrappingLabel(QString(), m_modePage);
    m_dryRunStatus->setObjectName(u"dryRunStatus"_s);
    dryRow->addWidget(m_dryRunStatus, 1);
    layout->addLayout(dryRow);

    m_dryRunError = new ErrorBanner(m_modePage);
    m_dryRunError->setObjectName(u"dryRunError"_s);
    connect(m_dryRunError, &ErrorBanner::retryRequested, this, &MachineImportWizard::runDryRun);
    layout->addWidget(m_dryRunError);

    m_modeAdvice = wrappingLabel(QString(), m_modePage);
    m_modeAdvice->setObjectName(u"modeAdvice"_s);
    layout->addWidget(m_modeAdvice);

    m_dryRunTable = previewTable(m_errorsOnly, u"dryRunTable"_s, m_modePage);
    layout->addWidget(m_dryRunTable, 1);

    setPage(ModePage, m_modePage);
}

MachineImportReport::Mode MachineImportWizard::mode() const
{
    return Mode(m_modes->checkedId());
}

void MachineImportWizard::setMode(Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
}

void MachineImportWizard::updateModeAdvice()
{
    if (!m_modeAdvice)
        return;
    const QLocale locale;
    const int bad = m_model->invalidRowCount();
    const int good = m_model->validRowCount();
    QString advice;
    if (good == 0)
        advice = tr("No row is valid: there is nothing to import.");
    else if (bad == 0)
        advice = tr("All %1 rows are valid.").arg(locale.toString(good));
    else if (mode() == Mode::SkipInvalid)
        advice = tr("%1 valid rows will be imported; the %2 rows with errors below will be "
                    "skipped and listed in the report.")
                     .arg(locale.toString(good), locale.toString(bad));
    else
        advice = tr("⚠ %1 rows have errors (below): in this mode the server would import "
                    "nothing. Fix the file, or choose \"Import the valid rows only\".")
                     .arg(locale.toString(bad));
    m_modeAdvice->setText(advice);
    m_dryRunTable->setVisible(bad > 0);
    m_modePage->changed();
}

void MachineImportWizard::runDryRun()
{
    if (!m_loaded || isDryRunning())
        return;
    m_dryRunError->clear();
    m_dryRunBusy->show();
    m_dryRunButton->setEnabled(false);
    m_dryRunStatus->setText(tr("The server is checking the file…"));
    const Mode checkedMode = mode();
    m_dryRun = m_api->upload(
        m_model->preview().bytes, checkedMode, true, this,
        [this, checkedMode](Result<MachineImportApi::Outcome> answer) {
            m_dryRun = nullptr;
            m_dryRunBusy->hide();
            m_dryRunButton->setEnabled(true);
            if (!answer) {
                m_dryRunStatus->clear();
                m_dryRunError->showError(tr("The server could not check the file"), answer.error());
            } else if ((checkedMode == Mode::Upsert) == (mode() == Mode::Upsert)) {
                m_dryRunOutcome = *answer;
                const MachineImportReport &r = answer->report;
                m_model->setServerErrors(r.errors);
                const QLocale locale;
                QString text;
                if (r.errors.isEmpty())
                    text = tr("✔ The server accepts the file: it would create %1 and update %2 "
                              "machines.")
                               .arg(locale.toString(r.created), locale.toString(r.updated));
                else if (m_model->serverOnlyErrorCount() == 0)
                    text = tr("The server found the same problems as the console's own check; "
                              "the rows are listed below.");
                else
                    text = tr("The server found %1 more problems, which only it can see "
                              "(names, addresses or tenants taken); they are marked below.")
                               .arg(locale.toString(m_model->serverOnlyErrorCount()));
                m_dryRunStatus->setText(text);
            }
            m_modePage->changed();
            updateSummary();
            Q_EMIT dryRunFinished();
        });
    m_modePage->changed();
}

// --- Upload ---------------------------------------------------------------------------------

void MachineImportWizard::buildUploadPage()
{
    m_uploadPage = new ImportWizardPage(this);
    m_uploadPage->setObjectName(u"uploadPage"_s);
    m_uploadPage->setTitle(tr("Importing"));
    m_uploadPage->setSubTitle(tr("The server writes the machines in one transaction: cancelled "
                                 "or failed, nothing is imported."));
    m_uploadPage->complete = [this] { return m_outcome.has_value(); };
    m_uploadPage->arrive = [this] { startUpload(); };

    auto *layout = new QVBoxLayout(m_uploadPage);
    m_uploadStatus = wrappingLabel(QString(), m_uploadPage);
    m_uploadStatus->setObjectName(u"uploadStatus"_s);
    layout->addWidget(m_uploadStatus);
    m_progress = new QProgressBar(m_uploadPage);
    m_progress->setObjectName(u"uploadProgress"_s);
    layout->addWidget(m_progress);
    m_uploadError = new ErrorBanner(m_uploadPage);
    m_uploadError->setObjectName(u"uploadError"_s);
    connect(m_uploadError, &ErrorBanner::retryRequested, this, &MachineImportWizard::startUpload);
    layout->addWidget(m_uploadError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_retryUpload = new QPushButton(tr("Import &Again"), m_uploadPage);
    m_retryUpload->setObjectName(u"retryUploadButton"_s);
    m_retryUpload->hide();
    connect(m_retryUpload, &QPushButton::clicked, this, &MachineImportWizard::startUpload);
    buttons->addWidget(m_retryUpload);
    m_cancelUpload = new QPushButton(tr("&Stop Upload"), m_uploadPage);
    m_cancelUpload->setObjectName(u"cancelUploadButton"_s);
    connect(m_cancelUpload, &QPushButton::clicked, this, &MachineImportWizard::cancelUpload);
    buttons->addWidget(m_cancelUpload);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setPage(UploadPage, m_uploadPage);
}

void MachineImportWizard::startUpload()
{
    if (isUploading() || !m_loaded)
        return;
    m_outcome.reset();
    m_uploadError->clear();
    m_retryUpload->hide();
    m_cancelUpload->show();
    m_cancelUpload->setEnabled(true);
    const QByteArray &bytes = m_model->preview().bytes;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_uploadStatus->setText(
        tr("Sending %1 (%2)…")
            .arg(QFileInfo(m_path).fileName(), QLocale().formattedDataSize(bytes.size())));
    m_upload =
        m_api->upload(bytes, mode(), false, this, [this](Result<MachineImportApi::Outcome> answer) {
            m_upload = nullptr;
            m_cancelUpload->hide();
            if (!answer) {
                m_progress->setRange(0, 100);
                m_progress->setValue(0);
                m_uploadStatus->setText(tr("Nothing was imported."));
                m_uploadError->showError(tr("The import failed"), answer.error());
                Q_EMIT uploadFinished();
                return;
            }
            m_outcome = *answer;
            m_progress->setRange(0, 100);
            m_progress->setValue(100);
            m_uploadPage->changed();
            showReport();
            Q_EMIT uploadFinished();
        });
    connect(m_upload, &MachineImportUpload::progress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(sent * 100 / total));
    });
    connect(m_upload, &MachineImportUpload::sent, this, [this] {
        m_progress->setRange(0, 0); // the server's turn: no figure to show
        m_uploadStatus->setText(tr("Sent. The server is checking and writing the machines…"));
    });
    m_uploadPage->changed();
}

void MachineImportWizard::cancelUpload()
{
    if (!m_upload)
        return;
    m_upload->cancel();
    m_upload = nullptr;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancelUpload->hide();
    m_retryUpload->show();
    m_uploadStatus->setText(tr("Upload stopped. Nothing was imported: the server writes only "
                               "complete files."));
    Q_EMIT uploadCancelled();
}

void MachineImportWizard::done(int result)
{
    cancelUpload();
    if (m_dryRun)
        m_dryRun->cancel();
    QWizard::done(result);
}

// --- Report ---------------------------------------------------------------------------------

void MachineImportWizard::buildReportPage()
{
    m_reportPage = new ImportWizardPage(this);
    m_reportPage->setObjectName(u"reportPage"_s);
    m_reportPage->setTitle(tr("Import report"));
    m_reportPage->setSubTitle(tr("What the server did with the file."));
    m_reportPage->setFinalPage(true);

    auto *layout = new QVBoxLayout(m_reportPage);
    m_reportSummary = wrappingLabel(QString(), m_reportPage);
    m_reportSummary->setObjectName(u"reportSummary"_s);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reportSummary);

    m_rejected = new QStandardItemModel(0, 3, this);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejectedView = new QTableView(m_reportPage);
    m_rejectedView->setObjectName(u"rejectedView"_s);
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedView->setAlternatingRowColors(true);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_rejectedView, 1);

    auto *row = new QHBoxLayout;
    m_saveRejected = new QPushButton(tr("&Save Rejected Rows as CSV…"), m_reportPage);
    m_saveRejected->setObjectName(u"saveRejectedButton"_s);
    m_saveRejected->setToolTip(tr("The rejected rows as they were, with a reason column: fix "
                                  "them, delete the reason column and import the file again."));
    connect(m_saveRejected, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save Rejected Rows"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
        const QFileInfo source(m_path);
        dialog->setDirectory(source.absolutePath());
        dialog->selectFile(tr("%1-rejected.csv").arg(source.completeBaseName()));
        connect(dialog, &QFileDialog::fileSelected, this, &MachineImportWizard::saveRejectedRows);
        dialog->open();
    });
    row->addWidget(m_saveRejected);
    m_saveStatus = wrappingLabel(QString(), m_reportPage);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_saveStatus, 1);
    layout->addLayout(row);

    setPage(ReportPage, m_reportPage);
}

void MachineImportWizard::showReport()
{
    const MachineImportReport &r = m_outcome->report;
    // The server's verdicts are the ones that count: they mark the preview too.
    m_model->setServerErrors(r.errors);
    const QLocale locale;
    const int rejected = rejectedRowCount();
    QString text;
    if (r.rejected()) {
        text = tr("✖ Nothing was imported: %1 rows have errors, and in this mode one bad row "
                  "stops the import. Fix them and import the file again, or import the valid "
                  "rows only.")
                   .arg(locale.toString(rejected));
    } else {
        text = tr("✔ Imported %1 machines (%2 created, %3 updated).")
                   .arg(locale.toString(r.created + r.updated), locale.toString(r.created),
                        locale.toString(r.updated));
        if (rejected > 0)
            text +=
                u' ' +
                tr("%1 rows were rejected; the reasons are below.").arg(locale.toString(rejected));
    }
    if (!m_outcome->traceId.isEmpty())
        text += u"\n"_s + tr("Trace id: %1").arg(m_outcome->traceId);
    m_reportSummary->setText(text);

    m_rejected->removeRows(0, m_rejected->rowCount());
    for (const RowError &e : r.errors) {
        auto *line = new QStandardItem;
        line->setData(e.line, Qt::DisplayRole);
        m_rejected->appendRow({line, new QStandardItem(e.column.isEmpty() ? tr("(row)") : e.column),
                               new QStandardItem(e.message)});
    }
    m_rejectedView->resizeColumnToContents(0);
    m_rejectedView->resizeColumnToContents(1);
    m_rejectedView->setVisible(!r.errors.isEmpty());
    m_saveRejected->setVisible(rejected > 0);
    m_saveStatus->clear();

    next();
    if (!r.rejected() && r.created + r.updated > 0)
        Q_EMIT imported(r.created + r.updated);
}

int MachineImportWizard::rejectedRowCount() const
{
    if (!m_outcome)
        return 0;
    QSet<int> lines;
    for (const RowError &e : m_outcome->report.errors)
        lines.insert(e.line);
    return int(lines.size());
}

QByteArray MachineImportWizard::rejectedRowsCsv() const
{
    if (!m_outcome)
        return {};
    std::map<int, QStringList> reasons; // by line, in file order
    for (const RowError &e : m_outcome->report.errors)
        reasons[e.line] << (e.column.isEmpty() ? e.message : e.column + u": "_s + e.message);
    const ImportPreview &p = m_model->preview();
    CsvWriter w;
    w.addRow(p.header + QStringList{u"reason"_s});
    for (const auto &[line, why] : reasons) {
        const int row = m_model->rowOfLine(line);
        if (row < 0)
            continue;
        QStringList cells = p.rows.at(row).fields;
        while (cells.size() < p.header.size())
            cells << QString();
        cells << why.join(u"; "_s);
        w.addRow(cells);
    }
    return w.data();
}

void MachineImportWizard::saveRejectedRows(const QString &path)
{
    const int count = rejectedRowCount();
    writeFileAsync(path, rejectedRowsCsv(), tr("the rejected rows"), [this, path, count] {
        m_saveStatus->setText(
            (count == 1 ? tr("1 row saved to %1").arg(QDir::toNativeSeparators(path))
                        : tr("%1 rows saved to %2")
                              .arg(QLocale().toString(count), QDir::toNativeSeparators(path))));
        Q_EMIT rejectedRowsSaved(path);
    });
}

} // namespace remotegpu::ui
