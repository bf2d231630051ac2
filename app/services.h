#pragma once
// What the QML types of one engine work with: the device (store, pack, language, sessions),
// the UI's controllers and the background sync. Built in main (or a test) and handed to the
// engine before QML loads; the QML registration (qmltypes.h) and the models QML creates look
// them up through their engine. There is no process-wide instance: two engines can serve two
// devices.

#include <QObject>

class QQmlEngine;

namespace samenspraak {

class AppContext;
class UiContext;
class SyncService;
class RoomHub;

struct Services {
    AppContext *app = nullptr;
    UiContext *ui = nullptr;
    SyncService *sync = nullptr;  // may be null: a device without a sync service shows none
    RoomHub *hub = nullptr;       // the room hub this tablet can run (projector, moderation); may be null
};

// Makes `services` what the QML types of `engine` use. Call before loading QML.
void provideServices(QQmlEngine &engine, const Services &services);
// The services of `engine`, or null when none were provided.
const Services *servicesOf(QQmlEngine *engine);
// The services of the engine that created `object` (a model QML made), or null.
const Services *servicesFor(const QObject *object);

} // namespace samenspraak
