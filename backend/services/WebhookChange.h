#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// The fields a create or update request gives a webhook; those absent keep their value (on
// create, a new webhook's).
struct WebhookChange
{
    std::optional<QString> name; // trimmed
    std::optional<QString> url;  // trimmed
    std::optional<QStringList> events;
    std::optional<bool> enabled;
    // Fields given with the wrong type. Reported once the caller may change the webhook and it
    // exists, so a member's request stays a 403 and another tenant's webhook a 404.
    QList<FieldError> fieldErrors;

    // `webhook` with the given fields replaced.
    Webhook appliedTo(Webhook webhook) const;
};

} // namespace remotegpu
