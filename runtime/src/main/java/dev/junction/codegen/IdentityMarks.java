package dev.junction.codegen;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe map from objects, compared by identity and held weakly, to a value: marking an instance never keeps
 * it alive, and models that override {@code equals} are still told apart.
 */
final class IdentityMarks {

    private final Map<Integer, List<Ref>> buckets = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    /** Whether a mark was ever made: until then every query answers without taking the lock. */
    private volatile boolean used;

    private static final class Ref extends WeakReference<Object> {
        final int hash;
        Object value;

        Ref(Object referent, Object value, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
            this.value = value;
        }
    }

    /** Marks {@code object} with {@code value} (which may be null), replacing an earlier mark. */
    synchronized void put(Object object, Object value) {
        used = true;
        purge();
        Ref ref = find(object);
        if (ref != null) {
            ref.value = value;
        } else {
            buckets.computeIfAbsent(System.identityHashCode(object), h -> new ArrayList<>(1))
                    .add(new Ref(object, value, collected));
        }
    }

    /** Whether {@code object} is marked. */
    boolean contains(Object object) {
        if (!used) {
            return false;
        }
        synchronized (this) {
            return find(object) != null;
        }
    }

    /** Whether {@code object} is marked with a value equal to {@code value}. */
    boolean containsWith(Object object, Object value) {
        if (!used) {
            return false;
        }
        synchronized (this) {
            Ref ref = find(object);
            return ref != null && java.util.Objects.equals(ref.value, value);
        }
    }

    /** Removes the mark of {@code object}, if any. */
    void remove(Object object) {
        if (used) {
            removeMarked(object);
        }
    }

    private synchronized void removeMarked(Object object) {
        List<Ref> bucket = buckets.get(System.identityHashCode(object));
        if (bucket != null) {
            bucket.removeIf(r -> r.get() == object || r.get() == null);
            if (bucket.isEmpty()) {
                buckets.remove(System.identityHashCode(object));
            }
        }
    }

    private Ref find(Object object) {
        List<Ref> bucket = buckets.get(System.identityHashCode(object));
        if (bucket == null) {
            return null;
        }
        for (Ref ref : bucket) {
            if (ref.get() == object) {
                return ref;
            }
        }
        return null;
    }

    private void purge() {
        for (Object ref; (ref = collected.poll()) != null; ) {
            Ref dead = (Ref) ref;
            List<Ref> bucket = buckets.get(dead.hash);
            if (bucket != null) {
                bucket.remove(dead);
                if (bucket.isEmpty()) {
                    buckets.remove(dead.hash);
                }
            }
        }
    }
}
