package dev.junction.internal;

import dev.junction.codegen.ColumnReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the rows of a result into what a statement returns.
 *
 * @param <T> what is read
 */
@FunctionalInterface
interface RowsReader<T> {

    /**
     * Reads the rows.
     *
     * @param rows the result, before its first row
     * @param columns reads column values the way the database stores them
     * @return what was read
     * @throws SQLException when the driver fails
     */
    T read(ResultSet rows, ColumnReader columns) throws SQLException;
}
