package dev.junction.it.support;

import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * An H2 TCP server in the test JVM, started once on a free port, so that H2 can be reached over a socket (and so
 * through a {@link FaultProxy}) like the other databases. It serves the in-memory databases of this JVM: one that
 * {@link TestDatabase} created is reached as {@code jdbc:h2:tcp://127.0.0.1:<port>/mem:<name>}. Its threads are
 * daemons, so it ends with the JVM.
 */
public final class H2TcpServer {

    private static Server server;

    private H2TcpServer() {}

    /** The server's port, starting it on first use. */
    public static synchronized int port() {
        if (server == null) {
            try {
                server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
            } catch (SQLException e) {
                throw new AssertionError("Could not start an H2 TCP server: " + e, e);
            }
        }
        return server.getPort();
    }

    /** The JDBC URL of an in-memory database of this JVM through a server or proxy at that port. */
    public static String url(int port, String database) {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + database + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    }
}
