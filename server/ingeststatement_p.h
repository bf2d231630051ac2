#pragma once
// One prepared statement of the ingest path (ingest.cpp), prepared once per connection and
// executed again and again. Two implementations behind one interface, so that ingest keeps one
// algorithm for both backends:
//   SQLite      SQLite's C API on the connection QtSql opened (QSqlDriver::handle()): text is
//               bound as the UTF-8 it already is or is turned into once (QtSql binds UTF-16,
//               which SQLite converts again), no QVariant per value, no QtSql placeholder
//               naming when a multi-row statement is prepared (bench/README.md, issue 9).
//   otherwise   QtSql (PostgreSQL: a server-side prepared statement, so one round trip per
//               execution instead of a PREPARE and a DEALLOCATE around each).
// Not part of the library's API.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct pg_conn;

namespace samenspraak::server::detail {

// The sqlite3 handle of a QSQLITE connection, or null for any other driver. Debian's QSQLITE
// driver links the system libsqlite3, which this library links too: one SQLite in the process.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// The libpq connection of a QPSQL connection, or null for any other driver.
pg_conn *postgresHandle(const QSqlDatabase &db);

class IngestStatement {
public:
    virtual ~IngestStatement() = default;
    // How PostgreSQL plans a statement (elsewhere: prepared once). A statement prepared once
    // keeps the plan made for the tables as they were: one that looks rows up by a list of ids
    // (`id IN (?, …)`) was planned as a sequential scan while the table was small, and kept
    // scanning the grown table (bench/README.md, issue 9). Such a statement is planned at each
    // execution (an unnamed statement), for the table as it is then.
    enum class Planning { Once, EachExecution };
    // A statement on `db` (still usable when preparing failed: exec() then fails with why).
    static std::unique_ptr<IngestStatement> prepare(QSqlDatabase &db, const QString &sql, Planning planning = Planning::Once);

    // The next placeholder's value, in order. A null QString or QByteArray binds SQL NULL (as
    // QtSql does); `utf8` is text already encoded.
    virtual void bind(const QString &text) = 0;
    virtual void bindUtf8(const QByteArray &utf8) = 0;
    virtual void bind(qint64 number) = 0;
    virtual void bindNull() = 0;

    // Runs the statement with the values bound since the last exec(); false: error() says why.
    // Rows it returns are read with next() and text(); finish() (or the next bind) ends it.
    [[nodiscard]] virtual bool exec() = 0;
    virtual bool next() = 0;
    // Column `column` of the current row as UTF-8.
    virtual QByteArray text(int column) = 0;
    // Rows the last INSERT, UPDATE or DELETE changed.
    virtual qint64 rowsAffected() = 0;
    virtual void finish() = 0;
    virtual QString error() const = 0;
    // Whether the last exec() failed on a unique constraint (PostgreSQL's SQLSTATE 23505; false
    // on SQLite, where ingest never needs to tell).
    virtual bool uniqueViolation() const = 0;
    // False when preparing failed (then exec() fails with why).
    virtual bool isPrepared() const = 0;
};

} // namespace samenspraak::server::detail
