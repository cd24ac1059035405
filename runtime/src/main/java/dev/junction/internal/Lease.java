package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.codegen.ModelType;
import java.sql.Connection;
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

    /** Gives the connection back, or evicts it when it broke; closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (transaction == null) {
            database.giveBack(connection, broken);
        } else if (broken) {
            transaction.markBroken();
        }
    }
}
