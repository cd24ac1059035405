package dev.junction.internal;

import java.util.Locale;

/**
 * What a statement does, for the {@code operation} tag of the {@code junction.query} timer: a handful of values,
 * so that the tag's cardinality stays low whatever the SQL.
 */
enum Operation {
    /** A finder or a fluent query reading models: {@code findById}, {@code findBy...}, {@code all()}, {@code first()}. */
    FIND,
    /** {@code count()}. */
    COUNT,
    /** {@code exists()}, and the existence check of {@code save}. */
    EXISTS,
    /** A streamed read: {@code stream()}. */
    STREAM,
    /** {@code insert} and {@code insertAll}. */
    INSERT,
    /** {@code update} and {@code save} of a stored model. */
    UPDATE,
    /** {@code delete} and {@code deleteById}. */
    DELETE,
    /** A relation's targets, loaded eagerly ({@code withX}, {@code XLoader}) or on first access. */
    LOAD,
    /** The keys a {@code whereHas} across databases reads from the other database. */
    FILTER,
    /** A statement run through {@code ConnectionManager.dsl(name)}. */
    SQL;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The value of the {@code operation} tag: the name in lower case. */
    String tag() {
        return tag;
    }
}
