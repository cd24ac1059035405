package dev.junction.internal;

import dev.junction.codegen.ModelType;
import java.util.ArrayList;
import java.util.List;

/** The row readers of model queries. */
final class Readers {

    private Readers() {}

    /** Every row, as models. */
    static <M> RowsReader<List<M>> all(ModelType<M, ?> type) {
        return (rows, columns) -> {
            List<M> models = new ArrayList<>();
            while (rows.next()) {
                models.add(type.read(rows, columns));
            }
            return models;
        };
    }

    /** The first row as a model, or null. */
    static <M> RowsReader<M> first(ModelType<M, ?> type) {
        return (rows, columns) -> rows.next() ? type.read(rows, columns) : null;
    }

    /** The first column of the first row as a number. */
    static RowsReader<Long> count() {
        return (rows, columns) -> rows.next() ? rows.getLong(1) : 0L;
    }

    /** Whether there is a row. */
    static RowsReader<Boolean> any() {
        return (rows, columns) -> rows.next();
    }
}
