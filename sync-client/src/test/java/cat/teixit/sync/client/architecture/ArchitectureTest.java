package cat.teixit.sync.client.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.sync.client.architecture.archfixtures.a.UsesB;
import cat.teixit.sync.client.architecture.archfixtures.b.UsesA;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The client library's rules; the one that guards structure is also evaluated against fixture classes that
 * break it (package {@code archfixtures} of the test sources), so that a rule that could never fail is noticed.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cat.teixit.sync.client");

    /** Each package one slice: the engine ({@code client}) and its transport ({@code client.http}) among them. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("cat.teixit.sync.(**)").should().beFreeOfCycles();

    @Test
    void theClientHasNoPackageCycles() {
        NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(UsesB.class, UsesA.class))
                .hasViolation()).isTrue();
    }

    @Test
    void theSyncClientUsesNeitherJavaFxNorHibernate() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }
}
