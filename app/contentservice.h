#pragma once
// The content pack, in the participant's language, as QML reads it. Read-only apart from
// the language switch; all texts come from the pack, never from QML.

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace samenspraak {

class AppContext;
struct Text;
struct Phase;

class ContentService : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Content)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY languageChanged)
    Q_PROPERTY(QString municipality READ municipality NOTIFY languageChanged)
    Q_PROPERTY(QString invitation READ invitation NOTIFY languageChanged)
    Q_PROPERTY(QStringList attractQuestions READ attractQuestions NOTIFY languageChanged)
    Q_PROPERTY(QStringList flow READ flow CONSTANT)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY participantCountChanged)
    // Every phase of the process in order: [{id, number, status, title, question, product, result, ...}]
    Q_PROPERTY(QVariantList phases READ phases NOTIFY languageChanged)
    Q_PROPERTY(int phaseCount READ phaseCount CONSTANT)

public:
    explicit ContentService(AppContext &context, QObject *parent = nullptr);
    static ContentService *create(QQmlEngine *, QJSEngine *);

    QString language() const;
    void setLanguage(const QString &language);
    QString version() const;
    QString title() const;
    QString municipality() const;
    QString invitation() const;
    QStringList attractQuestions() const;
    QStringList flow() const;
    int participantCount() const;
    QVariantList phases() const;
    int phaseCount() const;

    // Everything a screen needs about one activity, in the current language.
    Q_INVOKABLE QVariantMap activity(const QString &activityId) const;
    // The phase an activity belongs to: its question and what happens with the input.
    Q_INVOKABLE QVariantMap phaseOf(const QString &activityId) const;
    // One phase: its question, horizon, product, who decides and what happens with the input.
    Q_INVOKABLE QVariantMap phase(const QString &phaseId) const;
    Q_INVOKABLE void refreshParticipantCount() { emit participantCountChanged(); }

signals:
    void languageChanged();
    void participantCountChanged();

private:
    QString tr(const Text &text) const;
    QVariantMap phaseMap(const Phase &p) const;
    AppContext &m_context;
};

} // namespace samenspraak
