package cat.teixit.gui.sync;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.common.Edit;
import cat.teixit.app.Workstation;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.sync.client.PushOutcome;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conflicts screen's state without the toolkit: a conflict the server reported, chosen per field, resolved. */
class ConflictsViewModelTest {

    private static final String HLC = "0192f3a1b2c3d-0000-server";

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private UUID person;
    private int resolved;

    @BeforeEach
    void conflict() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        person = w.people().createWithNewHousehold(laia, PersonForm.basic("Omar", "Serra", null, IdDocumentType.NONE,
                null, LocalDate.of(1990, 1, 1), Sex.M), null).personId();
        DesktopSyncStore sync = w.syncStore();
        sync.recordPushResults(sync.pendingOps(100).stream()
                .map(op -> new PushOutcome(op, OpResult.applied(op.opId(), 1))).toList());
        PersonForm loaded = w.people().form(laia, person);
        w.people().update(laia, person, Edit.of(loaded, loaded.withPhone("611222333")));
        PushOp patch = sync.pendingOps(10).getFirst();

        ObjectNode theirs = Json.strictMapper().valueToTree(sync.row("person", person).orElseThrow().fields());
        theirs.put("phone", "644555666");
        RecordState server = new RecordState("person", person, laia.scope(), 2, theirs, null, HLC, "jordi", 1L);
        Conflict c = new Conflict(ConflictKind.FIELDS, List.of(new FieldConflict("phone", TextNode.valueOf("611222333"),
                TextNode.valueOf("644555666"), 2, "jordi", 1L, HLC)), server);
        sync.recordPushResults(List.of(new PushOutcome(patch, OpResult.conflict(patch.opId(), 2, c))));
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void aConflictIsResolvedOnlyOnceEveryFieldHasAChoiceAndThenMovesToTheHistory() {
        ConflictsViewModel vm = new ConflictsViewModel(w.conflicts(), laia, new SameThreadUiExecutor(), () -> resolved++);
        vm.refresh();
        assertThat(vm.open).singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("Omar Serra"));
        assertThat(w.people().load(laia, person).getPhone()).as("theirs until resolved").isEqualTo("644555666");

        vm.select(vm.open.getFirst());
        assertThat(vm.selected.get().fields()).singleElement().satisfies(f -> {
            assertThat(f.mine()).isEqualTo("611222333");
            assertThat(f.theirs()).isEqualTo("644555666");
            assertThat(f.base()).isNull();
        });
        assertThat(vm.canResolve()).isFalse();
        vm.resolve();
        assertThat(vm.errorKey.get()).isEqualTo("syncArea.conflict.error.choose");

        ConflictsViewModel.FieldChoice phone = vm.choices.getFirst();
        assertThat(phone.mergedProperty().get()).as("merging starts from mine").isEqualTo("611222333");
        phone.choiceProperty().set(ConflictService.Choice.MERGED);
        phone.mergedProperty().set("611222333 / 644555666");
        assertThat(vm.canResolve()).isTrue();
        vm.resolve();
        assertThat(vm.errorKey.get()).as("the person form's checks").isEqualTo("person.error.phone");
        assertThat(vm.open).hasSize(1);

        phone.mergedProperty().set("611 222 333");
        vm.resolve();

        assertThat(vm.errorKey.get()).isNull();
        assertThat(vm.open).isEmpty();
        assertThat(vm.history).singleElement().satisfies(s -> assertThat(s.resolvedBy()).isEqualTo(laia.displayName()));
        assertThat(resolved).isEqualTo(1);
        assertThat(w.people().load(laia, person).getPhone()).isEqualTo("611 222 333");
        PushOp again = w.syncStore().pendingOps(10).getFirst();
        assertThat(again.fields().toString()).contains("611 222 333");
        assertThat(again.baseVersion()).as("based on the server's version").isEqualTo(2);

        vm.select(vm.history.getFirst());
        assertThat(vm.selected.get().fields().getFirst().chosen()).isEqualTo(ConflictService.Choice.MERGED);
        assertThat(vm.canResolve()).as("history is read only").isFalse();
    }
}
