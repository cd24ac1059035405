package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The owning side of a relation: this model's {@link #foreignKey()} column holds the id of the model in the
 * annotated field.
 *
 * <pre>{@code
 * Long userId;                                         // column user_id
 * @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
 * User user;
 * }</pre>
 *
 * <p>The foreign-key column must also be mapped by a field of this model. The relation field itself is filled
 * by eager loading or by the lazy accessor ({@code PostRelations.user(post)}, which returns an
 * {@code Optional}); it is never written to the database.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface BelongsTo {

    /** The column on <em>this</em> model's table that holds the target's id, for example {@code "user_id"}. */
    String foreignKey();

    /** The name of the {@link HasMany} or {@link HasOne} field on the target that points back here. */
    String inverseOf() default "";
}
