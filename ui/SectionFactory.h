#pragma once

#include "MainWindow.h"

namespace remotegpu::ui {

class SectionView;

// Makes the view of a section; nullptr for a section this build has no view for. One place to
// list the views, so MainWindow knows sections only by their enum.
SectionView *createSectionView(MainWindow::Section section, ApiClient *api, Session *session);

} // namespace remotegpu::ui
