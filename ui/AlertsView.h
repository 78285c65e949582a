#pragma once

#include "SectionView.h"

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AlertsView : public SectionView
{
    Q_OBJECT

public:
    AlertsView(ApiClient *api, Session *session, QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
