#pragma once

#include "SectionView.h"

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AllocationsView : public SectionView
{
    Q_OBJECT

public:
    AllocationsView(ApiClient *api, Session *session, QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
