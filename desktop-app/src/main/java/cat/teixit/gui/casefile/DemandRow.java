package cat.teixit.gui.casefile;

import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.ResourceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rows of the "Demands and resources" tab. */
public final class DemandRow {

    private DemandRow() {
    }

    /** What a row stands for; {@code UNLINKED} heads what answers no demand. */
    public enum Kind {
        DEMAND, ASSESSMENT, RESOURCE, UNLINKED
    }

    /**
     * One row of the chain, with its texts in the current language: what (the code's label), who (the
     * person), the professional, the notes; for a resource its status, cost in cents and status date.
     * {@code demandId} and {@code assessmentId} are what the record answers. Immutable.
     */
    public record Row(Kind kind, UUID id, UUID demandId, UUID assessmentId, LocalDate date, String what, String who,
            String professional, String notes, ResourceStatus status, Long costCents, Funding funding,
            LocalDate statusDate, long rowVersion, List<Row> children) {
        public Row {
            children = List.copyOf(children);
        }

        /** The statuses this resource may move to (none for other rows). */
        public List<ResourceStatus> nextStatuses() {
            return status == null ? List.of() : List.copyOf(ResourceService.next(status));
        }

        /** The row of record {@code id} among {@code level} and below. */
        static Optional<Row> find(List<Row> level, UUID id) {
            if (id == null) {
                return Optional.empty();
            }
            for (Row r : level) {
                if (id.equals(r.id())) {
                    return Optional.of(r);
                }
                Optional<Row> below = find(r.children(), id);
                if (below.isPresent()) {
                    return below;
                }
            }
            return Optional.empty();
        }
    }
}
