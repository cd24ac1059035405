package dev.junction.internal;

import dev.junction.JunctionException;
import dev.junction.ModelQuery;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The condition "the owner has a target matching this query". When owner and target are read from the same
 * connection (and different tables) it is an {@code EXISTS} subquery; otherwise it takes two steps: the distinct
 * keys of the matching targets from the target's database, then an owner condition on those keys (one array
 * parameter on PostgreSQL, {@code IN} chunks of at most 1000 elsewhere).
 */
public final class WhereHas {

    /** Beyond this many keys an IN-list condition for a non-PostgreSQL owner would strain the bind limit. */
    static final int MAX_IN_KEYS = 30_000;

    private WhereHas() {}

    /**
     * Resolves the condition now, on the calling thread (so that open transactions are honoured). Runs the first
     * step's query when owner and target are on different connections.
     */
    public static <P, C> Condition resolve(RelationType<P, C> relation, ModelQuery<C, ?> query) {
        if (query.limitValue() != null || query.offsetValue() != null || !query.includes().isEmpty()) {
            throw new JunctionException("whereHas on " + relation + " takes conditions only; limit, offset and with"
                    + " have no meaning there");
        }
        String ownerConnection = Routing.readConnectionName(relation.owner());
        String targetConnection = Routing.readConnectionName(relation.target());
        Condition targetCondition = query.condition();
        if (ownerConnection.equals(targetConnection)
                && !relation.owner().table().equals(relation.target().table())) {
            return DSL.exists(DSL.selectOne().from(relation.target().table())
                    .where(equal(relation.targetColumn(), relation.ownerColumn()))
                    .and(targetCondition));
        }
        List<?> keys = Routing.read(relation.target(), database -> database.dslOrTransaction()
                .selectDistinct(relation.targetColumn())
                .from(relation.target().table())
                .where(targetCondition)
                .and(relation.targetColumn().isNotNull())
                .fetch(0));
        if (keys.isEmpty()) {
            return DSL.falseCondition();
        }
        DriverKind ownerDriver = Databases.get(ownerConnection).driver();
        if (!ownerDriver.supportsArrayParameters() && keys.size() > MAX_IN_KEYS) {
            throw new JunctionException("whereHas on " + relation + " matched " + keys.size() + " keys on connection '"
                    + targetConnection + "', more than the " + MAX_IN_KEYS + " that one statement on connection '"
                    + ownerConnection + "' (" + ownerDriver.key() + ") takes; narrow the condition");
        }
        return DSL.or(Keys.in(ownerDriver, relation.ownerColumn(), keys));
    }

    @SuppressWarnings("unchecked") // both columns hold the same key type; the processor checks it
    private static Condition equal(Field<?> left, Field<?> right) {
        return ((Field<Object>) left).eq((Field<Object>) right);
    }
}
