package dev.junction.it.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy's controls, against a tiny echo server. */
class FaultProxyTest {

    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private EchoServer echo;
    private FaultProxy proxy;
    private final List<Socket> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        proxy = FaultProxy.to("127.0.0.1", echo.port());
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        proxy.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(proxy.host(), proxy.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        clients.add(socket);
        return socket;
    }

    private static byte[] roundTrip(Socket socket, String text) throws IOException {
        byte[] sent = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(sent);
        return socket.getInputStream().readNBytes(sent.length);
    }

    @Test
    void forwardsBytesBothWaysAndCountsTheServersBytes() throws IOException {
        Socket client = connect();

        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), roundTrip(client, "hello"));
        assertArrayEquals("again".getBytes(StandardCharsets.UTF_8), roundTrip(client, "again"));

        assertEquals(10, proxy.serverBytes());
        assertEquals(1, proxy.openConnections());
        assertEquals(1, proxy.acceptedConnections());
    }

    @Test
    void cutAllResetsEveryOpenConnectionOnBothSides() throws Exception {
        Socket first = connect();
        Socket second = connect();
        roundTrip(first, "a");
        roundTrip(second, "b");

        proxy.cutAll();

        assertEquals(0, proxy.openConnections());
        assertThrows(SocketException.class, () -> first.getInputStream().read(), "the client sees a reset");
        assertThrows(SocketException.class, () -> second.getInputStream().read());
        echo.awaitEnded(2);
        assertEquals(2, echo.resets(), "the server sees a reset too, not an orderly close");
        assertArrayEquals(new byte[] {'c'}, roundTrip(connect(), "c"), "new connections still work");
    }

    @Test
    void downResetsNewConnectionsUntilUp() throws IOException {
        Socket open = connect();
        roundTrip(open, "x");

        proxy.down();
        Socket refused = connect();

        assertThrows(SocketException.class, () -> refused.getInputStream().read());
        assertEquals(1, echo.accepted(), "the server never saw the refused connection");
        assertArrayEquals(new byte[] {'y'}, roundTrip(open, "y"), "a connection already open is left alone");

        proxy.up();
        assertArrayEquals(new byte[] {'z'}, roundTrip(connect(), "z"));
    }

    @Test
    void cutAfterServerBytesDeliversThatManyBytesThenResets() throws IOException {
        Socket client = connect();
        roundTrip(client, "warm");

        proxy.cutAfterServerBytes(10);
        client.getOutputStream().write(new byte[100]);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = client.getInputStream();

        assertThrows(SocketException.class, () -> {
            byte[] buffer = new byte[64];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, read);
            }
        });
        assertEquals(10, received.size());
        assertEquals(0, proxy.openConnections());
        assertArrayEquals(new byte[] {'n'}, roundTrip(connect(), "n"), "a connection opened later has no limit");
    }

    @Test
    void cutAfterZeroServerBytesBreaksBeforeTheNextAnswer() throws IOException {
        Socket client = connect();
        roundTrip(client, "warm");

        proxy.cutAfterServerBytes(0);
        client.getOutputStream().write('q');

        assertThrows(SocketException.class, () -> client.getInputStream().read());
    }

    @Test
    void responseDelaySlowsEveryAnswerUntilSetToZero() throws IOException {
        Socket client = connect();
        roundTrip(client, "warm");

        proxy.setResponseDelay(Duration.ofMillis(300));
        long started = System.nanoTime();
        roundTrip(client, "slow");
        long slowMillis = (System.nanoTime() - started) / 1_000_000;
        proxy.setResponseDelay(Duration.ZERO);
        started = System.nanoTime();
        roundTrip(client, "fast");
        long fastMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(slowMillis >= 300, "delayed answer took " + slowMillis + " ms");
        assertTrue(fastMillis < 200, "undelayed answer took " + fastMillis + " ms");
    }

    @Test
    void closeResetsTheConnectionsAndEndsEveryThread() throws IOException {
        Socket client = connect();
        roundTrip(client, "a");
        roundTrip(connect(), "b");
        String prefix = "fault-proxy-" + proxy.port() + "-";

        proxy.close();

        assertThrows(SocketException.class, () -> client.getInputStream().read());
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix)).map(Thread::getName).toList());
        assertThrows(IOException.class, () -> new Socket(proxy.host(), proxy.port()).close(), "the port is closed");
    }

    /** Sends every byte back; counts the connections it accepted and how they ended. */
    private static final class EchoServer implements AutoCloseable {

        private final ServerSocket listener;
        private final Thread acceptor;
        private final Set<Thread> handlers = ConcurrentHashMap.newKeySet();
        private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger ended = new AtomicInteger();
        private final AtomicInteger resets = new AtomicInteger();

        EchoServer() throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::acceptLoop, "echo-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        int resets() {
            return resets.get();
        }

        void awaitEnded(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (ended.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(count, ended.get(), "connections the echo server saw end");
        }

        private void acceptLoop() {
            while (true) {
                Socket socket;
                try {
                    socket = listener.accept();
                } catch (IOException e) {
                    return;
                }
                accepted.incrementAndGet();
                sockets.add(socket);
                Thread handler = new Thread(() -> echo(socket), "echo-" + accepted.get());
                handler.setDaemon(true);
                handlers.add(handler);
                handler.start();
            }
        }

        private void echo(Socket socket) {
            try (socket) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                byte[] buffer = new byte[1024];
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                }
            } catch (SocketException e) {
                resets.incrementAndGet();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                ended.incrementAndGet();
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            try {
                acceptor.join(5_000);
                for (Thread handler : handlers) {
                    handler.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
