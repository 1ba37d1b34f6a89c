package cat.teixit.bench;

import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.testing.CentralServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A central server that has been up for a while has its pull path compiled by the JIT: dozens of workstations pull
 * every few minutes. The benchmark's server runs in the benchmark's JVM and has served one warm-up area, so without
 * this its pull path (PostgreSQL's driver, the page writer) was compiled <em>during</em> the measured first pull, on
 * the two cores the workstation measured also uses: 2.7 s of the 4.4 s compiled then were the server's.
 *
 * <p>Pulls through the JDK's own HTTP client and throws the pages away, so the workstation's code (OkHttp, its
 * decoding into records, the store) is not warmed by it. Not thread-safe.
 */
final class ServerWarmUp {

    private static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MORE = Pattern.compile("\"hasMore\"\\s*:\\s*true");
    private static final Pattern ACCESS = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private ServerWarmUp() {
    }

    /** Pulls every page of {@code scope} as {@code username}, {@code times} times over; returns the pages served. */
    static int pulls(URI server, String username, String scope, int times) throws IOException, InterruptedException {
        String api = server.toString().replaceAll("/$", "") + Protocol.API;
        try (HttpClient http = HttpClient.newHttpClient()) {
            byte[] login = ("{\"username\":\"" + username + "\",\"password\":\"" + CentralServer.PASSWORD
                    + "\",\"deviceId\":\"bench-server-warm-up\",\"deviceKey\":\"bench-server-warm-up-key-0123456789\"}")
                    .getBytes(StandardCharsets.UTF_8);
            String tokens = send(http, headers(HttpRequest.newBuilder(URI.create(api + "/auth/login")))
                    .header("Content-Type", "application/json")
                    .header(Protocol.HEADER_CONTENT_DIGEST, Hashing.contentDigest(login))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(login)).build());
            Matcher token = ACCESS.matcher(tokens);
            if (!token.find()) {
                throw new IOException("the server's login answer has no access token");
            }
            int pages = 0;
            for (int i = 0; i < times; i++) {
                String cursor = null;
                boolean more = true;
                while (more) {
                    String url = api + "/pull?scope=" + scope + "&limit=500"
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                    String page = send(http, headers(HttpRequest.newBuilder(URI.create(url)))
                            .header("Authorization", "Bearer " + token.group(1)).GET().build());
                    pages++;
                    // The cursor and the flag are the page's last members, after the records.
                    String tail = page.substring(Math.max(0, page.length() - 2_000));
                    Matcher c = CURSOR.matcher(tail);
                    cursor = c.find() ? c.group(1) : null;
                    more = MORE.matcher(tail).find() && cursor != null;
                }
            }
            return pages;
        }
    }

    private static HttpRequest.Builder headers(HttpRequest.Builder b) {
        return b.header(Protocol.HEADER_PROTOCOL, Integer.toString(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, Integer.toString(Protocol.MIN_SCHEMA))
                .header("User-Agent", "teixit-bench-warm-up/" + Protocol.VERSION);
    }

    private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the server answered " + r.statusCode() + " to the warm-up's " + request.uri().getPath());
        }
        return r.body();
    }
}
