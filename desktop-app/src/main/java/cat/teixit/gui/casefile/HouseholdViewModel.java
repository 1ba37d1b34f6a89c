package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.HouseholdService;
import cat.teixit.logic.casefile.HousingForm;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.search.SearchService;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Household tab: who lives there now and before (from the case file's details), someone joining
 * (found by search, or new) or leaving, and the housing, of which a save writes only what the user
 * changed. Use from the FX thread.
 */
public final class HouseholdViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final HouseholdService households;
    private final Runnable onChanged;
    private final SearchViewModel search;
    /** The case file's details (members and housing), as the case file last loaded them. */
    public final ObjectProperty<CaseFileDetails> details = new SimpleObjectProperty<>();
    public final StringProperty error = new SimpleStringProperty("");

    public HouseholdViewModel(CurrentUser user, UiExecutor executor, I18n i18n, HouseholdService households,
            SearchService people, Runnable onChanged) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.households = households;
        this.onChanged = onChanged;
        this.search = new SearchViewModel(people, user, i18n::language, executor);
    }

    /** People to add who are already known: the search as the user types. */
    public SearchViewModel search() {
        return search;
    }

    public void addExisting(UUID personId, String relationship, LocalDate since, Runnable then) {
        CaseFileDetails d = details.get();
        run(() -> households.addExistingPerson(user, d.householdId(), personId, relationship, since), () -> {
            search.clear();
            then.run();
        });
    }

    /** A new person joined the household through the person form. */
    public void joined() {
        onChanged.run();
    }

    public void left(CaseFileDetails.Member member, LocalDate on) {
        run(() -> households.endMembership(user, member.memberId(), on), () -> { });
    }

    /**
     * Saves the housing: {@code shown} is what the fields showed after loading, {@code typed} what they
     * show now; only the fields that differ are written.
     */
    public void saveHousing(HousingForm shown, HousingForm typed) {
        CaseFileDetails d = details.get();
        Edit<HousingForm> edit = Edit.of(HousingForm.of(d), shown, typed);
        run(() -> households.updateHousing(user, d.householdId(), edit), () -> { });
    }

    private void run(Runnable work, Runnable then) {
        error.set("");
        executor.runAction(work, () -> {
            then.run();
            onChanged.run();
        }, e -> error.set(ErrorKeys.describe(i18n, e)));
    }
}
