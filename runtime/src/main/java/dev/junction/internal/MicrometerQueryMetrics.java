package dev.junction.internal;

import dev.junction.codegen.ModelType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The statements' meters in a Micrometer registry: a timer {@value #QUERY_TIMER} tagged {@code connection},
 * {@code model} (the model's simple class name, {@code none} for {@code ConnectionManager.dsl}) and
 * {@code operation} (see {@link Operation}), and a counter {@value #LOAD_COUNTER} of relation-load statements tagged
 * {@code connection}. The tags never hold SQL text, so their number stays small. Meters are looked up once per tag
 * combination and kept.
 */
final class MicrometerQueryMetrics implements QueryMetrics {

    static final String QUERY_TIMER = "junction.query";
    static final String LOAD_COUNTER = "junction.eager.statements";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> loads = new ConcurrentHashMap<>();

    private record Key(String connection, Class<?> model, Operation operation) {}

    /**
     * Measures into {@code registry}.
     *
     * @param registry a {@code io.micrometer.core.instrument.MeterRegistry}
     * @throws IllegalArgumentException when it is not one
     */
    MicrometerQueryMetrics(Object registry) {
        if (!(registry instanceof MeterRegistry meters)) {
            throw new IllegalArgumentException("Not a Micrometer MeterRegistry: " + registry.getClass().getName());
        }
        this.registry = meters;
    }

    @Override
    public void record(String connection, ModelType<?, ?> model, Operation operation, long nanos) {
        Class<?> modelClass = model == null ? null : model.modelClass();
        Key key = new Key(connection, modelClass, operation);
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.computeIfAbsent(key, k -> Timer.builder(QUERY_TIMER)
                    .description("Statements Junction sent, by connection, model and operation")
                    .tag("connection", connection)
                    .tag("model", modelClass == null ? "none" : modelClass.getSimpleName())
                    .tag("operation", operation.tag())
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
        if (operation == Operation.LOAD) {
            Counter counter = loads.get(connection);
            if (counter == null) {
                counter = loads.computeIfAbsent(connection, c -> Counter.builder(LOAD_COUNTER)
                        .description("Relation-load statements (eager loads and first accesses), by connection")
                        .tag("connection", c)
                        .register(registry));
            }
            counter.increment();
        }
    }
}
