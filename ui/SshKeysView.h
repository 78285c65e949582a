#pragma once

#include "CustomerApi.h"
#include "SectionView.h"
#include "SshKey.h"

#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class SshKeysModel;

// The signed-in person's SSH public keys (what the machines their tenant rents accept): the
// list with each key's fingerprint; adding one by pasting it or choosing its .pub file, parsed
// here first (the fingerprint shows before sending, a private key is refused without leaving
// this machine); deleting one after a confirmation.
class SshKeysView : public SectionView
{
    Q_OBJECT

public:
    SshKeysView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void createNew() override;
    void resetForNewSession() override;

    const QList<SshKey> &keys() const;
    bool isLoaded() const { return m_loaded; }
    // Reads a .pub file into the paste box (the Choose button asks for the file first).
    void loadKeyFile(const QString &path);
    // Sends the pasted key when it parses; false (and nothing sent) otherwise.
    bool addPastedKey();
    // Asks, then deletes the selected key.
    void deleteSelected();

Q_SIGNALS:
    void keyAdded(const remotegpu::SshKey &key);
    void keyDeleted(qint64 id);

private:
    void load();
    void updatePreview();
    void chooseFile();

    CustomerApi m_api;
    bool m_activated = false;
    bool m_loaded = false;
    ErrorBanner *m_banner = nullptr;
    SshKeysModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace remotegpu::ui
