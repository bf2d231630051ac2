#pragma once
// Fetches the content pack the server publishes (GET /api/v1/contentpacks/current, by ETag),
// installs a new one in the store next to the versions contributions refer to, and hands it
// to AppContext, which switches at the next session boundary. Used by `samenspraak sync` and
// by SyncService.

#include "syncclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace samenspraak {

class AppContext;

struct ContentCheck {
    enum Outcome {
        UpToDate,          // 304, or the same pack
        Installed,         // a new version is installed (and in use, unless `deferred`)
        NothingPublished,  // 404: the server has no pack yet; the device keeps its own
        Failed,
    };
    Outcome outcome = Failed;
    QString version;       // the version in use or installed
    bool deferred = false; // installed, waits for the current participant to finish
    bool serverRestored = false;  // the server's epoch changed: acknowledged answers are pending again
    sync::FailureKind failure = sync::FailureKind::None;
    int httpStatus = 0;
    QString error;         // one line for a person
};

class ContentUpdater : public QObject {
    Q_OBJECT
public:
    ContentUpdater(AppContext &context, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Emits finished() once.
    void start(const QUrl &server, const QString &token, int timeoutMs = 30'000);
    bool isRunning() const { return m_reply; }

signals:
    void finished(const samenspraak::ContentCheck &result);

private:
    void onReply();
    void finish(ContentCheck result);

    AppContext &m_context;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_server;  // of the check under way
};

// One line for `samenspraak sync` and the facilitator menu.
QString describe(const ContentCheck &check);

} // namespace samenspraak
