#include "pinning.h"

#include "syncclient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace samenspraak::sync {

QByteArray certificateFingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray normalizeFingerprint(const QString &typed)
{
    QByteArray hex;
    for (const QChar c : typed) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const char l = char(c.toLower().unicode());
        if (c.unicode() > 127 || !((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return {};
        hex.append(l);
    }
    return hex.size() == 64 ? hex : QByteArray();
}

QString formatFingerprint(const QByteArray &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(QLatin1Char(' '));
}

CertificatePin::CertificatePin(QNetworkAccessManager *network, const QByteArray &fingerprint)
    : QObject(network), m_pin(fingerprint)
{
    connect(network, &QNetworkAccessManager::sslErrors, this, [this](QNetworkReply *reply, const QList<QSslError> &errors) {
        if (matches(reply, errors.isEmpty() ? QSslCertificate() : errors.first().certificate()))
            reply->ignoreSslErrors(errors);
    });
    // A certificate a CA vouches for raises no sslErrors: check it here too.
    connect(network, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (!matches(reply, QSslCertificate()))
            reply->abort();
    });
}

bool CertificatePin::matches(QNetworkReply *reply, const QSslCertificate &fallback)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull())
        peer = fallback;
    const QByteArray seen = certificateFingerprint(peer);
    if (!m_pin.isEmpty() && seen == m_pin)
        return true;
    m_refused = seen.isEmpty() ? QByteArrayLiteral("(none)") : seen;
    qCWarning(lcSync).noquote() << "refused the certificate of" << reply->url().host() << "with fingerprint" << seen
                                << "; pinned:" << m_pin;
    return false;
}

} // namespace samenspraak::sync
