#include "WebhookChange.h"

namespace remotegpu {

Webhook WebhookChange::appliedTo(Webhook webhook) const
{
    if (name)
        webhook.name = *name;
    if (url)
        webhook.url = *url;
    if (events)
        webhook.events = *events;
    if (enabled)
        webhook.enabled = *enabled;
    return webhook;
}

} // namespace remotegpu
