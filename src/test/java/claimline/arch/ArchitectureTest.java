package claimline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reading core (model, corpus, reading, export, cli) is usable without JavaFX. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("claimline");

    @Test
    void theReadingCoreHasNoJavaFx() {
        noClasses().that().resideInAnyPackage("claimline.model..", "claimline.corpus..", "claimline.reading..",
                        "claimline.export..", "claimline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotReachIntoTheApp() {
        noClasses().that().resideInAnyPackage("claimline.model..", "claimline.corpus..", "claimline.reading..",
                        "claimline.export..")
                .should().dependOnClassesThat().resideInAnyPackage("claimline.app..").check(classes);
    }
}
