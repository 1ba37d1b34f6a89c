package cat.teixit.server.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fault-injecting HTTP/1.1 proxy on loopback between clients and a server. It reads every request whole,
 * kept-alive connections included, and draws a fault for each: delay it, answer 503 itself, cut the request
 * or the answer mid-body, flip bytes in the request body or the answer body, send the request twice (the
 * client gets the second answer), or send it again later (so the copy arrives out of order). It counts, per
 * endpoint, what it did. It can also cut every connection past a byte budget of uploads or downloads. Plain
 * JDK, so that {@code bench/chaos} runs it from the test classes ({@link #main}). Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {

    /** What happens to one request. */
    public enum Fault {
        PASS, DELAY, REFUSE_503, CUT_REQUEST, FLIP_REQUEST, CUT_ANSWER, FLIP_ANSWER, DUPLICATE, REPLAY_LATER
    }

    /** The faults a faulty request draws from, answer damage weighted up: what a client must never apply. */
    private static final List<Fault> DRAWN = List.of(Fault.DELAY, Fault.REFUSE_503, Fault.CUT_REQUEST,
            Fault.CUT_REQUEST, Fault.FLIP_REQUEST, Fault.FLIP_REQUEST, Fault.CUT_ANSWER, Fault.CUT_ANSWER,
            Fault.CUT_ANSWER, Fault.FLIP_ANSWER, Fault.FLIP_ANSWER, Fault.FLIP_ANSWER, Fault.DUPLICATE,
            Fault.REPLAY_LATER);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "content-length");
    private static final int MAX_HEAD = 64 * 1024;

    private final int targetPort;
    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final SplittableRandom random;
    private volatile double rate;
    private volatile long uploadBudget = Long.MAX_VALUE;
    private final AtomicLong uploaded = new AtomicLong();
    private volatile long downloadBudget = Long.MAX_VALUE;
    private final AtomicLong downloaded = new AtomicLong();
    /** Endpoint to what each fault did there; "damaged" counts cut or flipped 2xx answers with a body. */
    private final Map<String, Map<Fault, AtomicLong>> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> damagedAnswers = new ConcurrentHashMap<>();
    /** Endpoint to the fault its next request meets ({@link #next}). */
    private final Map<String, Fault> forced = new ConcurrentHashMap<>();

    public FaultProxy(int targetPort, long seed) throws IOException {
        this(0, targetPort, seed);
    }

    /** A proxy listening on {@code listenPort} (0: any free port) for the server on {@code targetPort}. */
    public FaultProxy(int listenPort, int targetPort, long seed) throws IOException {
        this.targetPort = targetPort;
        this.random = new SplittableRandom(seed);
        this.socket = new ServerSocket(listenPort, 100, InetAddress.getLoopbackAddress());
        pool.submit(this::acceptLoop);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** From now on, half of the requests draw a fault. */
    public void breakRandomly() {
        breakRandomly(0.5);
    }

    /** From now on, each request draws a fault with probability {@code faultRate}. */
    public void breakRandomly(double faultRate) {
        rate = faultRate;
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

    /** No more faults or budgets; requests already under way finish as drawn. */
    public void heal() {
        rate = 0;
        uploadBudget = Long.MAX_VALUE;
        downloadBudget = Long.MAX_VALUE;
        downloaded.set(0);
    }

    /** Requests that met a fault, all endpoints together. */
    public long faultsInjected() {
        long n = 0;
        for (Map<Fault, AtomicLong> byFault : counts.values()) {
            for (Map.Entry<Fault, AtomicLong> e : byFault.entrySet()) {
                n += e.getKey() == Fault.PASS ? 0 : e.getValue().get();
            }
        }
        return n;
    }

    /** How many requests to {@code endpoint} (e.g. "/push", "/pull") met {@code fault}. */
    public long count(String endpoint, Fault fault) {
        Map<Fault, AtomicLong> byFault = counts.get(endpoint);
        AtomicLong n = byFault == null ? null : byFault.get(fault);
        return n == null ? 0 : n.get();
    }

    /** Successful answers of {@code endpoint} with a body (a push's results, a pull page) that were cut or flipped. */
    public long damagedAnswers(String endpoint) {
        AtomicLong n = damagedAnswers.get(endpoint);
        return n == null ? 0 : n.get();
    }

    /** One line per endpoint: requests per fault, and the successful answers damaged. */
    public String report() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(counts).forEach((endpoint, byFault) -> {
            b.append(endpoint).append(':');
            byFault.forEach((f, n) -> b.append(' ').append(f.name().toLowerCase(Locale.ROOT)).append('=').append(n));
            b.append(" damaged_answers=").append(damagedAnswers(endpoint)).append('\n');
        });
        return b.toString();
    }

    /** The next request to {@code endpoint} (e.g. "/emergency") meets {@code fault}, whatever the rate. */
    public void next(String endpoint, Fault fault) {
        forced.put(endpoint, fault);
    }

    private synchronized Fault draw(Message request) {
        Fault once = forced.remove(request.endpoint());
        if (once != null) {
            return once;
        }
        if (rate <= 0 || random.nextDouble() >= rate) {
            return Fault.PASS;
        }
        Fault f = DRAWN.get(random.nextInt(DRAWN.size()));
        return f == Fault.FLIP_REQUEST && request.body.length == 0 ? Fault.PASS : f;
    }

    private synchronized int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                pool.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Request after request on one client connection, until the client closes it or a fault cuts it. */
    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            Message request;
            while ((request = Message.read(in, true, false)) != null) {
                if (!relay(request, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // A broken connection is what this proxy is for.
        } finally {
            clients.remove(client);
        }
    }

    /** Relays one request as its fault says; false when the client connection must be cut. */
    private boolean relay(Message request, OutputStream toClient) throws IOException {
        Fault fault = draw(request);
        String endpoint = request.endpoint();
        counts.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(fault, k -> new AtomicLong()).incrementAndGet();
        byte[] requestHead = request.head(request.body.length, true, false);
        byte[] upstream = concat(requestHead, fault == Fault.FLIP_REQUEST ? flip(request.body) : request.body);
        switch (fault) {
            case REFUSE_503 -> {
                byte[] body = "{\"error\":\"unavailable\",\"message\":\"fault proxy\"}".getBytes(StandardCharsets.UTF_8);
                return toClient(toClient, ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
            }
            case CUT_REQUEST -> {
                int cutAt = request.body.length > 0 ? requestHead.length + between(0, request.body.length)
                        : between(1, requestHead.length);
                exchange(Arrays.copyOf(upstream, cutAt), request.isHead(), true);
                return false;
            }
            case DELAY -> sleep(between(20, 200));
            default -> {
            }
        }
        Message answer = exchange(upstream, request.isHead(), false);
        if (answer == null) {
            return false;
        }
        if (fault == Fault.DUPLICATE) {
            answer = exchange(upstream, request.isHead(), false);
            if (answer == null) {
                return false;
            }
        } else if (fault == Fault.REPLAY_LATER) {
            int delay = between(20, 400);
            pool.submit(() -> {
                sleep(delay);
                return exchange(upstream, request.isHead(), false);
            });
        }
        boolean damaged = (fault == Fault.CUT_ANSWER || fault == Fault.FLIP_ANSWER) && answer.body.length > 0;
        if (damaged && answer.status() / 100 == 2) {
            damagedAnswers.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
        }
        byte[] body = fault == Fault.FLIP_ANSWER ? flip(answer.body) : answer.body;
        byte[] head = answer.head(body.length, false, request.isHead() || answer.bodyless());
        if (fault == Fault.CUT_ANSWER) {
            if (body.length > 0) {
                toClient(toClient, head, Arrays.copyOf(body, between(0, body.length)));
            } else {
                toClient(toClient, Arrays.copyOf(head, between(1, head.length)), new byte[0]);
            }
            return false;
        }
        if (fault == Fault.DELAY && body.length > 1) {
            int half = body.length / 2;
            toClient(toClient, head, Arrays.copyOf(body, half));
            sleep(between(20, 200));
            return toClient(toClient, new byte[0], Arrays.copyOfRange(body, half, body.length));
        }
        return toClient(toClient, head, body);
    }

    /**
     * Sends a request to the server on a connection of its own and reads the whole answer; null when the server
     * cannot be reached or the upload budget cut the request. With {@code cut}, only sends and hangs up.
     */
    private Message exchange(byte[] request, boolean head, boolean cut) {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            server.setSoTimeout(120_000);
            long allowed = uploadBudget - uploaded.get();
            int sent = (int) Math.max(0, Math.min(request.length, allowed));
            server.getOutputStream().write(request, 0, sent);
            server.getOutputStream().flush();
            uploaded.addAndGet(sent);
            if (cut || sent < request.length) {
                return null;
            }
            return Message.read(new BufferedInputStream(server.getInputStream()), false, head);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes to the client within the download budget; false when the budget cut it. */
    private boolean toClient(OutputStream out, byte[] head, byte[] body) throws IOException {
        byte[] all = concat(head, body);
        long allowed = downloadBudget - downloaded.get();
        int sent = (int) Math.max(0, Math.min(all.length, allowed));
        out.write(all, 0, sent);
        out.flush();
        downloaded.addAndGet(sent);
        return sent == all.length;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A copy of {@code body} with one to three bytes changed. */
    private byte[] flip(byte[] body) {
        byte[] copy = body.clone();
        if (copy.length == 0) {
            return copy;
        }
        int flips = between(1, 4);
        for (int i = 0; i < flips; i++) {
            copy[between(0, copy.length)] ^= (byte) between(1, 256);
        }
        return copy;
    }

    private static Void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : clients) {
            s.close();
        }
        pool.shutdownNow();
    }

    /** One HTTP/1.1 message as read: its start line, header lines and body (decoded if it came in chunks). */
    private record Message(String startLine, List<String> headers, byte[] body) {

        /**
         * Reads one message; null at a clean end of stream before it. A request without a length has no body;
         * an answer without one runs to the end of the stream; an answer to HEAD, 1xx, 204 and 304 have none.
         */
        static Message read(InputStream in, boolean request, boolean answersHead) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    if (head.size() == 0) {
                        return null;
                    }
                    throw new EOFException("head cut");
                }
                head.write(b);
                matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
                if (head.size() > MAX_HEAD) {
                    throw new IOException("head too long");
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            Message m = new Message(lines[0], headers, new byte[0]);
            byte[] body;
            if (!request && (answersHead || m.bodyless())) {
                body = new byte[0];
            } else if (m.header("transfer-encoding") != null
                    && m.header("transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
                body = dechunk(in);
            } else if (m.header("content-length") != null) {
                int length = Integer.parseInt(m.header("content-length").strip());
                body = in.readNBytes(length);
                if (body.length < length) {
                    throw new EOFException("body cut");
                }
            } else {
                body = request ? new byte[0] : in.readAllBytes();
            }
            return new Message(lines[0], headers, body);
        }

        private static byte[] dechunk(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String line = line(in);
                int size = Integer.parseInt(line.split(";", 2)[0].strip(), 16);
                if (size == 0) {
                    while (!line(in).isEmpty()) {
                        // Trailer fields: none that matter here.
                    }
                    return out.toByteArray();
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new EOFException("chunk cut");
                }
                out.write(chunk);
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new EOFException("line cut");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        String header(String name) {
            for (String h : headers) {
                int colon = h.indexOf(':');
                if (colon > 0 && h.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return h.substring(colon + 1).strip();
                }
            }
            return null;
        }

        boolean isHead() {
            return startLine.startsWith("HEAD ");
        }

        int status() {
            String[] parts = startLine.split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : 0;
        }

        /** An answer that has no body whatever its headers say. */
        boolean bodyless() {
            int s = status();
            return s / 100 == 1 || s == 204 || s == 304;
        }

        /** "/push", "/pull", "/session", "/auth/login", "/blobs", ...: the path of a request without ids or query. */
        String endpoint() {
            String[] parts = startLine.split(" ");
            String path = parts.length > 1 ? parts[1] : "?";
            int query = path.indexOf('?');
            path = query < 0 ? path : path.substring(0, query);
            path = path.startsWith("/api/v1/") ? path.substring(7) : path;
            return path.startsWith("/blobs/") ? "/blobs" : path;
        }

        /**
         * The head to send this message again with a body of {@code length} bytes: framed by Content-Length,
         * hop-by-hop fields dropped; a request is told to close its connection (the proxy uses one per request
         * upstream). With {@code keepLength}, the original Content-Length is kept (an answer to HEAD says the
         * length of what GET would send).
         */
        byte[] head(int length, boolean request, boolean keepLength) {
            StringBuilder b = new StringBuilder(startLine).append("\r\n");
            for (String h : headers) {
                int colon = h.indexOf(':');
                String name = colon > 0 ? h.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
                if (!HOP_BY_HOP.contains(name)) {
                    b.append(h).append("\r\n");
                }
            }
            if (keepLength) {
                if (header("content-length") != null) {
                    b.append("Content-Length: ").append(header("content-length")).append("\r\n");
                }
            } else if (!request || length > 0 || header("content-length") != null) {
                b.append("Content-Length: ").append(length).append("\r\n");
            }
            if (request) {
                b.append("Connection: close\r\n");
            }
            return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Runs a proxy until stopped (SIGTERM or Ctrl+C), then prints its report. Arguments: {@code --listen PORT
     * --target PORT [--seed N] [--rate R]} (rate: the share of requests that meet a fault, default 0.3).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        double rate = Double.parseDouble(opts.getOrDefault("--rate", "0.3"));
        FaultProxy proxy = new FaultProxy(Integer.parseInt(opts.getOrDefault("--listen", "0")),
                Integer.parseInt(opts.get("--target")), Long.parseLong(opts.getOrDefault("--seed", "1")));
        proxy.breakRandomly(rate);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> out.print("FAULTS\n" + proxy.report())));
        out.println("FaultProxy on " + proxy.url() + " -> 127.0.0.1:" + proxy.targetPort + ", fault rate " + rate);
        Thread.currentThread().join();
    }
}
