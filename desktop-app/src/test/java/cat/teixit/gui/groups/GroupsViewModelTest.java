package cat.teixit.gui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.DeferredUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.testing.TestKeys;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group activities' list, read in the background, on a real store. */
class GroupsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aNewActivityStaysSelectedWhenTheListReadBeforeItWasSavedAnswersLast() throws Exception {
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true)) {
            CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
            LocalDate from = w.groups().today();
            w.groups().create(laia, form("Grup de criança", from));
            DeferredUiExecutor executor = new DeferredUiExecutor();
            GroupsViewModel vm = new GroupsViewModel(laia, executor, w.groups(), w.documents(), Throwable::toString, () -> { });

            vm.reload(); // the area opens: the list is read, without the activity about to be saved
            UUID created = w.groups().create(laia, form("Taller de recerca de feina", from));
            vm.reload(created); // the form saved it: the list again, with it selected
            executor.answerNewestFirst(); // the first read, slower, answers last

            assertThat(vm.activities).extracting(ActivitySummary::id).contains(created);
            assertThat(vm.selected.get().id()).isEqualTo(created);
            assertThat(vm.selected.get().title()).isEqualTo("Taller de recerca de feina");
        }
    }

    private static ActivityForm form(String title, LocalDate from) {
        return new ActivityForm("Inserció laboral", title, null, null, 12, "Sala gran", "Laia Puig", from,
                from.plusWeeks(6), Set.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0), Set.of());
    }
}
