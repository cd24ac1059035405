package dev.junction.internal;

import dev.junction.codegen.ModelType;

/**
 * Where a runtime measures its statements once a meter registry is set ({@code ConnectionManager.setMeterRegistry}).
 * An interface of the runtime's own, so that only {@link MicrometerQueryMetrics} names Micrometer's types and an
 * application without Micrometer never loads them.
 */
interface QueryMetrics {

    /**
     * Records one statement.
     *
     * @param connection the connection name
     * @param model the model concerned, or null (a statement through {@code ConnectionManager.dsl})
     * @param operation what the statement did
     * @param nanos how long it took, its rows read
     */
    void record(String connection, ModelType<?, ?> model, Operation operation, long nanos);
}
