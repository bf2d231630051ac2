#pragma once
// A self-signed TLS certificate for a room hub (docs/architecture.md, "Room hub"): made when a
// room starts, on a tablet without internet, so no CA can sign it; tablets pin its SHA-256
// fingerprint instead. OpenSSL libcrypto: an EC P-256 key and an X.509 v3 certificate.

#include <QByteArray>
#include <QString>

namespace samenspraak::server {

struct SelfSignedCertificate {
    QByteArray certificatePem;
    QByteArray keyPem;  // unencrypted PKCS#8: keep the file readable by its owner only
    QString error;      // set when it could not be made
    bool ok() const { return error.isEmpty() && !certificatePem.isEmpty() && !keyPem.isEmpty(); }
};

[[nodiscard]] SelfSignedCertificate makeSelfSignedCertificate(const QString &commonName, int validDays);

} // namespace samenspraak::server
