#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class MachinesView : public SectionView
{
    Q_OBJECT

public:
    explicit MachinesView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
