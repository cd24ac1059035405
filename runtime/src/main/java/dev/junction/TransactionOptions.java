package dev.junction;

import java.sql.Connection;
import java.util.Objects;

/**
 * The isolation level and access mode of a transaction. Immutable; start from {@link #defaults()}.
 *
 * <pre>{@code
 * UserQueries.transaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE), () -> { ... });
 * ConnectionManager.transaction("default", TransactionOptions.defaults().readOnly(), () -> report());
 * }</pre>
 *
 * <p>Options apply to the outermost transaction of a connection. A nested call on the same connection is a
 * savepoint of that transaction, so it cannot change them: asking for another isolation, or for read-write
 * inside a read-only transaction, fails with {@link JunctionException}.
 */
public final class TransactionOptions {

    /** Transaction isolation levels, as JDBC defines them. */
    public enum Isolation {
        /** The database's default level (READ COMMITTED on PostgreSQL and H2, REPEATABLE READ on MySQL/MariaDB). */
        DEFAULT(-1),
        /** {@link Connection#TRANSACTION_READ_UNCOMMITTED}. */
        READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
        /** {@link Connection#TRANSACTION_READ_COMMITTED}. */
        READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
        /** {@link Connection#TRANSACTION_REPEATABLE_READ}. */
        REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
        /** {@link Connection#TRANSACTION_SERIALIZABLE}. */
        SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

        private final int jdbcLevel;

        Isolation(int jdbcLevel) {
            this.jdbcLevel = jdbcLevel;
        }

        /** The JDBC constant, or -1 for {@link #DEFAULT}. */
        public int jdbcLevel() {
            return jdbcLevel;
        }
    }

    private static final TransactionOptions DEFAULTS = new TransactionOptions(Isolation.DEFAULT, false);

    private final Isolation isolation;
    private final boolean readOnly;

    private TransactionOptions(Isolation isolation, boolean readOnly) {
        this.isolation = isolation;
        this.readOnly = readOnly;
    }

    /** The database's default isolation, read-write. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another isolation level. */
    public TransactionOptions isolation(Isolation level) {
        return new TransactionOptions(Objects.requireNonNull(level, "level"), readOnly);
    }

    /** These options, read-only: the database rejects writes (PostgreSQL and MySQL/MariaDB enforce it). */
    public TransactionOptions readOnly() {
        return new TransactionOptions(isolation, true);
    }

    /** The isolation level. */
    public Isolation isolation() {
        return isolation;
    }

    /** Whether the transaction is read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransactionOptions o && o.isolation == isolation && o.readOnly == readOnly;
    }

    @Override
    public int hashCode() {
        return isolation.hashCode() * 31 + Boolean.hashCode(readOnly);
    }

    @Override
    public String toString() {
        return "TransactionOptions[isolation=" + isolation + ", readOnly=" + readOnly + "]";
    }
}
