#include "Resources.h"

#include <QFile>

namespace remotegpu::resources {

using namespace Qt::Literals::StringLiterals;

QString appIconPath()
{
    return u":/icons/remotegpu.svg"_s;
}

QString styleSheetPath()
{
    return u":/style/light.qss"_s;
}

QString translationsPath()
{
    return u":/i18n"_s;
}

QString styleSheet()
{
    QFile file(styleSheetPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace remotegpu::resources
