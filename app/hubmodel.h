#pragma once
// A list model over what this tablet's room hub holds: the projector (ProjectorModel) and the
// moderation queue (ModerationQueue). QML creates them, so they find the hub and the language in
// the services of their engine (services.h); C++ sets the hub directly. They recompute when the
// hub says its contents changed (RoomHub::contentsChanged), coalesced to once per turn of the
// event loop: no timer runs while nothing happens.

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>

namespace samenspraak {

class RoomHub;

class HubModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(bool running READ running NOTIFY updated)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit HubModel(QObject *parent = nullptr);
    void setHub(RoomHub *hub);
    RoomHub *hub() const;
    bool running() const;
    // The language of the pack's texts (the device's, followed as it changes); nl or en.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    void classBegin() override;
    void componentComplete() override {}

    // Reads the hub's store again now (the hub's signal schedules it by itself).
    Q_INVOKABLE virtual void refresh() = 0;

signals:
    void updated();
    void languageChanged();

protected:
    void schedule();

private:
    QPointer<RoomHub> m_hub;
    QString m_language = QStringLiteral("nl");
    QTimer m_refresh;
};

} // namespace samenspraak
