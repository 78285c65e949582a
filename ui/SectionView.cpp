#include "SectionView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

SectionView::SectionView(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
    , m_content(new QVBoxLayout)
{
    m_title->setObjectName(u"sectionTitle"_s);
    m_title->setAccessibleName(title);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // The title and description keep their height; the section's content takes the rest.
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_description->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_description->setObjectName(u"sectionDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(m_content, 1);
}

QString SectionView::title() const
{
    return m_title->text();
}

QString SectionView::description() const
{
    return m_description->text();
}

} // namespace remotegpu::ui
