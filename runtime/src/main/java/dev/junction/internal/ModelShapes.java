package dev.junction.internal;

import dev.junction.codegen.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The statements of one model on one database, each rendered by jOOQ once and then reused with new values: find by
 * id, by key lists (per padded list size, or with one array parameter), by one column's value, count, insert (per
 * row count), update and delete. Binding and reading follow the column kinds, position by position.
 */
final class ModelShapes {

    final ModelType<?, ?> type;
    /** The kind of each column, in the order of {@link ModelType#columns()}. */
    final ColumnKind[] kinds;
    final ColumnKind idKind;
    final String selectAll;
    final String selectById;
    final String countAll;
    final String existsById;
    final String deleteById;
    /** {@code update ... set <every column but the id> where id = ?}, or null when the id is the only column. */
    final String updateById;

    private final Database database;
    private final InsertTemplate insertAll;
    private final InsertTemplate insertGenerated;
    private final ConcurrentHashMap<Integer, String> byKeys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> keysFound = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> findBy = new ConcurrentHashMap<>();

    ModelShapes(Database database, ModelType<?, ?> type) {
        this.database = database;
        this.type = type;
        List<Field<?>> columns = type.columns();
        this.kinds = new ColumnKind[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = ColumnKind.of(columns.get(i));
        }
        this.idKind = kinds[type.idIndex()];
        DSLContext r = database.renderer();
        Field<?> id = type.idField();
        this.selectAll = r.render(r.select(columns).from(type.table()));
        this.selectById = r.render(r.select(columns).from(type.table()).where(equalsPlaceholder(id)));
        this.countAll = r.render(r.selectCount().from(type.table()));
        this.existsById = r.render(r.selectOne().from(type.table()).where(equalsPlaceholder(id)));
        this.deleteById = r.render(r.deleteFrom(type.table()).where(equalsPlaceholder(id)));
        this.updateById = columns.size() == 1 ? null : r.render(update(r));
        List<Field<?>> withoutId = new ArrayList<>(columns);
        withoutId.remove(type.idIndex());
        this.insertAll = InsertTemplate.of(r, type, columns, false);
        this.insertGenerated = InsertTemplate.of(r, type, withoutId, database.dialect.returnsGeneratedIds());
    }

    private Query update(DSLContext r) {
        var set = r.update(type.table());
        org.jooq.UpdateSetMoreStep<Record> more = null;
        for (int i = 0; i < type.columns().size(); i++) {
            if (i != type.idIndex()) {
                more = setPlaceholder(more == null ? set : more, type.columns().get(i));
            }
        }
        return more.where(equalsPlaceholder(type.idField()));
    }

    private static <T> org.jooq.UpdateSetMoreStep<Record> setPlaceholder(org.jooq.UpdateSetStep<Record> step,
            Field<T> column) {
        return step.set(column, placeholder(column));
    }

    /**
     * A bind marker typed like {@code column}: a bare {@code ?}. (A {@code DSL.val(null, column)} would do on most
     * databases, but on H2 jOOQ renders it as {@code cast(? as numeric)}, which for lack of a value has no scale and
     * rounds what is bound.)
     */
    static <T> Field<T> placeholder(Field<T> column) {
        return DSL.field(DSL.raw("?"), column.getDataType());
    }

    /** {@code column = ?}. */
    static <T> Condition equalsPlaceholder(Field<T> column) {
        return column.eq(placeholder(column));
    }

    /**
     * The condition matching {@code column} against a key list of {@code size} placeholders ({@code in (?, ...)}),
     * or, for {@code size} 0, against one array parameter ({@code = any(?)}).
     */
    static Condition keysPlaceholder(Dialect dialect, Field<?> column, int size) {
        if (size == 0) {
            return DSL.condition("{0} = any({1})", column, DSL.val(null, KeyArrayBinding.TYPE));
        }
        return inPlaceholders(column, size);
    }

