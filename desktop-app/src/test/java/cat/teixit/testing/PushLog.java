package cat.teixit.testing;

import cat.teixit.logic.sync.SyncService;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.client.http.CredentialsProvider;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.client.testing.RecordingTransport;
import cat.teixit.sync.client.testing.SyncModel;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Every push a workstation made and the answer it got, one JSON line each, appended to a file: a workstation
 * in a JVM that a test kills tells its history this way, and the test replays the file into its
 * {@link SyncModel}. A line cut by the kill is skipped (its op is answered again, as a duplicate, by the
 * next sync). Thread-safe.
 */
public final class PushLog implements RecordingTransport.Listener {

    private static final ObjectMapper JSON = Json.strictMapper();

    /** One line. */
    public record Entry(String device, List<PushOp> ops, List<OpResult> results) {
    }

    private final Path file;

    public PushLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void pushed(String device, List<PushOp> sent, List<OpResult> results) {
        try {
            Files.writeString(file, JSON.writeValueAsString(new Entry(device, sent, results)) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells {@code model} every push in {@code file}, in order. */
    public static void replay(Path file, SyncModel model) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Entry e;
            try {
                e = JSON.readValue(line, Entry.class);
            } catch (JsonProcessingException cut) {
                continue;
            }
            model.pushed(e.device(), e.ops(), e.results());
        }
    }

    /** Real transports (no waits between tries) whose engine side tells {@code listener} every push. */
    public static SyncService.Transports watching(RecordingTransport.Listener listener) {
        SyncService.Transports http = SyncService.Transports.http(delay -> { });
        return new SyncService.Transports() {
            @Override
            public HttpSyncTransport open(TransportConfig config, CredentialsProvider credentials) {
                return http.open(config, credentials);
            }

            @Override
            public SyncTransport forEngine(HttpSyncTransport transport) {
                return new RecordingTransport(transport, listener);
            }
        };
    }
}
