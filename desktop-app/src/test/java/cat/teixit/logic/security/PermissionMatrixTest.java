package cat.teixit.logic.security;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.user.Role;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.sync.protocol.PermissionMatrix;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × every action of the permission matrix, through the real use cases of a whole workstation on a
 * real SQLite store: what the matrix grants runs, what it does not fails with {@link AccessDeniedException} and
 * changes nothing.
 */
class PermissionMatrixTest {

    @TempDir
    static Path dir;

    static Workstation w;
    static CurrentUser laia;
    static CurrentUser montse;
    static LockSettings lock;
    static final AtomicInteger RUN = new AtomicInteger();

    @BeforeAll
    static void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        montse = ((LoginResult.Success) w.auth().login("montse", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        lock = new LockSettings(new Preferences(new SettingsFile(dir)), w.access());
    }

    @AfterAll
    static void close() {
        w.close();
    }

    static Stream<Arguments> everyRoleAndAction() {
        return Arrays.stream(Role.values())
                .flatMap(r -> Arrays.stream(Permission.values()).map(p -> Arguments.of(r, p)));
    }

    /** Laia, with only {@code role}. */
    private static CurrentUser as(Role role) {
        return new CurrentUser(laia.id(), laia.username(), laia.displayName(), Set.of(role), laia.teamId(),
                laia.teamName(), laia.areaName(), laia.scope(), laia.grants());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndAction")
    void theUseCasesFollowTheMatrix(Role role, Permission action) {
        CurrentUser u = as(role);
        boolean granted = PermissionMatrix.actionsOf(role.name()).contains(action.name());
        assertThat(w.access().allows(u, action)).isEqualTo(granted);
        if (action == Permission.READ_TEAM_CONFIDENTIAL) {
            // Confidential entries are filtered, not refused: a colleague's shows only to whom the matrix lets.
            assertThat(w.interventions().mayRead(u, montse.id(), true)).isEqualTo(granted);
            assertThat(w.interventions().mayRead(u, u.id(), true)).isTrue();
            return;
        }
        long outboxBefore = outbox();
        Runnable useCase = useCase(u, action);
        if (granted) {
            useCase.run();
        } else {
            assertThatThrownBy(useCase::run).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.permission()).isEqualTo(action));
            assertThat(outbox()).as("nothing changed").isEqualTo(outboxBefore);
        }
    }

    /** One real use case that needs {@code action} and nothing stronger. */
    private static Runnable useCase(CurrentUser u, Permission action) {
        return switch (action) {
            case VIEW_CASE_FILES -> () -> w.caseFiles().recent(u);
            case EDIT_CASE_FILES -> () -> w.people().createWithNewHousehold(u, PersonForm.basic("Prova",
                    "Permís", null, IdDocumentType.NONE, null, LocalDate.of(1990, 1, 1), Sex.F),
                    "2");
            case READ_TEAM_CONFIDENTIAL -> throw new AssertionError("checked apart");
            case VIEW_TEAM_REPORTS -> () -> w.reports().professionals(u);
            case EDIT_TEMPLATES -> () -> {
                String body = w.documents().template(montse, "appointment-letter", Language.CATALAN).body();
                w.documents().save(u, "appointment-letter", Language.CATALAN, "Carta de cita",
                        body + "<p>" + RUN.incrementAndGet() + "</p>");
            };
            case ADMINISTER -> () -> {
                lock.setManaged(u, true);
                lock.setManaged(u, false);
            };
            case SYNC -> () -> w.syncNotices().dismissRejection(u, 0);
            case VIEW_AUDIT -> () -> w.audit().ofUser(u, laia.id(), java.time.Instant.EPOCH, java.time.Instant.now());
            case EDIT_AID_RULES -> () -> w.aidRules().load(u, "rgc-matrix-" + RUN.incrementAndGet() + ".properties",
                    cat.teixit.logic.aid.AidRuleServiceTest.bundled("rgc-2026.properties"));
            case EDIT_DIRECTORY -> () -> w.directory().add(u, new cat.teixit.logic.directory.EntryForm(
                    "Recurs " + RUN.incrementAndGet(), null, "FOOD", null, null, null, "Girona", null, null, null, null,
                    null, null));
            // Past the permission check it asks the central server, which this workstation has none of: "offline".
            case BREAK_THE_GLASS -> () -> {
                try {
                    w.emergency().open(u, java.util.UUID.randomUUID(),
                            "Urgència: la persona és a l’oficina i no hi ha ningú de l’altre equip");
                    throw new AssertionError("opened without a central server");
                } catch (cat.teixit.logic.common.ValidationException offline) {
                    assertThat(offline.errors().get("caseFile").key()).isEqualTo("emergency.error.offline");
                }
            };
        };
    }

    private static long outbox() {
        return w.readForBenchmark(tx -> tx.outbox().countPending());
    }

    @Test
    void theWorkstationsRolesAndPermissionsAreTheMatrixsRowsAndColumns() {
        assertThat(PermissionMatrix.roles()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Role.values()).map(Role::name).toList());
        assertThat(PermissionMatrix.ACTIONS).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Permission.values()).map(Permission::name).toList());
    }

    @Test
    void aManagedIdleTimeIsChangedOnlyByWhoMayAdminister() {
        CurrentUser admin = as(Role.ADMINISTRATOR);
        lock.setIdleMinutes(laia, 15);
        assertThat(lock.idleMinutes()).isEqualTo(15);
        lock.setManaged(admin, true);
        assertThat(lock.mayChange(laia)).isFalse();
        assertThatThrownBy(() -> lock.setIdleMinutes(laia, 30)).isInstanceOf(AccessDeniedException.class);
        assertThat(lock.idleMinutes()).isEqualTo(15);
        lock.setIdleMinutes(admin, 5);
        assertThat(new LockSettings(new Preferences(new SettingsFile(dir)), w.access()).idleMinutes()).isEqualTo(5);
        lock.setManaged(admin, false);
        assertThat(lock.mayChange(laia)).isTrue();
        lock.setIdleMinutes(laia, LockSettings.DEFAULT_MINUTES);
    }

    @Test
    void anIdleTimeOutOfRangeIsRefusedAndNothingIsSaved() {
        lock.setIdleMinutes(laia, 12);
        assertThatThrownBy(() -> lock.setIdleMinutes(laia, 0))
                .isInstanceOf(cat.teixit.logic.common.ValidationException.class);
        assertThatThrownBy(() -> lock.setIdleMinutes(laia, LockSettings.MAX_MINUTES + 1))
                .isInstanceOf(cat.teixit.logic.common.ValidationException.class);
        assertThat(lock.idleMinutes()).isEqualTo(12);
        lock.setIdleMinutes(laia, LockSettings.DEFAULT_MINUTES);
    }
}
