package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the connection a {@link Model} lives on. A model without this annotation uses {@code "default"}.
 *
 * <p>The names refer to the connections given to {@code ConnectionManager.configure(...)}; configuring fails
 * fast when a model in the registry names a connection that is not configured.
 *
 * <pre>{@code
 * @Model(table = "posts")
 * @Connection(value = "secondary", read = "secondary_replica")
 * public class Post { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Connection {

    /** The name of the connection that receives every write, and every read unless {@link #read()} is set. */
    String value() default "default";

    /**
     * The name of a read-replica connection. When set, reads outside a write transaction go there, while
     * writes (and reads inside a transaction on {@link #value()}) go to the primary. Empty means no replica.
     */
    String read() default "";
}
