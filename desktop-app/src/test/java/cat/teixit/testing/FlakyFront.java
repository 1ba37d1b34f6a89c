package cat.teixit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback front of the test central server that fails requests on purpose, as a bad network or an
 * overloaded server does: the next {@code n} connections get a 503 (with {@code Retry-After} if asked) or
 * are cut before any answer; every other connection is passed through to the server untouched. The client
 * closes a connection after such a failure, so each failed request is one connection. Thread-safe.
 */
public final class FlakyFront implements AutoCloseable {

    /** How a failed request fails. */
    public enum Fault {
        UNAVAILABLE, CUT
    }

    private final int targetPort;
    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Set<Socket> passing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile Fault fault = Fault.UNAVAILABLE;
    private volatile String retryAfter;

    public FlakyFront(URI target) throws IOException {
        this.targetPort = target.getPort();
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(this::acceptLoop);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /**
     * The next {@code count} requests fail with {@code how} ({@code retryAfterSeconds} may be null); the
     * connections passing through now are closed, so that no request slips past on one kept alive.
     */
    public void failNext(int count, Fault how, String retryAfterSeconds) throws IOException {
        fault = how;
        retryAfter = retryAfterSeconds;
        failuresLeft.set(count);
        for (Socket s : passing) {
            s.close();
        }
    }

    /** How many requests failed on purpose so far. */
    public int failedRequests() {
        return failed.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                pool.submit(() -> fail ? fail(client) : pass(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private Void fail(Socket client) {
        try (client) {
            readRequest(client.getInputStream());
            failed.incrementAndGet();
            if (fault == Fault.UNAVAILABLE) {
                String extra = retryAfter == null ? "" : "Retry-After: " + retryAfter + "\r\n";
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 503 Service Unavailable\r\n" + extra
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException e) {
            // The client gave up first: the failure happened all the same.
        }
        return null;
    }

    /** Reads one request's head and body (a client is let finish writing before it is failed). */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }

    private Void pass(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            passing.add(client);
            pool.submit(() -> copy(server.getInputStream(), client.getOutputStream(), client));
            copy(client.getInputStream(), server.getOutputStream(), server);
        } catch (IOException e) {
            // One side hung up or was closed by failNext: the connection is over.
        } finally {
            passing.remove(client);
        }
        return null;
    }

    /** Copies until the end of {@code in}, then closes {@code toClose} so that the other direction ends too. */
    private static Void copy(InputStream in, OutputStream out, Socket toClose) throws IOException {
        try (toClose) {
            in.transferTo(out);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : passing) {
            s.close();
        }
        pool.shutdownNow();
    }
}
