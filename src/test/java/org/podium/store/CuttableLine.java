package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A line to the tests' PostgreSQL server that a test can cut and mend, as a network that goes
 * away and comes back: it forwards every connection made to {@link #address} to the server;
 * cut, it drops every open connection and refuses new ones until mended.
 */
public final class CuttableLine implements AutoCloseable {
    private final ServerSocket listener;
    private final int serverPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    public CuttableLine() {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serverPort = TestPostgres.server().getPort();
        daemon("line-accept", this::accept);
    }

    /** {@code book}'s address, reached through this line. */
    public TeamAddress address(TeamAddress book) {
        return new TeamAddress(book.user(), "127.0.0.1", listener.getLocalPort(), book.database(), book.parameters());
    }

    /** Drops every connection through the line and refuses new ones. */
    public synchronized void cut() {
        cut = true;
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    /** New connections reach the server again. */
    public void mend() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                synchronized (this) {
                    if (cut) {
                        closeQuietly(client);
                        closeQuietly(server);
                        continue;
                    }
                    open.add(client);
                    open.add(server);
                }
                daemon("line-up", () -> pump(client, server));
                daemon("line-down", () -> pump(server, client));
            } catch (IOException e) {
                // The line was closed, or one connection failed: the others go on.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away: the other is closed below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // Closing a dropped connection.
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
