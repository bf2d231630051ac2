#pragma once
// The content pack, in the participant's language, as QML reads it. Read-only apart from
// the language switch; all texts come from the pack, never from QML.

#include <QObject>
#include <QStringList>
#include <QVariantMap>


namespace samenspraak {

class AppContext;
struct Text;
struct Phase;

class ContentService : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version NOTIFY packChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString municipality READ municipality NOTIFY textsChanged)
    Q_PROPERTY(QString invitation READ invitation NOTIFY textsChanged)
    Q_PROPERTY(QStringList attractQuestions READ attractQuestions NOTIFY textsChanged)
    Q_PROPERTY(QStringList flow READ flow NOTIFY packChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY participantCountChanged)
    // Every phase of the process in order: [{id, number, status, title, question, product, result, ...}]
    Q_PROPERTY(QVariantList phases READ phases NOTIFY textsChanged)
    Q_PROPERTY(int phaseCount READ phaseCount NOTIFY packChanged)
    // The privacy notice shown before the first question: {controller, purpose, retention,
    // contact, url}; empty when the pack has none.
    Q_PROPERTY(QVariantMap privacy READ privacy NOTIFY textsChanged)
    // What happens next, on the thank-you screen: {text, url, qrSize, qrModules (qrSize *
    // qrSize booleans, row by row; empty without a url)}; empty when the pack has none.
    Q_PROPERTY(QVariantMap afterwards READ afterwards NOTIFY textsChanged)
    // "Wat is er met je inbreng gedaan?", opened from the attract screen: {intro, updated (the
    // date in words, "3 december 2026"), url, items: [{id, phase (its title, may be empty),
    // phaseNumber (0 without a phase), heard, response, status}]}; empty when the pack has none.
    Q_PROPERTY(QVariantMap followUp READ followUp NOTIFY textsChanged)

public:
    explicit ContentService(AppContext &context, QObject *parent = nullptr);

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
    QVariantMap privacy() const;
    QVariantMap afterwards() const;
    QVariantMap followUp() const;

    // Everything a screen needs about one activity, in the current language.
    Q_INVOKABLE QVariantMap activity(const QString &activityId) const;
    // The phase an activity belongs to: its question and what happens with the input.
    Q_INVOKABLE QVariantMap phaseOf(const QString &activityId) const;
    // One phase: its question, horizon, product, who decides and what happens with the input.
    Q_INVOKABLE QVariantMap phase(const QString &phaseId) const;
    Q_INVOKABLE void refreshParticipantCount() { emit participantCountChanged(); }

signals:
    void languageChanged();
    // A newer pack was adopted (between participants): version, flow and phases changed.
    void packChanged();
    // Any text may read differently: the language changed, or the pack did.
    void textsChanged();
    void participantCountChanged();

private:
    QString tr(const Text &text) const;
    QVariantMap phaseMap(const Phase &p) const;
    AppContext &m_context;
};

} // namespace samenspraak
