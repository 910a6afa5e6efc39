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
                        "claimline.export..", "claimline.cli..", "claimline.timeline..", "claimline.bench..",
                        "claimline.corrections..", "claimline.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotReachIntoTheApp() {
        noClasses().that().resideInAnyPackage("claimline.model..", "claimline.corpus..", "claimline.reading..",
                        "claimline.export..", "claimline.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("claimline.app..").check(classes);
    }

    /** View models hold state in JavaFX properties and collections, but never touch the scene graph or the toolkit. */
    @Test
    void viewModelsNeedNoToolkit() {
        noClasses().that().resideInAPackage("claimline.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.concurrent..", "org.controlsfx..", "atlantafx..",
                        "claimline.app..")
                .check(classes);
    }
}
