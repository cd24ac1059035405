package dev.junction.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between Junction and a database server that breaks connections on command, so that tests can make a
 * database fail at a chosen moment: configure Junction with {@link #host()} and {@link #port()} instead of the
 * server's.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.to("127.0.0.1", 5432)) {
 *     proxy.cutAll();                 // every open connection gets a TCP reset, on both sides
 *     proxy.down();                   // new connections are reset as soon as they are accepted
 *     proxy.up();                     // and accepted again
 *     proxy.cutAfterServerBytes(4096); // the open connections break once 4096 more bytes reached the client
 *     proxy.setResponseDelay(Duration.ofSeconds(1)); // a slow database: every chunk it sends waits a second
 * }
 * }</pre>
 *
 * <p>Every control is thread-safe and takes effect before it returns: a connection that {@link #cutAll()} broke is
 * reset on both sides when it returns, and a connection accepted after {@link #down()} returns is reset without a
 * byte forwarded. Breaking is always a reset (linger zero), as when a server crashes or a firewall drops the
 * connection, never an orderly close. Each connection is forwarded by two threads (one per direction) plus one
 * thread that accepts; {@link #close()} ends them all and fails if one does not end.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int CHUNK = 8192;
    private static final Duration THREAD_END_TIMEOUT = Duration.ofSeconds(5);
    /**
     * How long a connection that reached its byte limit waits before it is reset, so the bytes forwarded just before
     * are delivered to the client rather than thrown away with the reset.
     */
    private static final long DELIVERY_GRACE_MILLIS = 50;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong serverBytes = new AtomicLong();
    private volatile boolean down;
    private volatile boolean closed;
    private volatile long responseDelayMillis;

    private FaultProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "fault-proxy-" + listener.getLocalPort() + "-accept");
        acceptor.setDaemon(true);
    }

    /**
     * Starts a proxy to {@code host:port} on a free port of the loopback interface.
     *
     * @throws UncheckedIOException when no port can be opened
     */
    public static FaultProxy to(String host, int port) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            FaultProxy proxy = new FaultProxy(new InetSocketAddress(host, port), listener);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open a port for a proxy to " + host + ":" + port, e);
        }
    }

    /** The address clients connect to. */
    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Resets every open connection on both sides: the client and the server each see a TCP reset. */
    public void cutAll() {
        synchronized (links) {
            for (Link link : new ArrayList<>(links)) {
                link.cut();
            }
        }
    }

    /**
     * Until {@link #up()}, every new connection is accepted and reset at once, without contacting the server, so
     * opening a connection fails. Connections already open are left alone; {@link #cutAll()} breaks them.
     */
    public void down() {
        down = true;
    }

    /** New connections reach the server again. */
    public void up() {
        down = false;
    }

    /**
     * Breaks each connection that is open now once {@code bytes} more bytes have gone from the server to the
     * client: those bytes are delivered, then both sides are reset. Connections opened later are not affected, so
     * a pool that replaces a broken connection gets a working one. Zero breaks a connection as soon as the server
     * starts its next answer, before the client sees any of it.
     */
    public void cutAfterServerBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, but was " + bytes);
        }
        for (Link link : new ArrayList<>(links)) {
            link.limit(bytes);
        }
    }

    /**
     * Makes the database slow: from now on every chunk the server sends waits this long before it is forwarded to
     * the client, on every connection. {@link Duration#ZERO} forwards at once again. The client's requests are not
     * delayed.
     */
    public void setResponseDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, but was " + delay);
        }
        responseDelayMillis = delay.toMillis();
    }

    /** Undoes every fault: up again, no delay, no byte limit. Open connections stay open. */
    public void heal() {
        up();
        setResponseDelay(Duration.ZERO);
        for (Link link : new ArrayList<>(links)) {
            link.limit(-1);
        }
    }

    /** How many connections are open through the proxy now. */
    public int openConnections() {
        return links.size();
    }

    /** How many connections the proxy accepted since it started, including the ones it reset while down. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** How many bytes went from the server to clients since the proxy started, on every connection. */
    public long serverBytes() {
        return serverBytes.get();
    }

    /** Stops accepting, resets every connection and waits for every thread of the proxy to end. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // The acceptor ends either way.
        }
        cutAll();
        long deadline = System.nanoTime() + THREAD_END_TIMEOUT.toNanos();
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : threadsIncludingAcceptor()) {
            thread.interrupt();
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                alive.add(thread);
            }
        }
        if (!alive.isEmpty()) {
            throw new IllegalStateException("Proxy threads still running after close: " + alive);
        }
    }

    private List<Thread> threadsIncludingAcceptor() {
        List<Thread> all = new ArrayList<>(threads);
        all.add(acceptor);
        return all;
    }

    @Override
    public String toString() {
        return "FaultProxy[" + host() + ":" + port() + " -> " + target.getHostString() + ":" + target.getPort()
                + (down ? ", down" : "") + ", open=" + links.size() + "]";
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            // Under the lock, so that a cutAll() or down() that returned before this point is never missed.
            synchronized (links) {
                if (down || closed) {
                    reset(client);
                    continue;
                }
                Socket server = new Socket();
                try {
                    server.connect(target, (int) Duration.ofSeconds(5).toMillis());
                    // Forward every chunk at once: Nagle's algorithm would hold small answers back for the
                    // client's delayed acknowledgement, adding tens of milliseconds to every round trip.
                    server.setTcpNoDelay(true);
                    client.setTcpNoDelay(true);
                } catch (IOException e) {
                    reset(server);
                    reset(client);
                    continue;
                }
                Link link = new Link(accepted.get(), client, server);
                links.add(link);
                link.start();
            }
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // Already closed: nothing to reset.
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that is left to do.
        }
    }

    /** One client connection and its connection to the server. */
    private final class Link {

        private final int id;
        private final Socket client;
        private final Socket server;
        private final AtomicInteger endedDirections = new AtomicInteger();
        /** Bytes the server may still send before the link breaks; negative for no limit. Guarded by this. */
        private long remaining = -1;

        Link(int id, Socket client, Socket server) {
            this.id = id;
            this.client = client;
            this.server = server;
        }

        void start() {
            startPump("up", () -> pump(client, server, false));
            startPump("down", () -> pump(server, client, true));
        }

        private void startPump(String direction, Runnable body) {
            Thread thread = new Thread(() -> {
                try {
                    body.run();
                } finally {
                    threads.remove(Thread.currentThread());
                }
            }, "fault-proxy-" + port() + "-" + id + "-" + direction);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }

        synchronized void limit(long bytes) {
            remaining = bytes;
        }

        /** How many of {@code available} bytes from the server may be forwarded; counts them against the limit. */
        private synchronized int allow(int available) {
            if (remaining < 0) {
                return available;
            }
            int allowed = (int) Math.min(available, remaining);
            remaining -= allowed;
            return allowed;
        }

        private synchronized boolean limitReached() {
            return remaining == 0;
        }

        void cut() {
            links.remove(this);
            reset(client);
            reset(server);
        }

        private void pump(Socket from, Socket to, boolean fromServer) {
            byte[] buffer = new byte[CHUNK];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    int allowed = read;
                    if (fromServer) {
                        delay();
                        allowed = allow(read);
                        serverBytes.addAndGet(allowed);
                    }
                    out.write(buffer, 0, allowed);
                    out.flush();
                    if (fromServer && limitReached()) {
                        Thread.sleep(DELIVERY_GRACE_MILLIS);
                        cut();
                        return;
                    }
                }
                // An orderly end on one side is passed on as an orderly end on the other.
                to.shutdownOutput();
                if (endedDirections.incrementAndGet() == 2) {
                    close(client);
                    close(server);
                    links.remove(this);
                }
            } catch (IOException | InterruptedException e) {
                // The peer reset, or the link was cut or the proxy closed: the other side learns of it by a reset.
                cut();
            }
        }

        private void delay() throws InterruptedException {
            long millis = responseDelayMillis;
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }

        private void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all that is left to do.
            }
        }
    }
}
