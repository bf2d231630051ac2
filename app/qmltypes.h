#pragma once
// The QML registration of the app's controllers and models (module Samenspraak.Core), kept
// apart from the classes themselves: they are plain QObjects that C++ tests and commands use
// without QML. Singletons come from the services provided to each engine (services.h).

#include "activitymodel.h"
#include "appcontext.h"
#include "contentservice.h"
#include "dilemmamodel.h"
#include "dotsmodel.h"
#include "facilitatorcontroller.h"
#include "flowcontroller.h"
#include "ideasmodel.h"
#include "idleguard.h"
#include "moderationqueue.h"
#include "projectormodel.h"
#include "profilemodel.h"
#include "readaloud.h"
#include "rankingmodel.h"
#include "representationmodel.h"
#include "resultsmodel.h"
#include "roomcontroller.h"
#include "satisfactionmodel.h"
#include "services.h"
#include "sessioncontroller.h"
#include "statementsmodel.h"
#include "syncservice.h"
#include "uicontext.h"
#include "valuesmodel.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace samenspraak::qmltypes {

// The services of the engine; a QML engine without them is a programming error.
inline const Services &servicesOrDie(QQmlEngine *engine)
{
    const Services *services = servicesOf(engine);
    if (!services || !services->app || !services->ui)
        qFatal("Samenspraak.Core: no services were provided to this QML engine (provideServices) before loading QML");
    return *services;
}

// The object stays the C++ side's; QML must never delete it.
template <typename T>
T *keptByCpp(T *object)
{
    if (object)
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

struct Participation {
    Q_GADGET
    QML_FOREIGN(samenspraak::SessionController)
    QML_NAMED_ELEMENT(Participation)
    QML_SINGLETON
public:
    static SessionController *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).app->sessions()); }
};

struct Content {
    Q_GADGET
    QML_FOREIGN(samenspraak::ContentService)
    QML_NAMED_ELEMENT(Content)
    QML_SINGLETON
public:
    static ContentService *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).app->content()); }
};

struct Sync {
    Q_GADGET
    QML_FOREIGN(samenspraak::SyncService)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
public:
    // Null on a device that does not sync; the screens check for that.
    static SyncService *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(servicesOrDie(engine).sync); }
};

struct Journey {
    Q_GADGET
    QML_FOREIGN(samenspraak::FlowController)
    QML_NAMED_ELEMENT(Journey)
    QML_SINGLETON
public:
    static FlowController *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).ui->flow()); }
};

struct Idle {
    Q_GADGET
    QML_FOREIGN(samenspraak::IdleGuard)
    QML_NAMED_ELEMENT(Idle)
    QML_SINGLETON
public:
    static IdleGuard *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).ui->idle()); }
};

struct Room {
    Q_GADGET
    QML_FOREIGN(samenspraak::RoomController)
    QML_NAMED_ELEMENT(Room)
    QML_SINGLETON
public:
    static RoomController *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).ui->room()); }
};

struct Facilitator {
    Q_GADGET
    QML_FOREIGN(samenspraak::FacilitatorController)
    QML_NAMED_ELEMENT(Facilitator)
    QML_SINGLETON
public:
    static FacilitatorController *create(QQmlEngine *engine, QJSEngine *)
    {
        return keptByCpp(&servicesOrDie(engine).ui->facilitator());
    }
};

struct ReadAloudType {
    Q_GADGET
    QML_FOREIGN(samenspraak::ReadAloud)
    QML_NAMED_ELEMENT(ReadAloud)
    QML_SINGLETON
public:
    static ReadAloud *create(QQmlEngine *engine, QJSEngine *) { return keptByCpp(&servicesOrDie(engine).ui->readAloud()); }
};

struct ActivityModelType {
    Q_GADGET
    QML_FOREIGN(samenspraak::ActivityModel)
    QML_NAMED_ELEMENT(ActivityModel)
    QML_UNCREATABLE("The base of the activity models; use one of them, e.g. ValuesModel.")
};

// The models every activity screen creates (one per kind), and the thank-you glimpse.
struct ValuesModelType { Q_GADGET QML_FOREIGN(samenspraak::ValuesModel) QML_NAMED_ELEMENT(ValuesModel) };
struct IdeasModelType { Q_GADGET QML_FOREIGN(samenspraak::IdeasModel) QML_NAMED_ELEMENT(IdeasModel) };
struct DotsModelType { Q_GADGET QML_FOREIGN(samenspraak::DotsModel) QML_NAMED_ELEMENT(DotsModel) };
struct RankingModelType { Q_GADGET QML_FOREIGN(samenspraak::RankingModel) QML_NAMED_ELEMENT(RankingModel) };
struct DilemmaModelType { Q_GADGET QML_FOREIGN(samenspraak::DilemmaModel) QML_NAMED_ELEMENT(DilemmaModel) };
struct StatementsModelType { Q_GADGET QML_FOREIGN(samenspraak::StatementsModel) QML_NAMED_ELEMENT(StatementsModel) };
struct ProfileModelType { Q_GADGET QML_FOREIGN(samenspraak::ProfileModel) QML_NAMED_ELEMENT(ProfileModel) };
// The room hub's projector view and moderation queue (they find the hub in the services).
struct ProjectorModelType { Q_GADGET QML_FOREIGN(samenspraak::ProjectorModel) QML_NAMED_ELEMENT(ProjectorModel) };
struct ModerationQueueType { Q_GADGET QML_FOREIGN(samenspraak::ModerationQueue) QML_NAMED_ELEMENT(ModerationQueue) };
struct SatisfactionModelType { Q_GADGET QML_FOREIGN(samenspraak::SatisfactionModel) QML_NAMED_ELEMENT(SatisfactionModel) };
struct ResultsModelType { Q_GADGET QML_FOREIGN(samenspraak::ResultsModel) QML_NAMED_ELEMENT(ResultsModel) };
// The facilitator menu's reach and representativeness.
struct RepresentationModelType { Q_GADGET QML_FOREIGN(samenspraak::RepresentationModel) QML_NAMED_ELEMENT(RepresentationModel) };

} // namespace samenspraak::qmltypes
