package dev.junction.internal;

import dev.junction.ModelEvent;
import dev.junction.ModelListener;
import dev.junction.codegen.ModelType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model listeners of the runtime, and the events of the writes: registered with the transaction's after-commit
 * hook ({@link Transactions#afterCommit}), so they reach the listeners after the commit, never after a rollback. A
 * write of a model class without listeners costs one map lookup.
 */
final class ModelEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ModelEvents.class);

    private final JunctionRuntime runtime;
    private final Map<Class<?>, List<ModelListener<?>>> listeners = new ConcurrentHashMap<>();

    ModelEvents(JunctionRuntime runtime) {
        this.runtime = runtime;
    }

    <M> ModelListener.Registration add(Class<M> modelClass, ModelListener<? super M> listener) {
        Objects.requireNonNull(modelClass, "modelClass");
        Objects.requireNonNull(listener, "listener");
        List<ModelListener<?>> list = listeners.computeIfAbsent(modelClass, c -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    void clear() {
        listeners.clear();
    }

    /** Records the writes of instances; they reach the listeners after the commit. */
    <M> void written(ModelType<M, ?> type, ModelEvent.Kind kind, Collection<? extends M> models, String connection) {
        if (isListened(type)) {
            List<ModelEvent<M>> events = new ArrayList<>(models.size());
            for (M model : models) {
                events.add(new ModelEvent<>(kind, model, type.id(model), connection));
            }
            afterCommit(type, connection, events);
        }
    }

    /** Records the deletion of a row by id, which has no instance. */
    <M> void deletedById(ModelType<M, ?> type, Object id, String connection) {
        if (isListened(type)) {
            afterCommit(type, connection, List.of(new ModelEvent<>(ModelEvent.Kind.DELETE, null, id, connection)));
        }
    }

    private boolean isListened(ModelType<?, ?> type) {
        List<ModelListener<?>> targets = listeners.get(type.modelClass());
        return targets != null && !targets.isEmpty();
    }

    private <M> void afterCommit(ModelType<M, ?> type, String connection, List<ModelEvent<M>> events) {
        List<ModelListener<?>> targets = listeners.get(type.modelClass());
        runtime.transactions.afterCommit(connection, () -> deliver(type, targets, events));
    }

    @SuppressWarnings("unchecked") // each list holds listeners of its own model class
    private static <M> void deliver(ModelType<M, ?> type, List<ModelListener<?>> targets, List<ModelEvent<M>> events) {
        for (ModelEvent<M> event : events) {
            for (ModelListener<?> listener : targets) {
                try {
                    ((ModelListener<M>) listener).onCommitted(event);
                } catch (RuntimeException e) {
                    LOG.warn("A model listener of {} failed on {}; the write had committed", type.modelName(), event,
                            e);
                }
            }
        }
    }
}
