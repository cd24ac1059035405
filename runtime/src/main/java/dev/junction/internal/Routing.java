package dev.junction.internal;

import org.jooq.DSLContext;

/** Chooses the jOOQ context for a model's reads and writes: transaction, replica or primary. */
public final class Routing {

    private Routing() {}

    /**
     * The context for reads of a model: the open transaction on its connection if any (read-your-writes),
     * else its read replica if it has one, else its connection.
     */
    public static DSLContext read(ModelType<?, ?> type) {
        return Databases.get(readConnectionName(type)).dslOrTransaction();
    }

    /** The name of the connection that reads of this model go to right now. */
    public static String readConnectionName(ModelType<?, ?> type) {
        if (type.readConnection() == null || Transactions.isActive(type.connection())) {
            return type.connection();
        }
        return type.readConnection();
    }

    /** The context for writes of a model, after applying the cross-database write policy. */
    public static DSLContext write(ModelType<?, ?> type) {
        Transactions.beforeWrite(type.connection(), type.modelName());
        return Databases.get(type.connection()).dslOrTransaction();
    }
}
