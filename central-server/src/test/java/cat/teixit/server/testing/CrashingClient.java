package cat.teixit.server.testing;

import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.testing.Freeze;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A workstation in its own JVM for the kill -9 tests: syncs a SQLite store and downloads one
 * attachment; on reaching the crash label it says so on stdout and freezes, so the test kills it there
 * with SIGKILL. Arguments: serverUrl dbFile deviceId user crashLabel blobScope blobSha256 downloadTarget.
 */
public final class CrashingClient {

    private CrashingClient() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String crashAt = args[4];
        try (SqliteSyncStore store = new SqliteSyncStore(Path.of(args[1]), args[2])) {
            HttpSyncTransport transport = TestServer.transport(URI.create(args[0]), args[3], args[2]);
            SyncEngine engine = new SyncEngine(transport, store, new SyncEngineConfig(3, 2, 1, 1 << 22), label -> {
                if (label.equals(crashAt)) {
                    Freeze.at(out, label);
                }
            });
            engine.syncOnce(p -> { }, new CancellationToken());
            engine.downloadBlob(args[5], args[6], Path.of(args[7]));
            transport.close();
        }
        out.println("DONE");
        System.exit(0);
    }
}
