#pragma once

namespace remotegpu::ui {

// The console's colours: the desktop's own, or the console's light or dark palette. Fusion is
// the style in every case, so the two palettes look the same on every desktop.
enum class Theme { System = 0, Light = 1, Dark = 2 };

Theme savedTheme();
void saveTheme(Theme theme);
// Sets the application's palette; widgets repaint at once. The stylesheet is set once by main()
// and follows the palette.
void applyTheme(Theme theme);
// Whether what is on screen now is dark (charts and colour badges pick their colours by it).
bool isDarkPalette();

} // namespace remotegpu::ui
