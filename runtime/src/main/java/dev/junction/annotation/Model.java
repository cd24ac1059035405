package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a plain Java class as a Junction model: one row of one table on one named connection.
 *
 * <p>For a model {@code User} the Junction processor generates, in the same package, {@code UserTable}
 * (the typed jOOQ fields), {@code UserQueries} (finders, writes, transactions), {@code UserQuery} (the
 * fluent query), {@code UserRelations} (lazy relation accessors) and {@code UserLoader} (eager loaders).
 *
 * <pre>{@code
 * @Model(table = "users")
 * @Connection("default")
 * public class User {
 *     @Id Long id;
 *     String username;
 * }
 * }</pre>
 *
 * <p>A model needs a no-argument constructor that is not private. Its mapped fields are non-private, or
 * private with JavaBean getter and setter. Every non-static field that is not {@link Transient} and carries no
 * relation annotation is a column, named {@code snake_case(fieldName)} unless {@link Column} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {

    /**
     * The table name, used exactly as written and always quoted in SQL. Empty (the default) means
     * {@code snake_case} of the simple class name: {@code BlogPost} maps to {@code blog_post}.
     */
    String table() default "";
}
