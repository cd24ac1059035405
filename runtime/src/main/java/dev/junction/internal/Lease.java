package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.codegen.ModelType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A connection held for one statement (or one stream): borrowed from the pool and given back on {@link #close()}, or
 * the connection of this thread's open transaction, which stays with the transaction. A lease whose connection broke
 * evicts it from the pool instead of giving it back; inside a transaction it marks the transaction broken, so that
 * the transaction cannot commit.
 */
final class Lease implements AutoCloseable {

    final Database database;
    final Connection connection;
    private final Transaction transaction;
    private boolean broken;
    private boolean closed;
    /** The statement of the last {@link #prepare}, kept for the next call with the same SQL text. */
    private PreparedStatement kept;
    private String keptSql;

    Lease(Database database, Connection connection, Transaction transaction) {
        this.database = database;
        this.connection = connection;
        this.transaction = transaction;
    }

    /** Whether this lease uses the connection of a transaction (and so must not change its auto-commit mode). */
    boolean inTransaction() {
        return transaction != null;
    }

    /**
     * Records a failure of a statement on this connection and returns the exception to throw.
     *
     * @param model the model concerned, or null
     * @param sql the SQL text, without values
     * @param failure what the driver threw
     */
    JunctionException failed(ModelType<?, ?> model, String sql, SQLException failure) {
        boolean lost = database.dialect.isBrokenConnection(failure);
        broken |= lost;
        return Failures.statement(database, model, sql, failure, lost);
    }

    /**
     * Records a failure that is not a statement's (preparing a cursor, a savepoint) and returns the exception.
     *
     * @param action what was being done, such as "opening a cursor"
     * @param failure what the driver threw
     */
    JunctionException failed(String action, SQLException failure) {
        boolean lost = database.dialect.isBrokenConnection(failure);
        broken |= lost;
        return Failures.connection(database, action, failure, lost);
    }

    /**
     * A prepared statement for writes that run several statements of one shape on this lease (the full chunks of an
     * {@code insertAll}): the statement of the previous call when it has the same SQL text, else a new one. The lease
     * closes it.
     *
     * @param sql the SQL text; the same instance for the same shape
     * @param generatedKeys the columns whose generated values to return, or null
     */
    PreparedStatement prepare(String sql, String[] generatedKeys) throws SQLException {
        if (kept != null && sql == keptSql) {
            return kept;
        }
        closeKept();
        kept = generatedKeys == null ? connection.prepareStatement(sql) : connection.prepareStatement(sql,
                generatedKeys);
        keptSql = sql;
        return kept;
    }

    private void closeKept() {
        if (kept != null) {
            try {
                kept.close();
            } catch (SQLException e) {
                failed("closing a statement", e);
            }
            kept = null;
            keptSql = null;
        }
    }

    /** Gives the connection back, or evicts it when it broke; closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeKept();
        if (transaction == null) {
            database.giveBack(connection, broken);
        } else if (broken) {
            transaction.markBroken();
        }
    }
}
