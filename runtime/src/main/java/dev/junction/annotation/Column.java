package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a mapped field an explicit column name. Without it, the column is {@code snake_case} of the field name
 * ({@code createdAt} maps to {@code created_at}).
 *
 * <p>Column names are used exactly as written and are always quoted, so reserved words such as {@code year}
 * or {@code order} are safe, and case matters: {@code @Column("Year")} is a different column from
 * {@code year} on PostgreSQL and H2.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Column {

    /** The column name. */
    String value();
}
