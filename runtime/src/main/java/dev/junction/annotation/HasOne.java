package dev.junction.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation held by the other side: the annotated field, of a {@link Model} type, holds the model
 * whose {@link #foreignKey()} column refers to this model's {@link Id}.
 *
 * <pre>{@code
 * @HasOne(foreignKey = "user_id", inverseOf = "user")
 * Profile profile;
 * }</pre>
 *
 * <p>Filled by eager loading or by the lazy accessor ({@code UserRelations.profile(user)}, which returns an
 * {@code Optional}); never written to the database.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasOne {

    /** The column on the <em>target</em> table that holds this model's id, for example {@code "user_id"}. */
    String foreignKey();

    /** The name of the {@link BelongsTo} field on the target that points back here. Empty means none. */
    String inverseOf() default "";
}
