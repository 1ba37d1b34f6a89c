package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP/1.1 server on a raw socket that answers each request with whatever bytes the test
 * gives, however broken: to prove the client rejects hostile answers. One request per connection.
 * Thread-safe.
 */
public final class RawHttpServer implements AutoCloseable {

    /** A request as received; {@code contentDigest} is its Content-Digest field, null without one. */
    public record Request(String method, String path, byte[] body, String contentDigest) {
    }

    /** Writes the raw answer to a request. */
    @FunctionalInterface
    public interface Responder {
        void respond(Request request, OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private volatile Responder responder;

    public RawHttpServer(Responder responder) throws IOException {
        this.responder = responder;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(this::acceptLoop);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * A client of this server as laia from device dev-1: {@code attempts} tries a request with waits of a few
     * milliseconds, short timeouts, answers of at most {@code maxResponseBytes}.
     */
    public HttpSyncTransport transport(int attempts, int maxResponseBytes) {
        TransportConfig cfg = TransportConfig.defaults(URI.create("http://127.0.0.1:" + port()), "dev-1", true)
                .withRetries(attempts, Duration.ofMillis(5), Duration.ofMillis(10))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withMaxResponseBytes(maxResponseBytes);
        return new HttpSyncTransport(cfg, () -> new Credentials("laia", "x".toCharArray()));
    }

    public void respondWith(Responder r) {
        this.responder = r;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                pool.submit(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.write(b);
                matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String[] first = lines[0].split(" ");
            int length = 0;
            String digest = null;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                } else if (line.toLowerCase(Locale.ROOT).startsWith("content-digest:")) {
                    digest = line.substring(15).trim();
                }
            }
            byte[] body = in.readNBytes(length);
            OutputStream out = s.getOutputStream();
            responder.respond(new Request(first[0], first[1], body, digest), out);
            out.flush();
        } catch (IOException ignored) {
            // The client hung up: that is its right.
        }
    }

    /** A complete answer with a correct Content-Length. */
    public static void write(OutputStream out, int status, String contentType, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
    }

    public static void json(OutputStream out, int status, String body) throws IOException {
        write(out, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer with extra header lines ({@code "Name: value"}). */
    public static void jsonWithHeaders(OutputStream out, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 X\r\nContent-Type: application/json\r\n" + String.join("", java.util.Arrays.stream(headers)
                .map(h -> h + "\r\n").toList()) + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    /** A JSON answer whose Content-Digest is that of {@code digestOf}: the body itself, or what it was before a change. */
    public static void json(OutputStream out, int status, String body, String digestOf) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Digest: "
                + cat.teixit.sync.protocol.Hashing.contentDigest(digestOf.getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }
}