    private static <T> Condition inPlaceholders(Field<T> column, int size) {
        List<Field<T>> markers = new ArrayList<>(size);
        Field<T> marker = placeholder(column);
        for (int i = 0; i < size; i++) {
            markers.add(marker);
        }
        return column.in(markers);
    }

    /** {@code select <columns> from t where <column> in (...)} for a chunk size (0: one array parameter). */
    String selectByKeys(int column, int size) {
        return byKeys.computeIfAbsent(column << 16 | size, k -> {
            DSLContext r = database.renderer();
            return r.render(r.select(type.columns()).from(type.table())
                    .where(keysPlaceholder(database.dialect, type.columns().get(column), size)));
        });
    }

    /** {@code select distinct <column> from t where <column> in (...)}: which of these keys exist. */
    String keysFound(int column, int size) {
        return keysFound.computeIfAbsent(column << 16 | size, k -> {
            DSLContext r = database.renderer();
            Field<?> field = type.columns().get(column);
            return r.render(r.selectDistinct(field).from(type.table())
                    .where(keysPlaceholder(database.dialect, field, size)));
        });
    }

    /** The rows whose column equals a value ({@code is null} when {@code isNull}), all or only the first by id. */
    String findBy(int column, boolean isNull, boolean first) {
        return findBy.computeIfAbsent(column << 2 | (isNull ? 2 : 0) | (first ? 1 : 0), k -> {
            DSLContext r = database.renderer();
            Field<?> field = type.columns().get(column);
            var select = r.select(type.columns()).from(type.table())
                    .where(isNull ? field.isNull() : equalsPlaceholder(field));
            return r.render(first ? select.orderBy(type.idField()).limit(DSL.inline(1)) : select);
        });
    }

    /** A multi-row insert of {@code rows} rows, of every column or (when {@code generated}) all but the id. */
    String insert(int rows, boolean generated) {
        return (generated ? insertGenerated : insertAll).sql(rows);
    }

    /** The most rows one insert statement carries, so that it stays within the dialect's bind limit. */
    int rowsPerInsert(boolean generated) {
        int columns = type.columns().size() - (generated ? 1 : 0);
        return Math.max(1, Math.min(1000, database.dialect.maxBindValues() / Math.max(1, columns)));
    }

    /**
     * A multi-row insert, as jOOQ renders a one-row insert: the text before the row, the row of bind markers, and the
     * text after it ({@code returning id} where the dialect reads ids that way). Statements for n rows repeat the row;
     * the one for a full chunk is kept.
     */
    private record InsertTemplate(String head, String row, String tail, ConcurrentHashMap<Integer, String> sizes) {

        static InsertTemplate of(DSLContext r, ModelType<?, ?> type, List<Field<?>> columns, boolean returning) {
            List<Field<?>> markers = new ArrayList<>(columns.size());
            for (Field<?> column : columns) {
                markers.add(placeholder(column));
            }
            var insert = r.insertInto(type.table(), columns).values(markers);
            String sql = r.render(returning ? insert.returningResult(type.idField()) : insert);
            int values = sql.indexOf(" values (");
            if (values < 0) {
                throw new IllegalStateException("Unexpected insert rendering for " + type + ": " + sql);
            }
            int start = values + " values ".length();
            int end = closing(sql, start);
            return new InsertTemplate(sql.substring(0, start), sql.substring(start, end + 1), sql.substring(end + 1),
                    new ConcurrentHashMap<>());
        }

        private static int closing(String sql, int open) {
            int depth = 0;
            for (int i = open; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("Unbalanced insert rendering: " + sql);
        }

        String sql(int rows) {
            String cached = sizes.get(rows);
            if (cached != null) {
                return cached;
            }
            StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2) + tail.length());
            sql.append(head).append(row);
            for (int i = 1; i < rows; i++) {
                sql.append(", ").append(row);
            }
            String text = sql.append(tail).toString();
            if (sizes.size() < 16) {
                // A few sizes suffice: one-row inserts, full chunks and the tails that recur.
                sizes.putIfAbsent(rows, text);
            }
            return text;
        }
    }
}
