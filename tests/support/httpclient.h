#pragma once
// Plain HTTP requests to a server under test, the way a device or an attacker would send them,
// and a raw-socket variant for what QNetworkAccessManager will not send.

#include "processes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

struct HttpResult {
    int status = 0;  // 0: no HTTP answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QString networkError;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString detail() const { return json().value(QStringLiteral("detail")).toString(); }
    bool isProblem() const
    {
        const QJsonObject p = json();
        return header("Content-Type") == "application/problem+json" && p.value(QStringLiteral("status")).toInt() == status
            && !p.value(QStringLiteral("title")).toString().isEmpty() && !p.value(QStringLiteral("detail")).toString().isEmpty();
    }
};

inline HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                              const QList<QPair<QByteArray, QByteArray>> &headers = {}, QNetworkAccessManager *manager = nullptr)
{
    QNetworkAccessManager local;
    QNetworkAccessManager &network = manager ? *manager : local;
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

inline QList<QPair<QByteArray, QByteArray>> jsonHeaders(const QString &token = {})
{
    QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        h.append({"Authorization", "Bearer " + token.toUtf8()});
    return h;
}

// Sends `raw` bytes as they are and returns the status line's code and the rest, read until
// the server closes or `timeoutMs` passes with nothing new.
inline HttpResult rawRequest(int port, const QByteArray &raw, int timeoutMs = 10'000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    HttpResult r;
    if (!socket.waitForConnected(timeoutMs)) {
        r.networkError = socket.errorString();
        return r;
    }
    socket.write(raw);
    QByteArray answer;
    while (socket.waitForReadyRead(timeoutMs)) {
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        // Stop once the whole body (Content-Length) is in.
        const QList<QByteArray> lines = answer.left(end).split('\n');
        qint64 length = -1;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (length >= 0 && answer.size() >= end + 4 + length)
            break;
    }
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
        r.networkError = QStringLiteral("no HTTP answer");
        return r;
    }
    const QList<QByteArray> lines = answer.left(end).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.body = answer.mid(end + 4);
    return r;
}
