#pragma once
// Certificate pinning for a room hub (docs/architecture.md, "Room hub"): a hub in a village
// hall has a self-signed certificate that no CA vouches for, so a tablet trusts exactly the one
// whose SHA-256 fingerprint it was given (QR code, join URL or typed), and nothing else.

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

namespace samenspraak::sync {

// Lowercase hex of the certificate's SHA-256 (64 characters).
QByteArray certificateFingerprint(const QSslCertificate &certificate);
// Lowercase hex from what a person typed or a URL carried ("AB:CD ...", "ab cd", "abcd");
// empty when it is not 32 bytes of hex.
QByteArray normalizeFingerprint(const QString &typed);
// In groups of four, for a person to compare with the hub's screen: "ab12 cd34 ...".
QString formatFingerprint(const QByteArray &hex);

// Every TLS connection `network` makes is accepted only when the peer's certificate has the
// pinned fingerprint: certificate errors are ignored for exactly that certificate, and a reply
// whose certificate differs is aborted even if a CA vouches for it. Lives as long as `network`.
class CertificatePin : public QObject {
    Q_OBJECT
public:
    CertificatePin(QNetworkAccessManager *network, const QByteArray &fingerprint);

    QByteArray fingerprint() const { return m_pin; }
    // The fingerprint of the last certificate that was refused, or empty when none was.
    QByteArray refused() const { return m_refused; }

private:
    bool matches(QNetworkReply *reply, const QSslCertificate &fallback);

    QByteArray m_pin;
    QByteArray m_refused;
};

} // namespace samenspraak::sync
