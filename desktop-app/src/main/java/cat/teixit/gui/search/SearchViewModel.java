package cat.teixit.gui.search;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.search.PersonHit;
import java.util.List;
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

    /** Runs one search (off the FX thread). */
    @FunctionalInterface
    public interface Searcher {
        List<PersonHit> search(String query) throws Exception;
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonHit> results = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final Searcher searcher;
    private final UiExecutor executor;
    private long latest;
    private UiExecutor.Task running;

    public SearchViewModel(Searcher searcher, UiExecutor executor) {
        this.searcher = searcher;
        this.executor = executor;
        query.addListener((obs, old, now) -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PersonHit> results() {
        return results;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public BooleanProperty failedProperty() {
        return failed;
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
        running = executor.run(() -> searcher.search(q), hits -> {
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
