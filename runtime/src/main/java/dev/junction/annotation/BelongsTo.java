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
 * <p>The foreign-key column must also be mapped by a field of this model. Rows whose parent is missing can be
 * found with the generated {@code PostQueries.findOrphansOfUser()}, and {@link #checkExists()} stops writes that
 * would create them. The relation field itself is filled
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

    /**
     * Whether writes check that the referenced row exists. When true, {@code insert}, {@code insertAll},
     * {@code update} and {@code save} first look the non-null foreign keys up on the target's connection (one query
     * per write, whatever the number of rows) and throw {@code ReferentialIntegrityException}, before anything is
     * written, when one refers to no row. No database can enforce this when the target lives in another database.
     */
    boolean checkExists() default false;
}
