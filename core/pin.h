#pragma once
// PIN hashing for the facilitator menu: salted PBKDF2-HMAC-SHA256 (OpenSSL's libcrypto), kept
// as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (hex) in the device's settings.

#include <QByteArray>
#include <QString>

namespace samenspraak::pin {

inline constexpr int Iterations = 20000;

// 16 random bytes from the system's CSPRNG.
QByteArray newSalt();
QString hash(const QString &pin, const QByteArray &salt, int iterations = Iterations);
// Compares in constant time; false for anything that is not a stored hash.
bool verify(const QString &stored, const QString &pin);
// Two secrets (a hash, a room code, a token) compared in constant time; false when either is empty.
bool sameSecret(const QByteArray &a, const QByteArray &b);

} // namespace samenspraak::pin
