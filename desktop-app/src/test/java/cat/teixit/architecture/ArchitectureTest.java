package cat.teixit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.architecture.fixtures.logic.casefile.NeedsSearch;
import cat.teixit.architecture.fixtures.logic.search.NeedsCaseFiles;
import cat.teixit.architecture.fixtures.logic.sql.OpensAHibernateSession;
import cat.teixit.architecture.fixtures.logic.sql.QueriesThroughTheEntityManager;
import cat.teixit.architecture.fixtures.logic.sql.ReadsWithAConnection;
import cat.teixit.architecture.fixtures.logic.sql.RunsSqlThroughTheUnitOfWork;
import cat.teixit.architecture.fixtures.persistence.upward.ReachesUpIntoLogic;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.jdbc.Jdbc;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and house rules of docs/architecture.md (gui -> logic -> model; persistence only from logic). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cat.teixit");
    }

    @Test
    void layersOnlyReachDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Cli").definedBy("cat.teixit.cli..")
                .layer("Bench").definedBy("cat.teixit.bench..")
                .layer("App").definedBy("cat.teixit.app..")
                .layer("Gui").definedBy("cat.teixit.gui..")
                .layer("Logic").definedBy("cat.teixit.logic..")
                .layer("Persistence").definedBy("cat.teixit.persistence..")
                .layer("Model").definedBy("cat.teixit.model..")
                // The command line is the entry: nothing calls it; it runs the app or a benchmark.
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli", "Bench")
                .whereLayer("Gui").mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "App", "Cli", "Bench")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Logic", "App", "Cli", "Bench")
                .check(classes);
    }

    @Test
    void guiDoesNotTouchTheStoreDirectly() {
        noClasses().that().resideInAPackage("cat.teixit.gui..").should().dependOnClassesThat()
                .resideInAnyPackage("cat.teixit.persistence..", "org.hibernate..", "java.sql..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void modelDependsOnlyOnJavaAndJakartaPersistence() {
        // And on the sync protocol's types, nothing else of it: the outbox entry is a change as the protocol
        // pushes it, so it is kept with the protocol's ChangeKind instead of a copy of that enum.
        classes().that().resideInAPackage("cat.teixit.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("cat.teixit.model..", "java..", "jakarta.persistence..", "cat.teixit.sync.protocol")
                .check(classes);
    }

    @Test
    void logicDoesNotKnowJavaFxScenesOrHibernate() {
        noClasses().that().resideInAPackage("cat.teixit.logic..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.hibernate..").check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..").check(classes);
    }

    @Test
    void nobodyPrintsToTheConsoleOutsideTheCommandLineAndTheBenchmarks() {
        noClasses().that().resideOutsideOfPackages("cat.teixit.cli..", "cat.teixit.bench..").should()
                .accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace").check(classes);
    }

    // ---------------------------------------------------------------------------------------------------
    // Logic and persistence (the persistence reshape): logic holds no connection, no Hibernate or JPA
    // session and runs no plain SQL through the unit of work; persistence never reaches up into logic; the
    // feature packages of both form no cycle. Each rule is also evaluated against classes in
    // cat.teixit.architecture.fixtures that break it on purpose, so that a rule that cannot fail is seen.
    // ---------------------------------------------------------------------------------------------------

    private static final String FIXTURES = "cat.teixit.architecture.fixtures";
    /** Logic, and the fixtures that stand for it. */
    private static final String[] LOGIC = {"cat.teixit.logic..", FIXTURES + ".logic.."};
    /** Persistence, and the fixtures that stand for it. */
    private static final String[] PERSISTENCE = {"cat.teixit.persistence..", FIXTURES + ".persistence.."};

    static final ArchRule LOGIC_HOLDS_NO_JDBC = noClasses().that().resideInAnyPackage(LOGIC).should()
            .dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("SQL and connections belong to persistence's feature queries");

    static final ArchRule LOGIC_HOLDS_NO_ORM_SESSION = noClasses().that().resideInAnyPackage(LOGIC).should()
            .dependOnClassesThat(resideInAnyPackage("org.hibernate..", "jakarta.persistence.criteria..")
                    .or(belongToAnyOf(EntityManager.class, EntityManagerFactory.class, EntityTransaction.class,
                            Persistence.class, Query.class, TypedQuery.class, StoredProcedureQuery.class)))
            .because("queries belong to persistence's repositories; logic uses entities, not sessions");

    static final ArchRule LOGIC_RUNS_NO_SQL_THROUGH_THE_UNIT_OF_WORK = noClasses().that().resideInAnyPackage(LOGIC)
            .should().callMethod(StoreTx.class, "jdbc", Jdbc.Work.class)
            .orShould().dependOnClassesThat().resideInAPackage("cat.teixit.persistence.jdbc..")
            .because("StoreTx.jdbc is persistence's own: logic asks a feature's repository or query instead");

    static final ArchRule PERSISTENCE_DOES_NOT_KNOW_LOGIC = noClasses().that().resideInAnyPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(LOGIC);

    /**
     * Each feature package of logic or persistence is a slice (persistence's root package, the store, is one
     * too). Recording a change (ids, the hybrid clock, the outbox) is logic.change, which every feature uses
     * and which uses none of them.
     */
    static final ArchRule LOGIC_AND_PERSISTENCE_FEATURES_FORM_NO_CYCLE = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            String rest = pkg.startsWith(FIXTURES + ".") ? pkg.substring(FIXTURES.length() + 1)
                    : pkg.startsWith("cat.teixit.") ? pkg.substring("cat.teixit.".length()) : "";
            String[] parts = rest.split("\\.");
            if (!parts[0].equals("logic") && !parts[0].equals("persistence")) {
                return SliceIdentifier.ignore();
            }
            return parts.length == 1 ? SliceIdentifier.of(parts[0]) : SliceIdentifier.of(parts[0], parts[1]);
        }

        @Override
        public String getDescription() {
            return "the feature packages of logic and persistence";
        }
    }).should().beFreeOfCycles();

    @Test
    void logicHoldsNoJdbc() {
        LOGIC_HOLDS_NO_JDBC.check(classes);
    }

    @Test
    void logicHoldsNoHibernateOrJpaSession() {
        LOGIC_HOLDS_NO_ORM_SESSION.check(classes);
    }

    @Test
    void logicRunsNoSqlThroughTheUnitOfWork() {
        LOGIC_RUNS_NO_SQL_THROUGH_THE_UNIT_OF_WORK.check(classes);
    }

    @Test
    void persistenceDoesNotKnowLogic() {
        PERSISTENCE_DOES_NOT_KNOW_LOGIC.check(classes);
    }

    @Test
    void logicAndPersistenceFeaturesFormNoCycle() {
        LOGIC_AND_PERSISTENCE_FEATURES_FORM_NO_CYCLE.check(classes);
    }

    @Test
    void aConnectionInLogicBreaksTheJdbcRule() {
        assertThat(LOGIC_HOLDS_NO_JDBC.evaluate(fixtures(ReadsWithAConnection.class)).hasViolation()).isTrue();
    }

    @Test
    void aHibernateSessionOrAnEntityManagerInLogicBreaksTheSessionRule() {
        assertThat(LOGIC_HOLDS_NO_ORM_SESSION.evaluate(fixtures(OpensAHibernateSession.class)).hasViolation()).isTrue();
        assertThat(LOGIC_HOLDS_NO_ORM_SESSION.evaluate(fixtures(QueriesThroughTheEntityManager.class)).hasViolation())
                .isTrue();
    }

    @Test
    void plainSqlHandedToTheUnitOfWorkFromLogicBreaksItsRule() {
        assertThat(LOGIC_RUNS_NO_SQL_THROUGH_THE_UNIT_OF_WORK.evaluate(fixtures(RunsSqlThroughTheUnitOfWork.class))
                .hasViolation()).isTrue();
    }

    @Test
    void persistenceCallingALogicServiceBreaksItsRule() {
        assertThat(PERSISTENCE_DOES_NOT_KNOW_LOGIC.evaluate(fixtures(ReachesUpIntoLogic.class)).hasViolation()).isTrue();
    }

    @Test
    void twoLogicPackagesUsingEachOtherBreakTheCycleRule() {
        assertThat(LOGIC_AND_PERSISTENCE_FEATURES_FORM_NO_CYCLE.evaluate(fixtures(NeedsSearch.class,
                NeedsCaseFiles.class)).hasViolation()).isTrue();
    }

    /** The given fixture classes alone. */
    private static JavaClasses fixtures(Class<?>... fixtureClasses) {
        return new ClassFileImporter().importClasses(fixtureClasses);
    }
}
