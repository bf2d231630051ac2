#include "contentupdater.h"

#include "appcontext.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcContent, "samenspraak.content")

namespace samenspraak {

ContentUpdater::ContentUpdater(AppContext &context, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_context(context), m_network(network)
{
}

void ContentUpdater::start(const QUrl &server, const QString &token, int timeoutMs)
{
    if (m_reply)
        return;
    m_server = server;
    QNetworkRequest request = sync::apiRequest(server, QStringLiteral("/contentpacks/current"), token, timeoutMs);
    // The pack we would end up with: the one waiting for the session to end, else the one in use.
    const ContentPack &newest = m_context.pendingPack() ? *m_context.pendingPack() : m_context.pack();
    request.setRawHeader("If-None-Match", '"' + newest.sha256 + '"');
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ContentUpdater::onReply);
}

void ContentUpdater::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    ContentCheck result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // Only the sync server's own successful answers (never a proxy's, a captive portal's or an
    // error page's) say its epoch.
    const bool answered = result.httpStatus == 200 || result.httpStatus == 304 || result.httpStatus == 404;
    if (answered && reply->hasRawHeader("API-Version"))
        result.serverRestored = m_context.store().noteServerEpoch(m_server.adjusted(QUrl::StripTrailingSlash).toString(), QString::fromLatin1(reply->rawHeader(protocol::ServerEpochHeader)));
    const ContentPack &inUse = m_context.pendingPack() ? *m_context.pendingPack() : m_context.pack();
    result.version = inUse.version;

    if (result.httpStatus == 304) {
        result.outcome = ContentCheck::UpToDate;
        result.deferred = m_context.pendingPack() != nullptr;
        return finish(result);
    }
    if (result.httpStatus == 404 && reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("application/problem+json"))) {
        result.outcome = ContentCheck::NothingPublished;
        return finish(result);
    }
    result.failure = sync::classifyHttpStatus(result.httpStatus);
    if (result.failure != sync::FailureKind::None) {
        result.error = reply->error() != QNetworkReply::NoError && result.httpStatus == 0 ? reply->errorString()
                                                                                         : QStringLiteral("HTTP %1").arg(result.httpStatus);
        if (const QString detail = protocol::problemDetail(body); !detail.isEmpty())
            result.error += QStringLiteral(": ") + detail;
        return finish(result);
    }
    // Trust the bytes only when they are what the ETag promised: a proxy or captive portal
    // that answers 200 with something else must not become the content residents see.
    const QByteArray etag = reply->rawHeader("ETag");
    const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    if (etag != '"' + sha + '"') {
        result.failure = sync::FailureKind::Transient;
        result.error = tr("the content the server sent does not match its ETag (a captive portal or proxy?)");
        return finish(result);
    }
    ParsedPack parsed = parseContentPack(body);
    if (!parsed.pack) {
        const ContentProblem first = parsed.problems.value(0);
        result.failure = sync::FailureKind::Refused;
        result.error = tr("the server's content pack is not valid here (%1: %2); keeping version %3")
                           .arg(first.path, first.message, inUse.version);
        return finish(result);
    }
    if (StoreError e = m_context.store().installContent(*parsed.pack)) {
        result.failure = e.code == StoreError::Invalid    ? sync::FailureKind::Refused
                       : e.code == StoreError::DiskFull ? sync::FailureKind::StorageFull
                                                        : sync::FailureKind::Transient;
        result.error = e.message;
        return finish(result);
    }
    result.version = parsed.pack->version;
    if (parsed.pack->version == m_context.pack().version && parsed.pack->sha256 == m_context.pack().sha256) {
        m_context.adoptPack(*parsed.pack);  // drops a pending one: the server went back to what is in use
        result.outcome = ContentCheck::UpToDate;
        return finish(result);
    }
    result.outcome = ContentCheck::Installed;
    result.deferred = !m_context.adoptPack(*parsed.pack);
    qCInfo(lcContent) << "installed content" << parsed.pack->version << (result.deferred ? "(after this session)" : "");
    finish(result);
}

void ContentUpdater::finish(ContentCheck result)
{
    emit finished(result);
}

QString describe(const ContentCheck &check)
{
    switch (check.outcome) {
    case ContentCheck::UpToDate:
        return check.deferred ? ContentUpdater::tr("content version %1 is ready; it starts with the next participant").arg(check.version)
                              : ContentUpdater::tr("content version %1 is up to date").arg(check.version);
    case ContentCheck::Installed:
        return check.deferred ? ContentUpdater::tr("content version %1 installed; it starts with the next participant").arg(check.version)
                              : ContentUpdater::tr("content version %1 installed and in use").arg(check.version);
    case ContentCheck::NothingPublished:
        return ContentUpdater::tr("the server publishes no content yet; keeping version %1").arg(check.version);
    case ContentCheck::Failed:
        break;
    }
    return ContentUpdater::tr("content not checked: %1").arg(check.error);
}

} // namespace samenspraak
