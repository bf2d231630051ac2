#pragma once
// Compact JSON written by hand, byte for byte what QJsonDocument::toJson(QJsonDocument::Compact)
// writes (Qt 6's qjsonwriter: keys in the object's own order, the same escapes, UTF-8 as is, a
// lone surrogate as \uXXXX, numbers through QByteArray::number), without building a document.
// A record's canonical form is made with it on every upload; one byte of difference from what
// earlier versions stored would turn each resend of an older record into a conflict, so
// tests/unit/test_compactjson.cpp compares the two over many payloads.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace samenspraak::protocol::json {

void appendString(QByteArray &out, QStringView text);  // with its quotes
void appendValue(QByteArray &out, const QJsonValue &value);
void appendObject(QByteArray &out, const QJsonObject &object);
[[nodiscard]] QByteArray compact(const QJsonObject &object);

} // namespace samenspraak::protocol::json
