package dev.junction.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe set of objects compared by identity and held weakly: marking an instance never keeps it alive, and
 * models that override {@code equals} are still told apart.
 */
final class IdentityMarks {

    private final Map<Integer, List<Ref>> buckets = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    private static final class Ref extends WeakReference<Object> {
        final int hash;

        Ref(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }
    }

    synchronized void add(Object object) {
        purge();
        if (!containsLocked(object)) {
            buckets.computeIfAbsent(System.identityHashCode(object), h -> new ArrayList<>(1))
                    .add(new Ref(object, collected));
        }
    }

    synchronized boolean contains(Object object) {
        return containsLocked(object);
    }

    synchronized void remove(Object object) {
        List<Ref> bucket = buckets.get(System.identityHashCode(object));
        if (bucket != null) {
            bucket.removeIf(r -> r.get() == object || r.get() == null);
            if (bucket.isEmpty()) {
                buckets.remove(System.identityHashCode(object));
            }
        }
    }

    private boolean containsLocked(Object object) {
        List<Ref> bucket = buckets.get(System.identityHashCode(object));
        if (bucket == null) {
            return false;
        }
        for (Ref ref : bucket) {
            if (ref.get() == object) {
                return true;
            }
        }
        return false;
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
