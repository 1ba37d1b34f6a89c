package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.BoundedLoginServer;
import cat.teixit.server.testing.TestDatabase;
import cat.teixit.server.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 150 concurrent logins with the production Argon2 parameters (19 MiB each) against a server in a JVM capped at
 * {@value #HEAP_MB} MiB of heap: all succeed, because no more than {@value #BOUND} password checks run at once
 * (docs/decisions/0024). Unbounded, the checks would need 150 x 19 MiB, about 2.8 GiB: with the bound raised to
 * 150 this test fails (the server runs out of memory after a dozen logins).
 */
class ConcurrentLoginMemoryTest {

    static final int HEAP_MB = 256;
    static final int BOUND = 2;
    private static final int LOGINS = 150;
    private static final String OPERATOR = "operator-credential-for-tests";

    @RegisterExtension
    static final TestServer schema = TestServer.perClass();

    @Test
    void oneHundredFiftyConcurrentLoginsFitInASmallHeap() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BoundedLoginServer.class.getName(), TestDatabase.jdbcUrl(), Integer.toString(port),
                Integer.toString(BOUND), OPERATOR).redirectErrorStream(true).start();
        ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("LISTENING")) {
                // start-up output
            }
            assertThat(line).as("the server started").isEqualTo("LISTENING");
            StringBuffer tail = new StringBuffer();
            Thread.ofVirtual().start(() -> out.lines().forEach(l -> tail.append(l).append('\n')));

            URI login = URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                String device = "dev-heavy-" + i;
                String body = "{\"username\":\"heavy\",\"password\":\"" + TestServer.PASSWORD + "\",\"deviceId\":\""
                        + device + "\",\"deviceKey\":\"" + TestServer.deviceKey(device) + "\"}";
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(login).timeout(Duration.ofMinutes(4))
                            .header("Teixit-Protocol", "1").header("Teixit-Schema", "1")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            go.countDown();
            int ok = 0;
            for (Future<Integer> f : answers) {
                try {
                    ok += f.get(5, TimeUnit.MINUTES) == 200 ? 1 : 0;
                } catch (java.util.concurrent.ExecutionException e) {
                    // Counted as not accepted: a server that ran out of memory drops connections.
                }
            }
            assertThat(ok).as("logins accepted; server said: %s", tail).isEqualTo(LOGINS);
            assertThat(server.isAlive()).as("the server is still up").isTrue();

            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("Authorization", "Bearer " + OPERATOR).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher peak = Pattern.compile("teixit_password_checks_peak (\\d+)").matcher(metrics);
            assertThat(peak.find()).isTrue();
            assertThat(Integer.parseInt(peak.group(1))).isBetween(1, BOUND);
        } finally {
            pool.shutdownNow();
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
