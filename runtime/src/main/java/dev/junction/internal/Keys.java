package dev.junction.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conditions that match a column against a list of keys without exceeding bind limits: one {@code = ANY(?)}
 * array parameter on PostgreSQL, and {@code IN} lists of at most {@value #MAX_CHUNK} distinct keys elsewhere, padded
 * to the next power of two (by repeating the last key, so at most 1024 bind values) so that the SQL text, and so the prepared-statement cache entry, stays
 * the same across calls.
 */
public final class Keys {

    /** The most keys one IN list holds. */
    public static final int MAX_CHUNK = 1000;

    private Keys() {}

    /**
     * One condition per statement to run: the union of their results is the rows whose {@code column} is in
     * {@code keys}. Null keys are dropped, and duplicates are sent once. No keys give no conditions.
     */
    public static <K> List<Condition> in(DriverKind driver, Field<K> column, Collection<?> keys) {
        LinkedHashSet<K> distinct = new LinkedHashSet<>();
        for (Object value : keys) {
            K key = column.getType().cast(value);
            if (key != null) {
                distinct.add(key);
            }
        }
        if (distinct.isEmpty()) {
            return List.of();
        }
        if (driver.supportsArrayParameters()) {
            return List.of(anyOf(column, distinct));
        }
        List<K> all = new ArrayList<>(distinct);
        List<Condition> conditions = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_CHUNK) {
            List<K> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + MAX_CHUNK)));
            int padded = Integer.highestOneBit(chunk.size() - 1) << 1;
            K last = chunk.get(chunk.size() - 1);
            while (chunk.size() < Math.max(padded, 1)) {
                chunk.add(last);
            }
            conditions.add(column.in(chunk));
        }
        return conditions;
    }

    @SuppressWarnings("unchecked") // a typed array of the column's keys: K[] in all but the declared type
    private static <K> Condition anyOf(Field<K> column, Collection<K> keys) {
        DataType<Object[]> typed = PgArrayBinding.arrayType(column.getType());
        if (typed == null) {
            return column.eq(DSL.any(keys.toArray((K[]) Array.newInstance(column.getType(), keys.size()))));
        }
        // A template, so that jOOQ does not coerce the parameter back to its own (text) array binding.
        return DSL.condition("{0} = any({1})", column, DSL.val(keys.toArray(), typed));
    }
}
