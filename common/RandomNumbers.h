#pragma once

#include <QByteArray>
#include <QtGlobal>

// Random numbers from the operating system's generator, for ids and one-time secrets.
// Everything goes through here rather than QRandomGenerator::system()->generate() or bounded():
// with Qt 6.4.2 (Debian 12) those return the value of the call before about 77 times in a
// million calls (measured), which made generated machine ids collide in large imports.
// generate64() and fillRange() do not, so these are built on generate64().
namespace remotegpu::random {

// 32 random bits.
quint32 number();
// Uniform in [0, bound); bound > 0. (The modulo bias of 64 random bits is below 2^-32.)
quint32 bounded(quint32 bound);
// `count` random bytes (count >= 0), for secrets and opaque ids: signing keys, request ids,
// generated passwords.
QByteArray bytes(qsizetype count);

} // namespace remotegpu::random
