import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar that carries native libraries for every platform (the SQLite driver: ~30 of them, 14 MB) keeping only
 * the one the package is built for. Run by package.sh as a single-file program:
 * {@code java KeepNatives.java JAR NATIVE_ROOT KEEP}, e.g. {@code lib/sqlite-jdbc.jar org/sqlite/native/ Linux/x86_64/}.
 * Entries outside NATIVE_ROOT are copied unchanged. Refuses to leave a jar without the kept platform's library.
 */
public final class KeepNatives {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java KeepNatives.java JAR NATIVE_ROOT KEEP");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String root = args[1];
        String keep = root + args[2];
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".keep-natives-", ".jar");
        int kept = 0;
        long dropped = 0;
        try (InputStream raw = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(raw);
                OutputStream rawOut = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(rawOut)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                boolean nativeEntry = name.startsWith(root) && !name.equals(root);
                boolean parentOfKept = keep.startsWith(name) && e.isDirectory();
                if (nativeEntry && !name.startsWith(keep) && !parentOfKept) {
                    dropped += Math.max(0, e.getCompressedSize());
                    continue;
                }
                if (nativeEntry && name.startsWith(keep) && !e.isDirectory()) {
                    kept++;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        if (kept == 0) {
            Files.delete(tmp);
            System.err.println(jar + ": no native library under " + keep + "; jar left as it was");
            System.exit(1);
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": kept " + keep + " (" + kept + " file(s)), dropped the other platforms");
    }
}
