package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.search.SearchDeps;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.model.common.StaleRecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the case-file use cases share: the store, the change recorder, the access policy, the
 * catalogues and the clock, plus the checks every one of them makes. Thread-safe.
 */
public record CaseDeps(LocalStore store, ChangeRecorder recorder, AccessPolicy access, CatalogueService catalogues,
        Clock clock) implements SearchDeps {

    /** Dates are the users' dates: Catalonia's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The scopes whose records {@code user} may see on this workstation. */
    @Override
    public Set<String> scopesOf(CurrentUser user) {
        return user.visibleScopes();
    }

    /** Fails unless {@code user} may see {@code entity}: same scope (as if it did not exist otherwise). */
    public <T extends SyncedEntity> T visible(CurrentUser user, T entity, String what) {
        if (!scopesOf(user).contains(entity.getScope())) {
            throw new NotFoundException(what);
        }
        return entity;
    }

    /** The case file {@code caseFileId}, when {@code user} may see it; else "case file" not found. */
    public CaseFile visibleCaseFile(CurrentUser user, StoreTx tx, UUID caseFileId) {
        return visible(user, tx.cases().find(CaseFile.class, caseFileId)
                .orElseThrow(() -> new NotFoundException("case file")), "case file");
    }

    /**
     * Reads something of case file {@code caseFileId} for {@code user}, who must be allowed to view case files and see
     * that one, in one read transaction.
     */
    <T> T readCaseFile(CurrentUser user, UUID caseFileId, BiFunction<StoreTx, CaseFile, T> work) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> work.apply(tx, visibleCaseFile(user, tx, caseFileId)));
    }

    /** Runs a change made by {@code user} (who must be allowed to edit case files) in one transaction. */
    <T> T change(CurrentUser user, Function<ChangeSet, T> work) {
        access.require(user, Permission.EDIT_CASE_FILES);
        return store.write(tx -> work.apply(new ChangeSet(tx, recorder, user)));
    }

    /** Fails with {@link StaleRecordException} when the record changed since the user loaded it. */
    static void checkVersion(SyncedEntity entity, long expectedRowVersion) {
        if (entity.getRowVersion() != expectedRowVersion) {
            throw new StaleRecordException("changed since it was loaded", null);
        }
    }
}
