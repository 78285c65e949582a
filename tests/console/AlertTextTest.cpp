// How an alert's machine is worded: by the machine's name and id, and for a GPU alert with the
// GPU's index taken from the "host/index" resource id.

#include "AlertText.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::Alert;
using remotegpu::ui::AlertText;

namespace {

Alert alertOn(const QString &resourceType, const QString &resourceId, const QString &hostName)
{
    Alert a;
    a.hostId = u"node-01"_s;
    a.hostName = hostName;
    a.resourceType = resourceType;
    a.resourceId = resourceId;
    return a;
}

TEST(AlertText, AHostAlertNamesTheMachineByNameAndId)
{
    EXPECT_EQ(AlertText::machine(alertOn(u"host"_s, u"node-01"_s, u"BEIJING-GPU-01"_s)),
              u"BEIJING-GPU-01 (node-01)"_s);
    EXPECT_EQ(AlertText::machine(alertOn(u"host"_s, u"node-01"_s, QString())), u"node-01"_s)
        << "a machine without a name of its own is its id";
    EXPECT_EQ(AlertText::machine(alertOn(u"host"_s, u"node-01"_s, u"node-01"_s)), u"node-01"_s);
}

TEST(AlertText, AGpuAlertAddsTheGpuIndexInsteadOfTheRawResourceId)
{
    EXPECT_EQ(AlertText::machine(alertOn(u"gpu"_s, u"node-01/3"_s, u"BEIJING-GPU-01"_s)),
              u"BEIJING-GPU-01 (node-01), GPU 3"_s);
    EXPECT_EQ(AlertText::machine(alertOn(u"gpu"_s, u"node-01/12"_s, QString())),
              u"node-01, GPU 12"_s);
}

} // namespace
