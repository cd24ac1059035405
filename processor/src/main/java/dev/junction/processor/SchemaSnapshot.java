package dev.junction.processor;

import java.util.Map;
import java.util.Set;

/**
 * What a schema snapshot file says about the databases: per connection its tables and their columns. Read by
 * {@link SchemaSnapshotParser}, checked against by {@link SchemaChecker}. Names are exact and case-sensitive, as
 * Junction quotes identifiers; the maps keep the order of the file.
 *
 * @param connections the connections by name
 */
record SchemaSnapshot(Map<String, Connection> connections) {

    /**
     * One connection of the snapshot.
     *
     * @param name the connection name
     * @param product the database product and version, as the database reported them
     * @param tables the tables by name
     */
    record Connection(String name, String product, Map<String, Table> tables) {}

    /**
     * One table.
     *
     * @param name the table name
     * @param columns the columns by name
     */
    record Table(String name, Map<String, Column> columns) {}

    /**
     * One column.
     *
     * @param name the column name
     * @param type the type as the database names it, for example {@code varchar(255)}
     * @param nullable whether it accepts NULL
     * @param generated whether the database produces a value when an insert omits it (identity, auto-increment or
     *     a default)
     * @param holds the {@link ColumnType#snapshotKind() kinds} of Java field it can hold, by the rules of its
     *     database
     */
    record Column(String name, String type, boolean nullable, boolean generated, Set<String> holds) {}
}
