package cat.teixit.gui.search;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.settings.Language;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search as you type: every change of the query starts a search in the background; a result
 * arriving after a newer query was typed is dropped, so the list always matches the box and the
 * UI never waits. Use from the FX thread.
 */
public final class SearchViewModel {

    public final StringProperty query = new SimpleStringProperty("");
    public final ObservableList<PersonHit> results = FXCollections.observableArrayList();
    public final BooleanProperty searching = new SimpleBooleanProperty();
    public final BooleanProperty failed = new SimpleBooleanProperty();
    private final SearchService people;
    private final CurrentUser user;
    private final Supplier<Language> language;
    private final UiExecutor executor;
    private long latest;
    private UiExecutor.Task running;

    /** Searches the people {@code user} may see, results in the {@code language} shown. */
    public SearchViewModel(SearchService people, CurrentUser user, Supplier<Language> language, UiExecutor executor) {
        this.people = people;
        this.user = user;
        this.language = language;
        this.executor = executor;
        query.addListener((obs, old, now) -> search());
    }

    private void search() {
        long mine = ++latest;
        if (running != null) {
            running.cancel();
        }
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            results.clear();
            searching.set(false);
            return;
        }
        searching.set(true);
        Language lang = language.get();
        running = executor.run(() -> people.search(user, q, SearchService.DEFAULT_LIMIT, lang), hits -> {
            if (mine == latest) {
                results.setAll(hits);
                searching.set(false);
                failed.set(false);
            }
        }, e -> {
            if (mine == latest) {
                searching.set(false);
                failed.set(true);
            }
        });
    }

    public void clear() {
        query.set("");
    }
}
