package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many relation: the annotated {@code List}, {@code Set} or {@code Collection} field holds the models
 * whose {@link #foreignKey()} column refers to this model's {@link Id}.
 *
 * <pre>{@code
 * @HasMany(foreignKey = "user_id", inverseOf = "user")
 * List<Post> posts;
 * }</pre>
 *
 * <p>The target may live on another connection, even another kind of database. The field is filled by eager
 * loading ({@code UserQueries.withPosts()}, {@code UserLoader.loadPosts(users)}) or on first use of the lazy
 * accessor ({@code UserRelations.posts(user)}); it is never written to the database.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasMany {

    /** The column on the <em>target</em> table that holds this model's id, for example {@code "user_id"}. */
    String foreignKey();

    /**
     * The name of the {@link BelongsTo} field on the target that points back here. When given, loading this
     * relation also fills that field on every child with this very instance, without a query. Empty means none.
     */
    String inverseOf() default "";
}
