package dev.junction.spring;

import dev.junction.ConnectionManager;
import dev.junction.QueryListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Junction's life in a Spring application context, the bean {@value #BEAN_NAME}: {@link #start()} configures
 * Junction's connections ({@code ConnectionManager.configure}) and {@link #stop()} shuts Junction down
 * ({@code ConnectionManager.shutdown()}), closing the pools Junction opened (never a {@code DataSource} bean).
 *
 * <p>At each start, before the connections are configured, it sets the cross-database write policy and the read
 * replica fallback of {@link JunctionProperties}, registers every {@link QueryListener} bean and hands Junction the
 * application's {@code MeterRegistry}, when there is one: a shutdown forgets all of them, so a context that is
 * stopped and started again (a paused test context, for example) gets them back.
 *
 * <p>It starts in phase {@value #PHASE}, before the web server, message listeners and schedulers, and stops after
 * them. Beans that use Junction while the context starts should do so once it has started (an
 * {@code ApplicationRunner}, an {@code ApplicationReadyEvent} listener, or a {@code SmartLifecycle} of a later phase),
 * not in a constructor or {@code @PostConstruct}.
 *
 * <p>{@code ConnectionManager} is one per JVM (per class loader), so only one application context at a time can run
 * Junction: starting a second one while the first runs fails and says so.
 */
public class JunctionLifecycle implements SmartLifecycle, DisposableBean {

    /** The name of this bean. */
    public static final String BEAN_NAME = "junctionLifecycle";

    /** The lifecycle phase: early to start, late to stop. */
    public static final int PHASE = Integer.MIN_VALUE + 1000;

    /** The lifecycle that has Junction configured now, if any. */
    private static final AtomicReference<JunctionLifecycle> RUNNING = new AtomicReference<>();

    private final JunctionProperties properties;
    private final ConnectionPlan plan;
    private final ListableBeanFactory beans;
    private final ObjectProvider<QueryListener> queryListeners;
    private final ObjectProvider<BeforeConfigure> beforeConfigure;
    private final Object monitor = new Object();
    private volatile boolean running;

    JunctionLifecycle(JunctionProperties properties, ListableBeanFactory beans,
            ObjectProvider<QueryListener> queryListeners, ObjectProvider<BeforeConfigure> beforeConfigure) {
        this.properties = properties;
        this.plan = ConnectionPlan.of(properties);
        this.beans = beans;
        this.queryListeners = queryListeners;
        this.beforeConfigure = beforeConfigure;
    }

    /** The names of the connections this lifecycle configures, in the order they were given. */
    public List<String> connectionNames() {
        return plan.names();
    }

    /**
     * Configures Junction's connections, after the settings that must precede them. Does nothing when already
     * running.
     *
     * @throws IllegalStateException when another application context runs Junction
     * @throws dev.junction.JunctionException when configuring fails, which leaves Junction shut down
     */
    @Override
    public void start() {
        synchronized (monitor) {
            if (running) {
                return;
            }
            JunctionLifecycle other = RUNNING.compareAndExchange(null, this);
            if (other != null && other != this) {
                throw new IllegalStateException("Junction is already running in another application context, and"
                        + " ConnectionManager is one per JVM: stop or close that context before starting this one");
            }
            try {
                Map<String, Map<String, Object>> settings = plan.resolve(beans);
                if (properties.getCrossDatabaseWritePolicy() != null) {
                    ConnectionManager.setCrossDatabaseWritePolicy(properties.getCrossDatabaseWritePolicy());
                }
                ConnectionManager.setReadReplicaFallback(properties.isReadReplicaFallback());
                queryListeners.orderedStream().forEach(ConnectionManager::addQueryListener);
                beforeConfigure.orderedStream().forEach(BeforeConfigure::apply);
                ConnectionManager.configure(settings);
                running = true;
            } catch (RuntimeException | Error e) {
                ConnectionManager.shutdown();
                RUNNING.compareAndSet(this, null);
                throw e;
            }
        }
    }

    /** Shuts Junction down: closes the pools it opened and forgets its listeners and settings. */
    @Override
    public void stop() {
        synchronized (monitor) {
            if (!running) {
                return;
            }
            running = false;
            try {
                ConnectionManager.shutdown();
            } finally {
                RUNNING.compareAndSet(this, null);
            }
        }
    }

    /** Whether Junction is configured by this lifecycle. */
    @Override
    public boolean isRunning() {
        return running;
    }

    /** {@value #PHASE}. */
    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Shuts Junction down if a failed context start left it running. */
    @Override
    public void destroy() {
        stop();
    }
}
