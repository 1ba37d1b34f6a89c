package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.persistence.casefile.TimelineQueries;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The social history of a case file: every kind of entry on one timeline, filterable. Thread-safe. */
public final class TimelineService {

    public static final int MAX_ENTRIES = 5000;

    private final CaseDeps deps;

    public TimelineService(CaseDeps deps) {
        this.deps = deps;
    }

    /** Filters: null or empty means all. */
    public record Filter(Set<TimelineEntry.Kind> kinds, UUID authorId, Instant from, Instant to) {
        public static final Filter ALL = new Filter(Set.of(), null, null, null);
    }

    /** The entries of {@code caseFileId}, newest first; confidential text masked for who may not read it. */
    public List<TimelineEntry> entries(CurrentUser user, UUID caseFileId, Filter filter) {
        boolean lead = deps.access().allows(user, Permission.READ_TEAM_CONFIDENTIAL);
        List<String> kinds = filter.kinds() == null ? List.of() : filter.kinds().stream().map(Enum::name).toList();
        var f = new TimelineQueries.TimelineFilter(kinds, filter.authorId(), filter.from(), filter.to(), MAX_ENTRIES);
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> tx.timeline().of(caseFileId, f, user.id(), lead).stream()
                .map(r -> new TimelineEntry(TimelineEntry.Kind.valueOf(r.entryType()), r.id(), r.personId(),
                        r.personName(), r.at(), r.authorId(), r.authorName(), r.subtype(), r.summary(),
                        r.confidential(), r.confidential() && r.summary() == null))
                .toList());
    }
}
