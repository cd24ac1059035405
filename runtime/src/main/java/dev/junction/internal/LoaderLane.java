package dev.junction.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run eager-load work on one database, as many as its pool has connections (more could only wait
 * for one). Each database has its own lane, so work for a slow, dead or starved database queues only behind work
 * for that database. Threads are daemons, start on demand and end after 30 idle seconds; {@link #close()} ends them
 * at shutdown.
 */
final class LoaderLane implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    LoaderLane(String connection, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "junction-loader-" + connection + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                factory);
        executor.allowCoreThreadTimeOut(true);
    }

    /** Queues work on this lane. */
    <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** Ends the lane's threads; queued work is dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
