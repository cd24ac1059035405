package dev.junction.internal;

import dev.junction.TransactionOptions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The open transaction of one connection on one thread: its pooled connection, its options, the hooks to run after
 * it commits, and whether its connection broke (then it cannot commit).
 */
final class Transaction {

    final Database database;
    final Connection connection;
    final TransactionOptions options;
    /** Cross-database writes already warned about in this transaction (policy WARN warns once each). */
    final Set<String> warned = new HashSet<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private boolean broken;
    private DSLContext dsl;

    Transaction(Database database, Connection connection, TransactionOptions options) {
        this.database = database;
        this.connection = connection;
        this.options = options;
    }

    /** A lease on this transaction's connection for one statement. */
    Lease lease() {
        return new Lease(database, connection, this);
    }

    /** The jOOQ context bound to this transaction, for {@code ConnectionManager.dsl}. */
    DSLContext dsl() {
        if (dsl == null) {
            dsl = database.dsl(connection);
        }
        return dsl;
    }

    void markBroken() {
        broken = true;
    }

    boolean isBroken() {
        return broken;
    }

    /** Adds a hook to run after the outermost commit. */
    void afterCommit(Runnable hook) {
        afterCommit.add(hook);
    }

    /** How many hooks are registered: a savepoint remembers it, to drop the hooks of a scope that rolls back. */
    int hookCount() {
        return afterCommit.size();
    }

    /** Drops the hooks registered after a savepoint that rolled back. */
    void dropHooksAfter(int count) {
        afterCommit.subList(count, afterCommit.size()).clear();
    }

    /** The hooks, in the order they were registered. */
    List<Runnable> hooks() {
        return afterCommit;
    }
}
