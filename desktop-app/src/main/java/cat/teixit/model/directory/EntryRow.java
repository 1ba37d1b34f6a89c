package cat.teixit.model.directory;

import java.util.UUID;

/** One directory entry as lists, the detail pane and the printed sheet show it (coordinates null when unknown). */
public record EntryRow(UUID id, long rowVersion, String name, String administration, String category,
        String audience, String requirements, String address, String municipality, String openingHours,
        String phone, String email, String web, Double latitude, Double longitude, boolean active) {
}
