import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars with every entry stored, not deflated: the package (xz over the whole tree) then compresses the
 * classes across files, as it does the runtime made with jlink's {@code zip-0}; a .deb of deflated jars is about
 * 10 MB larger. Entries keep their order, names, times and bytes, except jar signatures (BouncyCastle's), which are
 * left out: the JVM keeps a signed jar's classes out of the start-up cache and checks its signature at every start
 * (about 0.3 s to the login window, decision 0004). The bundled runtime does not ask a JCE provider to be signed,
 * and the package itself is what is checked and installed. Run by package.sh as a single-file program:
 * {@code java StoreJars.java JAR...}.
 */
public final class StoreJars {

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java StoreJars.java JAR...");
            System.exit(2);
        }
        long before = 0;
        long after = 0;
        for (String arg : args) {
            Path jar = Path.of(arg);
            before += Files.size(jar);
            store(jar);
            after += Files.size(jar);
        }
        System.out.printf("%d jar(s) stored: %d MB deflated, %d MB stored; %d signature file(s) left out%n",
                args.length, before >> 20, after >> 20, unsigned);
    }

    private static int unsigned;

    /** A jar signature's files: META-INF/NAME.SF, its signature block (.RSA, .DSA, .EC) and SIG-* files. */
    static boolean isSignature(String name) {
        if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = name.substring("META-INF/".length()).toUpperCase(java.util.Locale.ROOT);
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    private static void store(Path jar) throws IOException {
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".stored-", ".jar");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream raw = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Enumeration<? extends ZipEntry> all = in.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (isSignature(e.getName())) {
                    unsigned++;
                    continue;
                }
                byte[] bytes;
                try (InputStream body = in.getInputStream(e)) {
                    bytes = body.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                copy.setCrc(crc.getValue());
                if (e.getExtra() != null) {
                    copy.setExtra(e.getExtra());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
