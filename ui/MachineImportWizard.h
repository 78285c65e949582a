#pragma once

#include "MachineImportApi.h"
#include "MachineImportReport.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace remotegpu {
class ApiClient;
}

namespace remotegpu::ui {

class ErrorBanner;
class ImportPreviewFilter;
class ImportPreviewModel;
class ImportWizardPage;

// Registers many machines from a CSV file (docs/machine-import.md), in five pages:
//   Choose  — a file (dialog or drag and drop), or the server's template to fill in;
//   Preview — every row checked by common/MachineCsv, the checks the server runs, off the UI
//             thread; bad cells marked, Next/Previous error, only the rows with errors;
//   Mode    — all or nothing, valid rows only, or update existing; the server's dry run adds
//             what only it knows (names and addresses taken, tenants) to the preview;
//   Upload  — the file sent with a progress bar and a Cancel that aborts it (the server writes
//             nothing until it has the whole file, then all in one transaction);
//   Report  — created, updated, rejected with reasons; the rejected rows saved as CSV.
// Non-modal: open it with show() or open(). Emits imported() when machines were written.
class MachineImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoosePage, PreviewPage, ModePage, UploadPage, ReportPage };

    explicit MachineImportWizard(ApiClient *api, QWidget *parent = nullptr);
    ~MachineImportWizard() override;

    // Reads and checks the file off the UI thread, and shows the preview page.
    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    bool isLoading() const { return m_loading; }
    bool isDryRunning() const { return m_dryRun != nullptr; }
    bool isUploading() const { return m_upload != nullptr; }

    ImportPreviewModel *previewModel() const { return m_model; }
    QString summaryText() const;

    MachineImportReport::Mode mode() const;
    void setMode(MachineImportReport::Mode mode);

    // Selects and scrolls to the next (previous) bad cell after (before) the current one, in
    // reading order, wrapping around. False when the file has none.
    bool selectNextError();
    bool selectPreviousError();

    // Sends the file to the server's dry run (the Mode page does it on arrival).
    void runDryRun();
    std::optional<MachineImportApi::Outcome> dryRunOutcome() const { return m_dryRunOutcome; }
    // Aborts the upload in flight.
    void cancelUpload();
    std::optional<MachineImportApi::Outcome> outcome() const { return m_outcome; }

    // The rows the import refused: the file's columns as they were, then a `reason` column.
    QByteArray rejectedRowsCsv() const;
    int rejectedRowCount() const;
    // Writes rejectedRowsCsv() to `path` off the UI thread; ends in rejectedRowsSaved() or an
    // error dialog.
    void saveRejectedRows(const QString &path);
    // Writes the template last fetched to `path`; ends in templateSaved() or an error dialog.
    void downloadTemplateTo(const QString &path);

Q_SIGNALS:
    // Machines were written (created + updated); MachinesView reloads on it.
    void imported(int count);
    // The file was read and checked (or refused: see the preview page's message).
    void previewReady();
    void dryRunFinished();
    // The upload ended: the report page shows the answer, or the upload page the error.
    void uploadFinished();
    void uploadCancelled();
    void templateSaved(const QString &path);
    void rejectedRowsSaved(const QString &path);

protected:
    void done(int result) override;

private:
    void buildChoosePage();
    void buildPreviewPage();
    void buildModePage();
    void buildUploadPage();
    void buildReportPage();
    void chooseFile();
    void downloadTemplate();
    void updateSummary();
    void updateModeAdvice();
    void startUpload();
    void showReport();
    bool selectError(bool forward);
    void writeFileAsync(const QString &path, const QByteArray &bytes, const QString &what,
                        std::function<void()> onSaved);

    MachineImportApi *m_api;
    ImportPreviewModel *m_model;
    ImportPreviewFilter *m_filter;
    ImportPreviewFilter *m_errorsOnly;
    QString m_path;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;

    ImportWizardPage *m_choose = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_templateStatus = nullptr;

    ImportWizardPage *m_previewPage = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fileError = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_onlyErrors = nullptr;
    QPushButton *m_nextError = nullptr;
    QPushButton *m_previousError = nullptr;
    QLabel *m_cellDetail = nullptr;

    ImportWizardPage *m_modePage = nullptr;
    QButtonGroup *m_modes = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QLabel *m_dryRunStatus = nullptr;
    QLabel *m_modeAdvice = nullptr;
    QProgressBar *m_dryRunBusy = nullptr;
    ErrorBanner *m_dryRunError = nullptr;
    QTableView *m_dryRunTable = nullptr;
    QPointer<MachineImportUpload> m_dryRun;
    std::optional<MachineImportApi::Outcome> m_dryRunOutcome;

    ImportWizardPage *m_uploadPage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_uploadStatus = nullptr;
    QPushButton *m_cancelUpload = nullptr;
    QPushButton *m_retryUpload = nullptr;
    ErrorBanner *m_uploadError = nullptr;
    QPointer<MachineImportUpload> m_upload;
    std::optional<MachineImportApi::Outcome> m_outcome;

    ImportWizardPage *m_reportPage = nullptr;
    QLabel *m_reportSummary = nullptr;
    QStandardItemModel *m_rejected = nullptr;
    QTableView *m_rejectedView = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QLabel *m_saveStatus = nullptr;
};

} // namespace remotegpu::ui
