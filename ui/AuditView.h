#pragma once

#include "SectionView.h"

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AuditView : public SectionView
{
    Q_OBJECT

public:
    AuditView(ApiClient *api, Session *session, QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
