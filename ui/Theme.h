#pragma once

namespace remotegpu::ui {

// The console's colours: the desktop's own, or the console's light or dark palette. Fusion is
// the style in every case, so the two palettes look the same on every desktop.
enum class Theme { System = 0, Light = 1, Dark = 2 };

Theme savedTheme();
void saveTheme(Theme theme);
// Sets the application's palette and stylesheet; widgets repaint at once.
void applyTheme(Theme theme);
// Whether what is on screen now is dark (charts and colour badges pick their colours by it).
bool isDarkPalette();

} // namespace remotegpu::ui
