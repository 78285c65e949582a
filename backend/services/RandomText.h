#pragma once

#include <QString>

// Secrets as text, drawn from common/RandomNumbers (the one source of randomness here).
namespace remotegpu::random_text {

// `bytes` random bytes as unpadded base64url: refresh tokens and other bearer secrets.
QString urlSafeToken(int bytes);
// `count` random decimal digits: codes a person types from a mail.
QString digits(int count);

} // namespace remotegpu::random_text
