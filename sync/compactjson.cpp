#include "compactjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace samenspraak::protocol::json {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    const char escaped[6] = {'\\', 'u', hexDigit(unit >> 12 & 0xf), hexDigit(unit >> 8 & 0xf), hexDigit(unit >> 4 & 0xf), hexDigit(unit & 0xf)};
    out.append(escaped, 6);
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out.append(',');
        first = false;
        appendValue(out, v);
    }
    out.append(']');
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        // A run of plain ASCII goes in at once.
        const char16_t *run = src;
        while (run != end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\')
            ++run;
        if (run != src) {
            const qsizetype at = out.size();
            out.resize(at + (run - src));
            char *dst = out.data() + at;
            for (; src != run; ++src)
                *dst++ = char(*src);
            continue;
        }
        const char16_t u = *src++;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case u'"': out.append('"'); break;
            case u'\\': out.append('\\'); break;
            case 0x08: out.append('b'); break;
            case 0x0c: out.append('f'); break;
            case 0x0a: out.append('n'); break;
            case 0x0d: out.append('r'); break;
            case 0x09: out.append('t'); break;
            default: {
                const char rest[5] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
                out.append(rest, 5);
            }
            }
        } else if (u < 0x800) {
            const char bytes[2] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 2);
        } else if (u < 0xd800 || u > 0xdfff) {
            const char bytes[3] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 3);
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            const char bytes[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)), char(0x80 | ((c >> 6) & 0x3f)),
                                   char(0x80 | (c & 0x3f))};
            out.append(bytes, 4);
        } else {
            appendEscapedUnit(out, u);  // a lone surrogate: UTF-8 cannot carry it
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Qt keeps an integral number as a 64-bit integer and writes it as one; any other as
        // the shortest double that reads back the same (or null when not finite).
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out.append(QByteArray::number(number.toInteger()));
        } else {
            const double d = number.toDouble();
            out.append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null"));
        }
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    }
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it != object.constBegin())
            out.append(',');
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

QByteArray compact(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(256);
    appendObject(out, object);
    return out;
}

} // namespace samenspraak::protocol::json
