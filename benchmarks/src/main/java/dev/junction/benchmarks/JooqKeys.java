package dev.junction.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The hand-written jOOQ way to match a column against a list of keys: {@code IN} lists of at most
 * {@value JdbcKeys#MAX_IN} keys, one statement per condition, on every database.
 *
 * <p>Not {@code column.eq(DSL.any(array))} on PostgreSQL, although it renders the statement Junction sends: jOOQ
 * binds the array as text and casts it in SQL ({@code = any(cast(? as bigint[]))}), so the planner does not see
 * the keys, and on the benchmark's PostgreSQL the 10 000 chapter keys took 15 to 20 seconds that way (a sequential
 * scan comparing every row with every key) against a tenth of a second with a typed JDBC array. A jOOQ user who
 * measured that would write {@code IN} lists, as here.
 */
public final class JooqKeys {

    private JooqKeys() {}

    /** One condition per statement to run. */
    public static <K> List<Condition> in(Field<K> column, Collection<K> keys) {
        List<K> all = new ArrayList<>(keys);
        List<Condition> conditions = new ArrayList<>();
        for (int from = 0; from < all.size(); from += JdbcKeys.MAX_IN) {
            conditions.add(column.in(all.subList(from, Math.min(all.size(), from + JdbcKeys.MAX_IN))));
        }
        return conditions;
    }
}
