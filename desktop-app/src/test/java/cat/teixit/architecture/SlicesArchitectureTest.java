package cat.teixit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.archfixture1.Loop;
import cat.teixit.archfixture2.Back;
import cat.teixit.architecture.fixtures.AnEntity;
import cat.teixit.architecture.fixtures.WiresAFeature;
import cat.teixit.gui.archfixture1.ShowsAnEntity;
import cat.teixit.gui.archfixture2.CallsBack;
import cat.teixit.gui.shell.Slice;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature-slice shape of docs/architecture.md: no cycles between packages, no stored entity on a
 * screen, features wired in the composition root's one list. Each rule is also run on fixture classes
 * that break it (test sources, packages named {@code archfixture} and {@code architecture.fixtures}), so
 * that a rule that can no longer fail is noticed.
 */
class SlicesArchitectureTest {

    /** No cycle between the top-level packages (app, cli, bench, gui, logic, persistence, model). */
    static final ArchRule TOP_LEVEL_WITHOUT_CYCLES = slices().matching("cat.teixit.(*)..").should().beFreeOfCycles();

    /** No cycle between the features and parts of the interface (casefile, search, shell, sync...). */
    static final ArchRule GUI_WITHOUT_CYCLES = slices().matching("cat.teixit.gui.(*)..").should().beFreeOfCycles();

    /** The screens get records, never a stored (Hibernate) entity. */
    static final ArchRule NO_ENTITY_ON_SCREEN = noClasses().that().resideInAPackage("cat.teixit.gui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class);

    /** A feature's slice is built in one place, the composition root's list (app.Slices). */
    static final ArchRule SLICES_BUILT_IN_ONE_PLACE = noClasses().that().doNotHaveFullyQualifiedName("cat.teixit.app.Slices")
            .and().resideOutsideOfPackage("cat.teixit.gui..")
            .should().dependOnClassesThat().implement(Slice.class);

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cat.teixit");
    }

    private static JavaClasses fixtures(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        TOP_LEVEL_WITHOUT_CYCLES.check(product);
    }

    @Test
    void interfacePackagesHaveNoCycles() {
        GUI_WITHOUT_CYCLES.check(product);
    }

    @Test
    void noStoredEntityReachesTheScreens() {
        NO_ENTITY_ON_SCREEN.check(product);
    }

    @Test
    void featuresAreWiredOnlyInTheCompositionRootsList() {
        SLICES_BUILT_IN_ONE_PLACE.check(product);
    }

    @Test
    void eachRuleFailsOnClassesThatBreakIt() {
        assertThat(TOP_LEVEL_WITHOUT_CYCLES.evaluate(fixtures(Loop.class, Back.class)).hasViolation())
                .as("a cycle between two top-level packages").isTrue();
        JavaClasses screens = fixtures(ShowsAnEntity.class, CallsBack.class, AnEntity.class);
        assertThat(GUI_WITHOUT_CYCLES.evaluate(screens).hasViolation()).as("a cycle between two gui packages").isTrue();
        assertThat(NO_ENTITY_ON_SCREEN.evaluate(screens).hasViolation()).as("an entity on a screen").isTrue();
        assertThat(SLICES_BUILT_IN_ONE_PLACE.evaluate(fixtures(WiresAFeature.class)).hasViolation())
                .as("a slice built outside the composition root").isTrue();
    }
}
