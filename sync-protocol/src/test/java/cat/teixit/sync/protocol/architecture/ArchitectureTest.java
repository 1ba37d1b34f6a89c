package cat.teixit.sync.protocol.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.sync.protocol.architecture.archfixtures.DependsOnHttp;
import cat.teixit.sync.protocol.architecture.archfixtures.DependsOnOurs;
import cat.teixit.sync.protocol.architecture.archfixtures.a.UsesB;
import cat.teixit.sync.protocol.architecture.archfixtures.b.UsesA;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The protocol module's rules, each also evaluated against fixture classes that break it (package
 * {@code archfixtures} of the test sources), so that a rule that could never fail is noticed.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cat.teixit.sync.protocol");

    /** Each package one slice. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("cat.teixit.sync.(**)").should().beFreeOfCycles();

    /**
     * What the client and the server share stands alone: nothing else of ours, no HTTP framework (client's or
     * server's, nor the JDK's), no user interface, no persistence framework.
     */
    static final ArchRule STANDS_ALONE = noClasses().that().resideInAPackage("cat.teixit.sync.protocol..").should()
            .dependOnClassesThat(
                    and(resideInAPackage("cat.teixit.."), resideOutsideOfPackage("cat.teixit.sync.protocol..")))
            .orShould().dependOnClassesThat(resideInAnyPackage("okhttp3..", "io.javalin..", "org.eclipse.jetty..",
                    "jakarta.servlet..", "java.net.http..", "com.sun.net.httpserver..", "javafx..", "org.hibernate..",
                    "jakarta.persistence.."));

    @Test
    void theProtocolHasNoPackageCycles() {
        NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(UsesB.class, UsesA.class))
                .hasViolation()).isTrue();
    }

    @Test
    void theProtocolDependsOnNothingElseOfOursNorOnAnHttpFramework() {
        STANDS_ALONE.check(CLASSES);
    }

    @Test
    void theStandAloneRuleFailsOnAProtocolClassThatUsesOursOrHttp() {
        assertThat(STANDS_ALONE.evaluate(new ClassFileImporter().importClasses(DependsOnOurs.class)).hasViolation())
                .isTrue();
        assertThat(STANDS_ALONE.evaluate(new ClassFileImporter().importClasses(DependsOnHttp.class)).hasViolation())
                .isTrue();
    }

    @Test
    void nothingWritesToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }
}
