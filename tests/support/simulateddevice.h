#pragma once
// A device in a temp dir with simulated participants of the shipped pack, for the tests that
// link the app (the sync client's tests).

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "simulator.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

struct SimulatedDevice {
    QTemporaryDir dir;
    std::unique_ptr<samenspraak::AppContext> context;
    samenspraak::Store &store() { return context->store(); }
};

inline std::unique_ptr<SimulatedDevice> simulatedDevice(int participants, quint32 seed)
{
    auto device = std::make_unique<SimulatedDevice>();
    auto created = samenspraak::AppContext::create(device->dir.path(), samenspraak::CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    device->context = std::move(created.context);
    REQUIRE(samenspraak::simulateParticipants(*device->context, participants, seed).error.isEmpty());
    return device;
}
