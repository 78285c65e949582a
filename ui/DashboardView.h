#pragma once

#include "SectionView.h"

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class DashboardView : public SectionView
{
    Q_OBJECT

public:
    DashboardView(ApiClient *api, Session *session, QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
