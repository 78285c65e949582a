#pragma once

#include <QString>

// Names of the files embedded in the console, in one place so a renamed file breaks the build
// of whoever uses it rather than silently loading nothing.
namespace remotegpu::resources {

QString appIconPath();
QString styleSheetPath();
// The directory of the compiled translations, remotegpu_<language>.qm.
QString translationsPath();
// The stylesheet's text (its colours come from the palette, so it serves every theme); empty if
// it is missing from the build.
QString styleSheet();

} // namespace remotegpu::resources
