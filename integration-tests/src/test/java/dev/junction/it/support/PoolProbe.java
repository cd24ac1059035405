package dev.junction.it.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The state of one HikariCP pool, read through the MBean it registers with {@code registerMbeans=true}
 * ({@code com.zaxxer.hikari:type=Pool (<poolName>)}): what a test can see of Junction's pools without touching
 * Junction's internals. Every read is fresh.
 */
public final class PoolProbe {

    private static final MBeanServer MBEANS = ManagementFactory.getPlatformMBeanServer();

    private final String poolName;
    private final ObjectName name;

    private PoolProbe(String poolName) {
        this.poolName = poolName;
        try {
            this.name = new ObjectName("com.zaxxer.hikari:type=Pool (" + poolName + ")");
        } catch (JMException e) {
            throw new IllegalArgumentException("Not a usable pool name: " + poolName, e);
        }
    }

    /** The pool configured with {@code pool.poolName} = {@code poolName} and {@code pool.registerMbeans} = true. */
    public static PoolProbe of(String poolName) {
        return new PoolProbe(poolName);
    }

    /** Connections borrowed and not yet returned. */
    public int active() {
        return read("ActiveConnections");
    }

    /** Connections in the pool, ready to be borrowed. */
    public int idle() {
        return read("IdleConnections");
    }

    /** Every open connection of the pool, active or idle. */
    public int total() {
        return read("TotalConnections");
    }

    /** Threads waiting for a connection. */
    public int waiting() {
        return read("ThreadsAwaitingConnection");
    }

    /**
     * Waits until the pool is in the described state.
     *
     * @throws AssertionError with the pool's state when it does not get there in time
     */
    public void await(String description, Predicate<PoolProbe> state, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!state.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Pool " + poolName + " did not get " + description + " within "
                        + timeout.toMillis() + " ms: " + this);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for pool " + poolName, e);
            }
        }
    }

    private int read(String attribute) {
        try {
            return (Integer) MBEANS.getAttribute(name, attribute);
        } catch (JMException e) {
            throw new AssertionError("Cannot read " + attribute + " of pool " + poolName + " through JMX (" + name
                    + "); is it open, with pool.registerMbeans=true and pool.poolName=" + poolName + "?", e);
        }
    }

    @Override
    public String toString() {
        return poolName + " (total=" + total() + ", active=" + active() + ", idle=" + idle() + ", waiting="
                + waiting() + ")";
    }
}
