package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary-key field of a {@link Model}. Every model has exactly one.
 *
 * <p>The field must have a reference type ({@code Long}, not {@code long}): when it is {@code null} at insert,
 * the database generates the key (an identity or auto-increment column) and Junction reads it back into the
 * field. When it is set, the given value is inserted.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Id {
}
