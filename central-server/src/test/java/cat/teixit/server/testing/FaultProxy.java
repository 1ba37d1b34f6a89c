package cat.teixit.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fault-injecting TCP proxy on loopback between a client and the test server. While faulty, each
 * new connection draws a fault: cut the answer mid-body, cut the request mid-body, answer 503 without
 * asking the server, slow every read, or send the first request twice to the server (the copy later,
 * so requests also arrive reordered). It can also cut every upload past a byte budget. Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {

    /** What happens to one connection. */
    public enum Fault {
        PASS, CUT_RESPONSE, CUT_REQUEST, REFUSE_503, DELAY, DUPLICATE
    }

    private final int targetPort;
    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final SplittableRandom random;
    private volatile boolean faulty;
    private volatile long uploadBudget = Long.MAX_VALUE;
    private final AtomicLong uploaded = new AtomicLong();
    private volatile long downloadBudget = Long.MAX_VALUE;
    private final AtomicLong downloaded = new AtomicLong();
    private final AtomicLong faultsInjected = new AtomicLong();

    public FaultProxy(int targetPort, long seed) throws IOException {
        this.targetPort = targetPort;
        this.random = new SplittableRandom(seed);
        this.socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        pool.submit(this::acceptLoop);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public java.net.URI url() {
        return java.net.URI.create("http://127.0.0.1:" + port());
    }

    public void breakRandomly() {
        faulty = true;
    }

    /** From now on, every connection is cut once {@code bytes} more bytes went from clients to the server. */
    public void cutUploadsAfter(long bytes) {
        uploaded.set(0);
        uploadBudget = bytes;
    }

    /** From now on, every connection is cut once {@code bytes} more bytes went from the server to clients. */
    public void cutDownloadsAfter(long bytes) {
        downloaded.set(0);
        downloadBudget = bytes;
    }

    /** Bytes that went from the server to clients since the last {@link #cutDownloadsAfter} or heal. */
    public long downloadedBytes() {
        return downloaded.get();
    }

    public void heal() {
        faulty = false;
        uploadBudget = Long.MAX_VALUE;
        downloadBudget = Long.MAX_VALUE;
        downloaded.set(0);
    }

    public long faultsInjected() {
        return faultsInjected.get();
    }

    private synchronized Fault draw() {
        if (!faulty) {
            return Fault.PASS;
        }
        Fault[] all = Fault.values();
        Fault f = all[random.nextInt(all.length)];
        if (f != Fault.PASS) {
            faultsInjected.incrementAndGet();
        }
        return f;
    }

    private synchronized int between(int from, int to) {
        return from + random.nextInt(to - from);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                pool.submit(() -> handle(client, draw()));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client, Fault fault) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            if (uploaded.get() >= uploadBudget || downloaded.get() >= downloadBudget) {
                return;
            }
            InputStream fromClient = client.getInputStream();
            OutputStream toServer = server.getOutputStream();
            switch (fault) {
                case REFUSE_503 -> {
                    readHead(fromClient);
                    byte[] body = "{\"error\":\"unavailable\",\"message\":\"proxy\"}".getBytes(StandardCharsets.UTF_8);
                    client.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    client.getOutputStream().write(body);
                    return;
                }
                case DUPLICATE -> {
                    byte[] first = readRequest(fromClient);
                    toServer.write(first);
                    int delay = between(0, 200);
                    pool.submit(() -> replay(first, delay));
                }
                default -> {
                }
            }
            long cutRequestAt = fault == Fault.CUT_REQUEST ? between(1, 3000) : Long.MAX_VALUE;
            long cutResponseAt = fault == Fault.CUT_RESPONSE ? between(1, 3000) : Long.MAX_VALUE;
            boolean slow = fault == Fault.DELAY;
            var upstream = pool.submit(() -> pump(fromClient, toServer, cutRequestAt, slow, true, client, server));
            pump(server.getInputStream(), client.getOutputStream(), cutResponseAt, slow, false, client, server);
            upstream.cancel(true);
        } catch (IOException ignored) {
            // A broken connection is what this proxy is for.
        }
    }

    private Void pump(InputStream in, OutputStream out, long cutAt, boolean slow, boolean upload, Socket a, Socket b) {
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (slow) {
                    Thread.sleep(between(5, 40));
                }
                if (total + n > cutAt) {
                    out.write(buf, 0, (int) Math.max(0, cutAt - total));
                    break;
                }
                if (upload && uploaded.addAndGet(n) > uploadBudget) {
                    break;
                }
                if (!upload && downloaded.addAndGet(n) > downloadBudget) {
                    out.write(buf, 0, (int) Math.max(0, n - (downloaded.get() - downloadBudget)));
                    break;
                }
                out.write(buf, 0, n);
                out.flush();
                total += n;
            }
        } catch (IOException | InterruptedException ignored) {
            // Either side went away.
        }
        try {
            a.close();
            b.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        return null;
    }

    private void replay(byte[] request, int delayMs) {
        try {
            Thread.sleep(delayMs);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
                s.shutdownOutput();
                s.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | InterruptedException ignored) {
            // The copy is best effort; the server must cope with it either way.
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("client closed");
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        return head.toByteArray();
    }

    /** One whole request (head and Content-Length body), with keep-alive turned into close for the copy. */
    private static byte[] readRequest(InputStream in) throws IOException {
        byte[] head = readHead(in);
        int length = 0;
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(head);
        all.write(in.readNBytes(length));
        return all.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }
}
