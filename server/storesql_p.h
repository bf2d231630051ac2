#pragma once
// Small SQL helpers the parts of the server store share (not part of the library's API).

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace samenspraak::server::detail {

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL: bind '' instead where NULL is not meant.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// SQL NULL in a text column.
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace samenspraak::server::detail
