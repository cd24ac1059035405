package dev.junction.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * One statement ready to run: its SQL text, its values and their column kinds, bound by the {@link Dialect}. A
 * statement of a cached shape gets its values from the caller; one built per call from a jOOQ query (with conditions
 * written by the application) is rendered by jOOQ, which also lists its bind values in order, each bound by the kind
 * of its Java type (enums by name, date-times and UUIDs the way the database stores them, as for model columns).
 */
final class Sql {

    private static final Object[] NO_VALUES = {};
    private static final ColumnKind[] NO_KINDS = {};

    final String text;
    private final Object[] values;
    private final ColumnKind[] kinds;
    /** What the statement does; null until asked, then taken from its first word unless {@link #as} set it. */
    private Operation operation;

    private Sql(String text, Object[] values, ColumnKind[] kinds) {
        this.text = text;
        this.values = values;
        this.kinds = kinds;
    }

    /** A statement of a cached shape without values. */
    static Sql of(String text) {
        return new Sql(text, NO_VALUES, NO_KINDS);
    }

    /** A statement of a cached shape; {@code values[i]} is bound as {@code kinds[i]}, or as a {@link KeyArray}. */
    static Sql of(String text, Object[] values, ColumnKind[] kinds) {
        return new Sql(text, values, kinds);
    }

    /** A statement of a cached shape with one value. */
    static Sql of(String text, Object value, ColumnKind kind) {
        return new Sql(text, new Object[] {value}, new ColumnKind[] {kind});
    }

    /** A statement rendered now from a jOOQ query, with the values jOOQ lists for it. */
    static Sql of(DSLContext renderer, Query query) {
        List<Object> bound = renderer.extractBindValues(query);
        Object[] values = bound.toArray();
        ColumnKind[] kinds = new ColumnKind[values.length];
        for (int i = 0; i < values.length; i++) {
            kinds[i] = values[i] == null ? ColumnKind.OTHER : ColumnKind.of(values[i].getClass());
        }
        return new Sql(renderer.render(query), values, kinds);
    }

    /** Binds the values to a statement prepared from {@link #text}. */
    void bind(PreparedStatement statement, Dialect dialect) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof KeyArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf(array.type(), array.keys()));
            } else {
                dialect.bind(statement, i + 1, value, kinds[i]);
            }
        }
    }

    /** Says what the statement does, where its first word does not (a count, a relation load); returns it. */
    Sql as(Operation operation) {
        this.operation = operation;
        return this;
    }

    /** What the statement does: as set by {@link #as}, else insert, update or delete by its first word, else find. */
    Operation operation() {
        Operation known = operation;
        if (known == null) {
            known = startsWith("insert") ? Operation.INSERT : startsWith("update") ? Operation.UPDATE
                    : startsWith("delete") ? Operation.DELETE : Operation.FIND;
            operation = known;
        }
        return known;
    }

    private boolean startsWith(String word) {
        return text.regionMatches(true, 0, word, 0, word.length());
    }

    /** The bound values, for the TRACE log. */
    List<Object> values() {
        return Arrays.asList(values);
    }

    @Override
    public String toString() {
        return text;
    }
}
