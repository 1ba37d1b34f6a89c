package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.FaultProxy;
import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncException;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BlobTransferTest {

    private static final Pattern CHUNK_PUTS = Pattern.compile(
            "teixit_requests_total\\{method=\"PUT\",endpoint=\"/blobs/\\{scope}/\\{sha}/chunks/\\{index}\",status=\"204\"} (\\d+)");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static long chunkPuts() {
        Matcher m = CHUNK_PUTS.matcher(server.server().metrics().render());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static Path randomFile(Path dir, String name, int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void a20MegabyteAttachmentResumesFromItsLastChunkAfterACut(@TempDir Path dir) throws Exception {
        Path file = randomFile(dir, "scan.pdf", 20 * 1024 * 1024, 42);
        int chunks = 20;
        try (FaultProxy proxy = new FaultProxy(server.port(), 1);
                Replica laia = TestServer.replica(dir, proxy.url(), "laia", "dev-blob", SyncEngineConfig.defaults(),
                        CrashPoints.NONE)) {
            String sha = laia.store.attach("GIR-N", file);
            laia.store.create("document", "GIR-N", Map.of("title", "Informe", "sha256", sha));
            proxy.cutUploadsAfter(7_500_000);
            assertThatThrownBy(laia::sync).isInstanceOf(SyncException.class);

            HttpSyncTransport direct = server.transport("laia", "dev-blob-check");
            BlobStatus partial = direct.blobStatus("GIR-N", sha);
            assertThat(partial.state()).isEqualTo(BlobStatus.State.PARTIAL);
            int present = partial.chunks().cardinality();
            assertThat(present).isBetween(5, 8);
            assertThat(partial.chunks().nextClearBit(0)).isEqualTo(present);
            // The record waits for its attachment: nothing was pushed.
            assertThat(direct.pull("GIR-N", null, 100).records()).isEmpty();

            long putsBefore = chunkPuts();
            proxy.heal();
            laia.sync();
            assertThat(chunkPuts() - putsBefore).isEqualTo(chunks - present);
            assertThat(direct.blobStatus("GIR-N", sha).state()).isEqualTo(BlobStatus.State.COMMITTED);
            assertThat(laia.store.blobState("GIR-N", sha)).isEqualTo("uploaded");
            assertThat(direct.pull("GIR-N", null, 100).records()).hasSize(1);

            Path copy = dir.resolve("copy.pdf");
            laia.engine.downloadBlob("GIR-N", sha, copy);
            assertThat(Hashing.sha256Hex(copy)).isEqualTo(sha);
            direct.close();
        }
    }

    @Test
    void a20MegabyteDownloadCutHalfwayGoesOnFromWhereItWasCut(@TempDir Path dir) throws Exception {
        int size = 20 * 1024 * 1024;
        long cut = 7_500_000;
        Path file = randomFile(dir, "informe.pdf", size, 43);
        try (Replica laia = TestServer.replica(dir, server.url(), "laia", "dev-up", SyncEngineConfig.defaults(),
                        CrashPoints.NONE);
                FaultProxy proxy = new FaultProxy(server.port(), 2);
                Replica jordi = TestServer.replica(dir, proxy.url(), "jordi", "dev-down", SyncEngineConfig.defaults(),
                        CrashPoints.NONE)) {
            String sha = laia.store.attach("GIR-N", file);
            laia.store.create("document", "GIR-N", Map.of("title", "Informe", "sha256", sha));
            laia.sync();
            Path copy = dir.resolve("copy.pdf");

            proxy.cutDownloadsAfter(cut);
            assertThatThrownBy(() -> jordi.engine.downloadBlob("GIR-N", sha, copy)).isInstanceOf(SyncException.class);
            assertThat(copy).as("nothing half-written where the file goes").doesNotExist();

            proxy.heal();
            jordi.engine.downloadBlob("GIR-N", sha, copy);
            assertThat(Hashing.sha256Hex(copy)).isEqualTo(sha);
            assertThat(proxy.downloadedBytes()).as("only the bytes that were missing came again")
                    .isBetween(size - cut, size - cut + 100_000);
        }
    }

    @Test
    void aRangePastTheEndIsRefusedAndAnOpenRangeIsServedFromItsStart(@TempDir Path dir) throws Exception {
        Path file = randomFile(dir, "nota.pdf", 3 * Protocol.CHUNK_SIZE + 123, 44);
        try (Replica laia = TestServer.replica(dir, server.url(), "laia", "dev-range", SyncEngineConfig.defaults(),
                CrashPoints.NONE)) {
            String sha = laia.store.attach("GIR-N", file);
            laia.store.create("document", "GIR-N", Map.of("title", "Nota", "sha256", sha));
            laia.sync();
            byte[] all = Files.readAllBytes(file);
            // A partial copy that ends inside the second chunk: the rest continues it exactly.
            Path copy = dir.resolve("nota-copy.pdf");
            Path part = dir.resolve("nota-copy.pdf.download.part");
            int have = Protocol.CHUNK_SIZE + 777;
            Files.write(part, java.util.Arrays.copyOf(all, have));
            laia.engine.downloadBlob("GIR-N", sha, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(all);
            // A leftover longer than the attachment is not a prefix of it: refused (416), then fetched whole.
            Files.write(part, new byte[all.length + 10]);
            Files.delete(copy);
            laia.engine.downloadBlob("GIR-N", sha, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(all);
        }
    }

    @Test
    void theServerRefusesToCommitContentThatDoesNotMatchItsHash(@TempDir Path dir) throws Exception {
        byte[] real = Files.readAllBytes(randomFile(dir, "a.bin", 3 * Protocol.CHUNK_SIZE / 2, 7));
        byte[] forged = real.clone();
        forged[100] ^= 1;
        String sha = Hashing.sha256Hex(real);
        HttpSyncTransport t = server.transport("laia", "dev-forge");
        t.putChunk("GIR-N", sha, forged.length, 0, forged, Protocol.CHUNK_SIZE);
        byte[] tail = java.util.Arrays.copyOfRange(forged, Protocol.CHUNK_SIZE, forged.length);
        t.putChunk("GIR-N", sha, forged.length, 1, tail, tail.length);

        assertThatThrownBy(() -> t.commitBlob("GIR-N", sha, forged.length))
                .isInstanceOfSatisfying(SyncServerException.class, e -> assertThat(e.code()).isEqualTo("hash_mismatch"));
        assertThat(t.blobStatus("GIR-N", sha).state()).isEqualTo(BlobStatus.State.ABSENT);
        assertThatThrownBy(() -> t.downloadBlob("GIR-N", sha, dir.resolve("x"), 1 << 24))
                .isInstanceOf(SyncServerException.class);
        t.close();
    }

    @Test
    void aCommitWithAMissingChunkIsRefused(@TempDir Path dir) throws Exception {
        byte[] data = Files.readAllBytes(randomFile(dir, "b.bin", 2 * Protocol.CHUNK_SIZE, 8));
        String sha = Hashing.sha256Hex(data);
        HttpSyncTransport t = server.transport("laia", "dev-missing");
        t.putChunk("GIR-N", sha, data.length, 1, java.util.Arrays.copyOfRange(data, Protocol.CHUNK_SIZE, data.length),
                Protocol.CHUNK_SIZE);
        assertThatThrownBy(() -> t.commitBlob("GIR-N", sha, data.length))
                .isInstanceOfSatisfying(SyncServerException.class, e -> assertThat(e.code()).isEqualTo("chunks_missing"));
        t.close();
    }

    @Test
    void anAttachmentChangedOnDiskAfterAttachingIsReportedNotUploaded(@TempDir Path dir) throws Exception {
        Path file = randomFile(dir, "c.bin", 1000, 9);
        try (Replica laia = server.replica(dir, "laia", "dev-changed")) {
            String sha = laia.store.attach("GIR-N", file);
            Files.write(file, new byte[1000]);
            laia.sync();
            assertThat(laia.store.blobState("GIR-N", sha)).isEqualTo("failed");
        }
    }
}
