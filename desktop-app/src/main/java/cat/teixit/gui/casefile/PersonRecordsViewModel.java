package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.settings.Language;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * The person's place among the other records: the households they belong or belonged to, and merging
 * a duplicate into them (the people who could be the same one, searched as the user types, never this
 * person; the merge keeps every record of both). Use from the FX thread.
 */
@RequiredArgsConstructor
public final class PersonRecordsViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final PersonService people;
    private final SearchService search;
    private final Supplier<Language> language;
    private final UUID personId;
    private final Runnable onMerged;
    public final ObservableList<PersonHit> candidates = FXCollections.observableArrayList();
    /** Translation key of the last failure, or null. */
    public final ObjectProperty<String> failureKey = new SimpleObjectProperty<>();
    public final ObjectProperty<List<PersonService.Membership>> households = new SimpleObjectProperty<>(List.of());
    private long request;

    /** Reads the person's households (current first) in the background. */
    public void load() {
        executor.run(() -> people.households(user, personId), households::set, e -> { });
    }

    /** People who could be this same person (this person is never listed); an older answer is dropped. */
    public void search(String query) {
        long mine = ++request;
        if (query == null || query.isBlank()) {
            candidates.clear();
            return;
        }
        Language lang = language.get();
        executor.run(() -> search.search(user, query, 20, lang).stream()
                .filter(h -> !h.personId().equals(personId)).toList(), hits -> {
                    if (mine == request) {
                        candidates.setAll(hits);
                    }
                }, e -> { });
    }

    /** Merges {@code duplicateId} into this person, keeping every record of both. */
    public void merge(UUID duplicateId) {
        executor.runAction(() -> people.merge(user, personId, duplicateId), () -> {
            candidates.clear();
            load();
            onMerged.run();
        }, e -> failureKey.set(ErrorKeys.of(e)));
    }
}
