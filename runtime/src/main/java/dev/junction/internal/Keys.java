package dev.junction.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Key lists within bind limits. A dialect that binds arrays of a key kind sends all keys as one array parameter
 * ({@code = any(?)}); the others send {@code IN} lists of at most {@link Dialect#maxInListKeys()} keys, padded to the
 * next power of two by repeating the last key, so that the SQL text, and so the prepared-statement cache entry,
 * stays the same across calls.
 */
final class Keys {

    private Keys() {}

    /** The distinct non-null keys, in their first order. */
    static List<Object> distinct(Collection<?> keys) {
        LinkedHashSet<Object> distinct = new LinkedHashSet<>();
        for (Object key : keys) {
            if (key != null) {
                distinct.add(key);
            }
        }
        return new ArrayList<>(distinct);
    }

    /**
     * The keys split into the chunks that one statement each takes: one chunk of all of them when the dialect binds
     * arrays of this kind, else chunks of at most {@link Dialect#maxInListKeys()}.
     */
    static List<List<Object>> chunks(Dialect dialect, ColumnKind kind, List<Object> distinct) {
        if (distinct.isEmpty()) {
            return List.of();
        }
        if (dialect.keyArrayType(kind).isPresent()) {
            return List.of(distinct);
        }
        int size = dialect.maxInListKeys();
        List<List<Object>> chunks = new ArrayList<>((distinct.size() + size - 1) / size);
        for (int from = 0; from < distinct.size(); from += size) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + size)));
        }
        return chunks;
    }

    /** The size an {@code IN} list of {@code n} keys is padded to: the next power of two. */
    static int padded(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    /** {@code keys} padded to {@link #padded} by repeating the last key. */
    static List<Object> pad(List<Object> keys) {
        int size = padded(keys.size());
        if (size == keys.size()) {
            return keys;
        }
        List<Object> padded = new ArrayList<>(size);
        padded.addAll(keys);
        Object last = keys.get(keys.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return padded;
    }

    /**
     * One condition for any number of distinct keys, for a {@code whereHas} across databases: a padded {@code IN}
     * list when they fit one, else the dialect's way with many keys.
     */
    @SuppressWarnings("unchecked") // the keys were read from a column of the same type as this one
    static <K> Condition condition(Dialect dialect, Field<K> column, List<Object> distinct) {
        if (distinct.isEmpty()) {
            return DSL.falseCondition();
        }
        List<K> keys = (List<K>) (List<?>) distinct;
        if (distinct.size() <= dialect.maxInListKeys() && dialect.keyArrayType(ColumnKind.of(column)).isEmpty()) {
            return column.in((List<K>) (List<?>) pad(distinct));
        }
        return dialect.manyKeys(column, keys);
    }

    /** {@code column = any(?)} with all keys in one typed array parameter. */
    static <K> Condition anyOfArray(Field<K> column, Collection<K> keys, String type) {
        // A template, so that jOOQ does not coerce the parameter back to its own (text) array binding.
        return DSL.condition("{0} = any({1})", column, DSL.val(new KeyArray(type, keys.toArray()), KeyArrayBinding.TYPE));
    }

    /** An OR of padded {@code IN} lists, for key kinds a dialect has no array type for. */
    static <K> Condition orOfInLists(Dialect dialect, Field<K> column, Collection<K> keys) {
        List<Condition> lists = new ArrayList<>();
        for (List<Object> chunk : chunks(dialect, ColumnKind.OTHER, new ArrayList<>(keys))) {
            @SuppressWarnings("unchecked") // the keys were read from a column of the same type as this one
            List<K> typed = (List<K>) (List<?>) pad(chunk);
            lists.add(column.in(typed));
        }
        return DSL.or(lists);
    }
}
