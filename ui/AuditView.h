#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class AuditView : public SectionView
{
    Q_OBJECT

public:
    explicit AuditView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
