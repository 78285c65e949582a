#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class CustomersView : public SectionView
{
    Q_OBJECT

public:
    explicit CustomersView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
