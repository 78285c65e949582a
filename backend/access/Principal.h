#pragma once

#include "Enums.h"

#include <QString>

namespace remotegpu {

// The signed-in account a request acts for, from its verified access token.
struct Principal
{
    qint64 id = 0;
    Role role = Role::CustomerMember;
    qint64 tenantId = 0; // 0 for admins
    QString username;

    bool isAdmin() const { return role == Role::Admin; }
    // The tenant a query must be limited to; 0 means every tenant (admins only).
    qint64 scopeTenant() const { return isAdmin() ? 0 : tenantId; }
};

} // namespace remotegpu
