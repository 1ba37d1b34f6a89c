package cat.teixit.logic.directory;

/**
 * What the directory's form holds for one entry, as typed (texts not yet cleaned; coordinates as decimal degrees,
 * null when not given). Immutable.
 */
public record EntryForm(String name, String administration, String category, String audience, String requirements,
        String address, String municipality, String openingHours, String phone, String email, String web,
        Double latitude, Double longitude) {

    /** An empty form of {@code category}. */
    public static EntryForm empty(String category) {
        return new EntryForm(null, null, category, null, null, null, null, null, null, null, null, null, null);
    }
}
