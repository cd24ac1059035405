package dev.junction.internal;

import dev.junction.ModelQuery;
import java.util.Objects;

/**
 * One relation to load eagerly, with the query that filters, orders, limits (per owner) and nests its targets.
 *
 * @param relation the relation
 * @param query the customized target query, or null for all targets
 * @param <P> the owner model
 * @param <C> the target model
 */
public record Include<P, C>(RelationType<P, C> relation, ModelQuery<C, ?> query) {

    /** Checks that the relation is given and that the query, if any, is over its target. */
    public Include {
        Objects.requireNonNull(relation, "relation");
        if (query != null && query.modelType() != relation.target()) {
            throw new IllegalArgumentException("The query for " + relation + " is over " + query.modelType());
        }
    }
}
