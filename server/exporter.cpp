#include "exporter.h"

#include "answers.h"
#include "resultstable.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenspraak::server {

namespace {

QByteArray csvField(const QString &value, QChar separator)
{
    QString v = value;
    // A leading = + - @ makes Excel run a formula: neutralise it (CSV injection). A plain
    // number (-1, the Pol.is disagree vote) is no formula and stays a number.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()) && !number.match(v).hasMatch())
        v.prepend(QLatin1Char('\''));
    if (v.contains(separator) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v.toUtf8();
}

// The whole record: only with `export --joined`.
void writeJoined(const QList<ExportRow> &rows, const ExportOptions &options, QIODevice &out)
{
    if (options.format == QLatin1String("json")) {
        QJsonArray array;
        for (const ExportRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("sessionId"), r.sessionId},
                                     {QStringLiteral("deviceId"), r.deviceId},
                                     {QStringLiteral("activityId"), r.activityId},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("contentVersion"), r.contentVersion},
                                     {QStringLiteral("payload"), QJsonDocument::fromJson(r.payload.toUtf8()).object()},
                                     {QStringLiteral("createdAt"), r.createdAt},
                                     {QStringLiteral("receivedAt"), r.receivedAt},
                                     {QStringLiteral("supersedes"), r.supersedes},
                                     {QStringLiteral("deviceSeq"), double(r.deviceSeq)}});
        out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    QList<QStringList> table;
    for (const ExportRow &r : rows)
        table.append({r.id, r.sessionId, r.deviceId, r.activityId, r.kind, r.contentVersion, r.payload, r.createdAt, r.receivedAt,
                      r.supersedes, QString::number(r.deviceSeq)});
    writeCsvTable({QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("device_id"), QStringLiteral("activity_id"),
                   QStringLiteral("kind"), QStringLiteral("content_version"), QStringLiteral("payload"),
                   QStringLiteral("created_at_device"), QStringLiteral("received_at_server"), QStringLiteral("supersedes"),
                   QStringLiteral("device_seq")},
                  table, options.separator, options.byteOrderMark, out);
}

} // namespace

qsizetype writeExport(const QList<ExportRow> &rows, const ExportOptions &options, QIODevice &out)
{
    if (options.joined) {
        writeJoined(rows, options, out);
        return rows.size();
    }
    const results::Participants who = results::Participants::pseudonymous();
    const bool json = options.format == QLatin1String("json");
    QJsonArray array;
    QList<QStringList> table;
    for (const ExportRow &r : rows) {
        const std::optional<QJsonObject> payload = answers::withoutFreeText(r.kind, QJsonDocument::fromJson(r.payload.toUtf8()).object());
        if (!payload)
            continue;  // an idea: only in the free-text export
        const results::DayPart when = results::dayPart(exportDate(r));  // a paper form: its own date, not the typing's
        if (json)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("participant"), who(r.sessionId)},
                                     {QStringLiteral("activityId"), r.activityId},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("contentVersion"), r.contentVersion},
                                     {QStringLiteral("payload"), *payload},
                                     {QStringLiteral("date"), when.date},
                                     {QStringLiteral("partOfDay"), when.part},
                                     {QStringLiteral("supersedes"), r.supersedes}});
        else
            table.append({r.id, who(r.sessionId), r.activityId, r.kind, r.contentVersion,
                          QString::fromUtf8(QJsonDocument(*payload).toJson(QJsonDocument::Compact)), when.date, when.part, r.supersedes});
    }
    if (json) {
        out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return array.size();
    }
    writeCsvTable({QStringLiteral("id"), QStringLiteral("participant"), QStringLiteral("activity_id"), QStringLiteral("kind"),
                   QStringLiteral("content_version"), QStringLiteral("payload"), QStringLiteral("date"), QStringLiteral("part_of_day"),
                   QStringLiteral("supersedes")},
                  table, options.separator, options.byteOrderMark, out);
    return table.size();
}

void writeCsvTable(const QStringList &header, const QList<QStringList> &rows, QChar sep, bool byteOrderMark, QIODevice &out)
{
    if (byteOrderMark)
        out.write("\xEF\xBB\xBF");
    out.write(header.join(sep).toUtf8() + "\r\n");
    for (const QStringList &row : rows) {
        QByteArrayList fields;
        for (const QString &v : row)
            fields.append(csvField(v, sep));
        out.write(fields.join(QString(sep).toUtf8()) + "\r\n");
    }
}

} // namespace samenspraak::server
