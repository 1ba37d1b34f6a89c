package cat.teixit.logic.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The council whose documents these are, from the settings {@code council.name}, {@code council.address},
 * {@code council.town} (where documents are dated; default: the address's last part) and {@code council.logo}
 * (a PNG or JPEG file, at most 2 MB). Immutable.
 *
 * @param logoUnreadable a logo file was named but cannot be used (missing, too large, not PNG or JPEG)
 */
public record Council(String name, String address, String town, Layout.Logo logo, boolean logoUnreadable) {

    public static final String NAME = "council.name";
    public static final String ADDRESS = "council.address";
    public static final String TOWN = "council.town";
    public static final String LOGO = "council.logo";
    private static final long LOGO_MAX = 2L * 1024 * 1024;

    /** Reads the council from settings ({@code setting} gives a key's value, or the fallback). */
    public static Council from(BiFunction<String, String, String> setting) {
        String name = setting.apply(NAME, "").strip();
        String address = setting.apply(ADDRESS, "").strip();
        String town = setting.apply(TOWN, "").strip();
        if (town.isEmpty() && !address.isEmpty()) {
            String last = address.substring(Math.max(address.lastIndexOf(','), address.lastIndexOf('·')) + 1);
            town = last.replaceAll("[0-9]", "").strip();
        }
        String logoPath = setting.apply(LOGO, "").strip();
        Layout.Logo logo = null;
        boolean unreadable = false;
        if (!logoPath.isEmpty()) {
            logo = readLogo(Path.of(logoPath));
            unreadable = logo == null;
        }
        return new Council(name, address, town, logo, unreadable);
    }

    private static Layout.Logo readLogo(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LOGO_MAX) {
                return null;
            }
            byte[] b = Files.readAllBytes(file);
            if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return new Layout.Logo(b, "image/png");
            }
            if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
                return new Layout.Logo(b, "image/jpeg");
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
