#pragma once

#include "SectionView.h"

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class SettingsView : public SectionView
{
    Q_OBJECT

public:
    SettingsView(ApiClient *api, Session *session, QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
