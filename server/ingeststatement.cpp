#include "ingeststatement_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <string>
#include <vector>

namespace samenspraak::server::detail {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The PGconn of a QPSQL connection, or null for any other driver.
PGconn *postgresHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL registers the handle under libpq's struct name (`pg_conn*`, PGconn being its typedef).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

class SqliteStatement final : public IngestStatement {
public:
    SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
            m_prepareError = QStringLiteral("preparing failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    void bind(const QString &text) override
    {
        startBinding();
        if (text.isNull()) {
            m_values.push_back({Value::Null, 0, 0, 0});
            return;
        }
        // The UTF-8 goes into one buffer that lives until the statement is reset: no
        // allocation per value once the buffer has grown to a batch's size.
        const std::size_t at = m_arena.size();
        m_arena.resize(at + std::size_t(m_encoder.requiredSpace(text.size())));
        char *end = m_encoder.appendToBuffer(m_arena.data() + at, text);
        m_arena.resize(std::size_t(end - m_arena.data()));
        m_values.push_back({Value::Text, at, m_arena.size() - at, 0});
    }
    void bindUtf8(const QByteArray &utf8) override
    {
        startBinding();
        if (utf8.isNull()) {
            m_values.push_back({Value::Null, 0, 0, 0});
            return;
        }
        const std::size_t at = m_arena.size();
        m_arena.append(utf8.constData(), std::size_t(utf8.size()));
        m_values.push_back({Value::Text, at, std::size_t(utf8.size()), 0});
    }
    void bind(qint64 number) override
    {
        startBinding();
        m_values.push_back({Value::Integer, 0, 0, number});
    }
    void bindNull() override
    {
        startBinding();
        m_values.push_back({Value::Null, 0, 0, 0});
    }

    bool exec() override
    {
        if (!m_statement) {
            m_error = m_prepareError;
            return false;
        }
        if (m_executed)  // executed again without new values
            reset();
        m_error.clear();
        m_executed = true;
        m_row = Row::None;
        m_changes = 0;
        if (int(m_values.size()) != sqlite3_bind_parameter_count(m_statement)) {
            m_error = QStringLiteral("%1 values bound to a statement with %2 placeholders").arg(m_values.size()).arg(sqlite3_bind_parameter_count(m_statement));
            return false;
        }
        // The arena no longer grows: its bytes stay where they are until reset().
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            const Value &v = m_values[i];
            const int index = int(i) + 1;
            int rc = SQLITE_OK;
            switch (v.kind) {
            case Value::Null:
                rc = sqlite3_bind_null(m_statement, index);
                break;
            case Value::Text:
                rc = sqlite3_bind_text64(m_statement, index, m_arena.data() + v.offset, sqlite3_uint64(v.size), SQLITE_STATIC, SQLITE_UTF8);
                break;
            case Value::Integer:
                rc = sqlite3_bind_int64(m_statement, index, v.number);
                break;
            }
            if (rc != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        return step();
    }
    bool next() override
    {
        if (m_row == Row::Pending) {
            m_row = Row::Current;
            return true;
        }
        if (m_row != Row::Current)
            return false;
        return step() && m_row == Row::Pending && next();
    }
    QByteArray text(int column) override
    {
        if (m_row != Row::Current)
            return {};
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    qint64 rowsAffected() override { return m_changes; }
    void finish() override { reset(); }
    QString error() const override { return m_error; }
    bool uniqueViolation() const override { return false; }
    bool isPrepared() const override { return m_statement != nullptr; }

private:
    struct Value {
        enum Kind { Null, Text, Integer } kind;
        std::size_t offset, size;
        qint64 number;
    };
    enum class Row { None, Pending, Current };

    // Steps once: a row (Pending), done (None, changes counted), or an error.
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_row = Row::Pending;
            return true;
        }
        m_row = Row::None;
        if (rc == SQLITE_DONE) {
            m_changes = sqlite3_changes64(m_db);
            return true;
        }
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        return false;
    }
    // The first value after an execution starts the next one.
    void startBinding()
    {
        if (m_executed)
            reset();
    }
    void reset()
    {
        if (m_statement)
            sqlite3_reset(m_statement);
        m_executed = false;
        m_row = Row::None;
        m_arena.clear();  // keeps its capacity
        m_values.clear();
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError, m_error;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::string m_arena;
    std::vector<Value> m_values;
    bool m_executed = false;
    Row m_row = Row::None;
    qint64 m_changes = 0;
};


// libpq's extended protocol on the connection QtSql opened: prepared once (PQprepare), then one
// PQexecPrepared per execution with the values as text parameters. QtSql's QPSQL driver sends
// every execution as `EXECUTE name('…', '…', …)`: each value escaped into a statement text that
// the PostgreSQL backend parses again, through a QVariant each (bench/README.md, issue 9).
class PostgresStatement final : public IngestStatement {
public:
    PostgresStatement(PGconn *connection, const QString &sql, Planning planning) : m_connection(connection)
    {
        static std::atomic<quint64> counter{0};
        m_name = "samenspraak_ingest_" + std::to_string(++counter);
        // `?` placeholders (the statements of ingest.cpp hold no `?` elsewhere) become $1, $2, …
        std::string text;
        const QByteArray utf8 = sql.toUtf8();
        text.reserve(std::size_t(utf8.size()) * 2);
        for (const char c : utf8) {
            if (c == '?')
                text += '$' + std::to_string(++m_parameters);
            else
                text += c;
        }
        if (planning == Planning::EachExecution) {
            m_text = std::move(text);
            m_name.clear();
            return;
        }
        PGresult *result = PQprepare(m_connection, m_name.c_str(), text.c_str(), m_parameters, nullptr);
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            m_prepareError = QStringLiteral("preparing failed: %1").arg(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed());
        PQclear(result);
    }
    ~PostgresStatement() override
    {
        PQclear(m_result);
        // Not in a failed transaction (it would refuse) nor on a lost connection: the statement
        // goes with the connection then.
        const PGTransactionStatusType status = PQtransactionStatus(m_connection);
        if (!m_name.empty() && m_prepareError.isEmpty() && (status == PQTRANS_IDLE || status == PQTRANS_INTRANS))
            PQclear(PQexec(m_connection, ("DEALLOCATE " + m_name).c_str()));
    }

    void bind(const QString &text) override
    {
        startBinding();
        if (text.isNull()) {
            m_values.push_back(Null);
            return;
        }
        const std::size_t at = m_arena.size();
        m_arena.resize(at + std::size_t(m_encoder.requiredSpace(text.size())));
        char *end = m_encoder.appendToBuffer(m_arena.data() + at, text);
        m_arena.resize(std::size_t(end - m_arena.data()));
        m_arena.push_back('\0');  // libpq takes text parameters as C strings
        m_values.push_back(at);
    }
    void bindUtf8(const QByteArray &utf8) override
    {
        startBinding();
        if (utf8.isNull()) {
            m_values.push_back(Null);
            return;
        }
        m_values.push_back(m_arena.size());
        m_arena.append(utf8.constData(), std::size_t(utf8.size()));
        m_arena.push_back('\0');
    }
    void bind(qint64 number) override
    {
        startBinding();
        m_values.push_back(m_arena.size());
        m_arena += std::to_string(number);
        m_arena.push_back('\0');
    }
    void bindNull() override
    {
        startBinding();
        m_values.push_back(Null);
    }

    bool exec() override
    {
        if (!m_prepareError.isEmpty()) {
            m_error = m_prepareError;
            return false;
        }
        PQclear(m_result);
        m_result = nullptr;
        m_error.clear();
        m_uniqueViolation = false;
        m_executed = true;
        m_row = -1;
        if (int(m_values.size()) != m_parameters) {
            m_error = QStringLiteral("%1 values bound to a statement with %2 placeholders").arg(m_values.size()).arg(m_parameters);
            return false;
        }
        // The arena no longer grows: its bytes stay where they are until the next binding.
        m_pointers.resize(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i)
            m_pointers[i] = m_values[i] == Null ? nullptr : m_arena.data() + m_values[i];
        m_result = m_name.empty() ? PQexecParams(m_connection, m_text.c_str(), m_parameters, nullptr, m_pointers.data(), nullptr, nullptr, 0)
                                  : PQexecPrepared(m_connection, m_name.c_str(), m_parameters, m_pointers.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
            const char *state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
            m_uniqueViolation = state && qstrcmp(state, "23505") == 0;
            PQclear(m_result);
            m_result = nullptr;
            return false;
        }
        return true;
    }
    bool next() override { return m_result && ++m_row < PQntuples(m_result); }
    QByteArray text(int column) override
    {
        if (!m_result || m_row < 0 || m_row >= PQntuples(m_result))
            return {};
        return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    qint64 rowsAffected() override { return m_result ? std::strtoll(PQcmdTuples(m_result), nullptr, 10) : 0; }
    void finish() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
    }
    QString error() const override { return m_error; }
    bool uniqueViolation() const override { return m_uniqueViolation; }
    bool isPrepared() const override { return m_prepareError.isEmpty(); }

private:
    static constexpr std::size_t Null = std::size_t(-1);
    // The first value after an execution starts the next one.
    void startBinding()
    {
        if (!m_executed)
            return;
        m_executed = false;
        m_arena.clear();  // keeps its capacity
        m_values.clear();
    }

    PGconn *m_connection;
    std::string m_name;  // empty: planned at each execution, from m_text
    std::string m_text;
    int m_parameters = 0;
    QString m_prepareError, m_error;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::string m_arena;
    std::vector<std::size_t> m_values;  // offsets into m_arena, or Null
    std::vector<const char *> m_pointers;
    PGresult *m_result = nullptr;
    bool m_executed = false;
    bool m_uniqueViolation = false;
    int m_row = -1;
};

// SQL NULL in a text column (a null QVariant of type QString).
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

class QtSqlStatement final : public IngestStatement {
public:
    QtSqlStatement(QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            m_prepareError = QStringLiteral("preparing failed: %1").arg(m_query.lastError().text());
    }
    void bind(const QString &text) override { m_query.addBindValue(text); }
    void bindUtf8(const QByteArray &utf8) override { m_query.addBindValue(utf8.isNull() ? nullText() : QVariant(QString::fromUtf8(utf8))); }
    void bind(qint64 number) override { m_query.addBindValue(number); }
    void bindNull() override { m_query.addBindValue(nullText()); }
    bool exec() override { return m_prepareError.isEmpty() && m_query.exec(); }
    bool next() override { return m_query.next(); }
    QByteArray text(int column) override { return m_query.value(column).toString().toUtf8(); }
    qint64 rowsAffected() override { return m_query.numRowsAffected(); }
    void finish() override { m_query.finish(); }
    QString error() const override { return m_prepareError.isEmpty() ? m_query.lastError().text() : m_prepareError; }
    bool uniqueViolation() const override { return m_prepareError.isEmpty() && m_query.lastError().nativeErrorCode() == QLatin1String("23505"); }
    bool isPrepared() const override { return m_prepareError.isEmpty(); }

private:
    QSqlQuery m_query;
    QString m_prepareError;
};

} // namespace

std::unique_ptr<IngestStatement> IngestStatement::prepare(QSqlDatabase &db, const QString &sql, Planning planning)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return std::make_unique<SqliteStatement>(handle, sql);
    if (PGconn *handle = postgresHandle(db))
        return std::make_unique<PostgresStatement>(handle, sql, planning);
    return std::make_unique<QtSqlStatement>(db, sql);
}

} // namespace samenspraak::server::detail
