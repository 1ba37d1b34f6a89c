package cat.teixit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.testing.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments encrypted at rest (docs/encryption.md): the content round-trips at every size around the chunk
 * boundaries, nothing of it nor of its hash is on the disk, a changed, cut, extended or swapped file fails to open,
 * files stored in clear by an earlier Teixit are encrypted in place, and a 50 MB file goes in and out of a JVM whose
 * heap is smaller than the file.
 */
class BlobStoreTest {

    private static final int CHUNK = SealedStreams.CHUNK;

    @TempDir
    Path dir;

    private BlobStore store() {
        return new BlobStore(dir, TestKeys.KEY);
    }

    private static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("attachments"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everySizeAroundTheChunkBoundariesRoundTripsAndNothingOfItIsOnTheDisk() throws Exception {
        BlobStore blobs = store();
        for (int size : new int[] {0, 1, 15, 16, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17}) {
            byte[] plain = content(size, size);
            BlobStore.Stored s = blobs.put(new ByteArrayInputStream(plain), Long.MAX_VALUE);
            assertThat(s).isEqualTo(new BlobStore.Stored(sha(plain), size));
            try (InputStream in = blobs.open(s.sha256())) {
                assertThat(in.readAllBytes()).as("size " + size).isEqualTo(plain);
            }
            // Stored once: the same content again is the same file.
            blobs.put(new ByteArrayInputStream(plain), Long.MAX_VALUE);
        }
        List<Path> files = files();
        assertThat(files).hasSize(9).allSatisfy(f -> {
            assertThat(f.getFileName().toString()).endsWith(".enc");
            String name = f.getFileName().toString();
            assertThat(f.getParent().getFileName().toString()).isEqualTo(name.substring(0, 2));
        });
        // Neither a hash nor a piece of the content is in a name or a file.
        byte[] big = content(3 * CHUNK + 17, 3 * CHUNK + 17);
        String bigSha = sha(big);
        for (Path f : files) {
            assertThat(f.toString()).doesNotContain(bigSha).doesNotContain(bigSha.substring(0, 16));
            byte[] sealed = Files.readAllBytes(f);
            assertThat(cat.teixit.testing.Bytes.indexOf(sealed, java.util.Arrays.copyOfRange(big, 1000, 1016))).isEqualTo(-1);
        }
        assertThat(blobs.has(bigSha)).isTrue();
        assertThat(blobs.has(sha(new byte[] {42}))).isFalse();
        assertThatThrownBy(() -> blobs.open(sha(new byte[] {42}))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileTooLargeIsRefusedAndNothingIsLeft() throws Exception {
        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(new byte[CHUNK + 1]), CHUNK))
                .isInstanceOf(BlobStore.TooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aChangedCutExtendedOrSwappedFileDoesNotOpen() throws Exception {
        BlobStore blobs = store();
        byte[] a = content(2 * CHUNK + 100, 1);
        byte[] b = content(2 * CHUNK + 100, 2);
        String shaA = blobs.put(new ByteArrayInputStream(a), Long.MAX_VALUE).sha256();
        Path fileA = only(shaA, blobs);
        blobs.put(new ByteArrayInputStream(b), Long.MAX_VALUE);
        Path fileB = files().stream().filter(f -> !f.equals(fileA)).findFirst().orElseThrow();
        byte[] sealedA = Files.readAllBytes(fileA);
        byte[] sealedB = Files.readAllBytes(fileB);
        int header = SealedStreams.HEADER;
        int sealedChunk = CHUNK + SealedStreams.TAG;

        // One bit changed: in the header's salt, in a chunk, in the last tag.
        for (int at : new int[] {5, header + 10, header + sealedChunk + 3, sealedA.length - 1}) {
            byte[] t = sealedA.clone();
            t[at] ^= 1;
            assertDamaged(blobs, shaA, fileA, t);
        }
        // Cut after a whole chunk (which does not say it was the last), cut in a chunk, one byte more.
        assertDamaged(blobs, shaA, fileA, java.util.Arrays.copyOf(sealedA, header + sealedChunk));
        assertDamaged(blobs, shaA, fileA, java.util.Arrays.copyOf(sealedA, sealedA.length - 5));
        assertDamaged(blobs, shaA, fileA, java.util.Arrays.copyOf(sealedA, sealedA.length + 1));
        // Two chunks swapped.
        byte[] swapped = sealedA.clone();
        System.arraycopy(sealedA, header, swapped, header + sealedChunk, sealedChunk);
        System.arraycopy(sealedA, header + sealedChunk, swapped, header, sealedChunk);
        assertDamaged(blobs, shaA, fileA, swapped);
        // Another attachment's file under this one's name.
        assertDamaged(blobs, shaA, fileA, sealedB);
        // The same file, sealed under another key.
        Path other = dir.resolve("other");
        BlobStore foreign = new BlobStore(other, StoreKey.random());
        foreign.put(new ByteArrayInputStream(a), Long.MAX_VALUE);
        try (Stream<Path> s = Files.walk(other.resolve("attachments"))) {
            assertDamaged(blobs, shaA, fileA, Files.readAllBytes(s.filter(Files::isRegularFile).findFirst().orElseThrow()));
        }
        // Put back as it was, it opens again; the other one was never touched.
        Files.write(fileA, sealedA);
        try (InputStream in = blobs.open(shaA)) {
            assertThat(in.readAllBytes()).isEqualTo(a);
        }
        assertThat(Files.readAllBytes(fileB)).isEqualTo(sealedB);
        // A viewing copy of a damaged file is not left behind, even half written.
        byte[] t = sealedA.clone();
        t[t.length - 1] ^= 1;
        Files.write(fileA, t);
        Path copy = dir.resolve("copy.bin");
        assertThatThrownBy(() -> blobs.copyTo(shaA, copy)).isInstanceOf(SealedStreams.DamagedException.class);
        assertThat(copy).doesNotExist();
    }

    private Path only(String sha, BlobStore blobs) throws Exception {
        List<Path> f = files();
        assertThat(f).hasSize(1);
        assertThat(blobs.has(sha)).isTrue();
        return f.get(0);
    }

    private static void assertDamaged(BlobStore blobs, String sha, Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        assertThatThrownBy(() -> {
            try (InputStream in = blobs.open(sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }).isInstanceOf(SealedStreams.DamagedException.class).hasMessageNotContaining(sha);
    }

    @Test
    void filesStoredInClearByAnEarlierTeixitAreEncryptedInPlace() throws Exception {
        byte[] report = "Informe social de Núria Pagès Muñoz, DNI 12345678Z".getBytes(StandardCharsets.UTF_8);
        byte[] large = content(3 * CHUNK + 5, 7);
        byte[] damaged = "not what its name says".getBytes(StandardCharsets.UTF_8);
        Path root = Files.createDirectories(dir.resolve("attachments"));
        Path plainReport = legacy(root, sha(report), report);
        Path plainLarge = legacy(root, sha(large), large);
        Path plainDamaged = legacy(root, sha(report).replace('a', 'b').replace('0', '1'), damaged);
        // Left by a stopped write, and a download in clear of an earlier Teixit.
        Path incoming = Files.writeString(root.resolve("incoming-123.tmp"), "Núria");
        Path oldDownload = Files.writeString(plainReport.resolveSibling(sha(report) + ".download.part"), "Núria");
        Path work = Files.writeString(Files.createDirectories(dir.resolve("tmp/download")).resolve("x.download"), "Núria");
        // A crash after a file was encrypted and before its clear copy was deleted: finished now.
        BlobStore blobs = store();
        blobs.put(new ByteArrayInputStream(large), Long.MAX_VALUE);

        BlobStore.Encrypted done = blobs.encryptInPlace();

        assertThat(done).isEqualTo(new BlobStore.Encrypted(3, 1, report.length + large.length + damaged.length));
        for (Path gone : List.of(plainReport, plainLarge, plainDamaged, incoming, oldDownload, work)) {
            assertThat(gone).doesNotExist();
        }
        try (InputStream in = blobs.open(sha(report))) {
            assertThat(in.readAllBytes()).isEqualTo(report);
        }
        try (InputStream in = blobs.open(sha(large))) {
            assertThat(in.readAllBytes()).isEqualTo(large);
        }
        assertThat(blobs.has(sha(damaged))).as("kept under the hash of what it holds").isTrue();
        for (Path f : files()) {
            assertThat(f.getFileName().toString()).endsWith(".enc");
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("Informe")
                    .doesNotContain("12345678Z");
        }
        assertThat(store().encryptInPlace()).as("nothing left to do").isEqualTo(new BlobStore.Encrypted(0, 0, 0));
    }

    private static Path legacy(Path root, String sha, byte[] content) throws IOException {
        Path p = Files.createDirectories(root.resolve(sha.substring(0, 2))).resolve(sha);
        Files.write(p, content);
        return p;
    }

    /**
     * 50 MB in and out of a JVM with a 24 MB heap: the file never has to fit in memory. Also the figure in
     * docs/encryption.md (printed).
     */
    @Test
    void aFiftyMegabyteFileRoundTripsInAHeapSmallerThanIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                BlobRoundTrip.class.getName(), dir.toString(), "50").redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(out);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("ROUND TRIP OK");
        System.out.println(said.strip());
        try (Stream<Path> s = Files.walk(dir.resolve("attachments"))) {
            long sealed = s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            long plain = 50L * 1024 * 1024;
            assertThat(sealed).isEqualTo(SealedStreams.HEADER + plain + (plain / CHUNK) * SealedStreams.TAG);
        }
    }

    /** The child JVM of {@link #aFiftyMegabyteFileRoundTripsInAHeapSmallerThanIt}: args dataDir, megabytes. */
    public static final class BlobRoundTrip {
        public static void main(String[] args) throws Exception {
            Path dataDir = Path.of(args[0]);
            long bytes = Long.parseLong(args[1]) * 1024 * 1024;
            BlobStore blobs = new BlobStore(dataDir, TestKeys.KEY);
            MessageDigest in = MessageDigest.getInstance("SHA-256");
            long t0 = System.nanoTime();
            BlobStore.Stored s = blobs.put(new java.security.DigestInputStream(generated(bytes), in), Long.MAX_VALUE);
            long t1 = System.nanoTime();
            MessageDigest back = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream r = blobs.open(s.sha256())) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = r.read(buf)) >= 0) {
                    back.update(buf, 0, n);
                    size += n;
                }
            }
            long t2 = System.nanoTime();
            String expected = HexFormat.of().formatHex(in.digest());
            if (!s.sha256().equals(expected) || !HexFormat.of().formatHex(back.digest()).equals(expected) || size != bytes
                    || s.size() != bytes) {
                System.out.println("MISMATCH");
                System.exit(1);
            }
            System.out.printf("ROUND TRIP OK %d MB: encrypt %d ms, decrypt %d ms, max heap %d MB%n", bytes >> 20,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        }

        private static InputStream generated(long bytes) {
            return new InputStream() {
                private final Random random = new Random(50);
                private long left = bytes;

                @Override
                public int read() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left == 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    byte[] r = new byte[n];
                    random.nextBytes(r);
                    System.arraycopy(r, 0, b, off, n);
                    left -= n;
                    return n;
                }
            };
        }
    }
}
