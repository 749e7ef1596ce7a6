package org.podium;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layering of DESIGN.md: JavaFX only in ui and app, imports flowing one way, no
 * package cycles, the console and the system clock only where the process starts.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.podium");

    @Test
    void nothingOutsideUiAndAppImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.podium.ui..", "org.podium.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(MAIN);
    }

    @Test
    void domainImportsNothingOfPodiumsOtherLayers() {
        noClasses().that().resideInAPackage("org.podium.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.store..", "org.podium.exchange..",
                        "org.podium.service..", "org.podium.ui..", "org.podium.cli..", "org.podium.app..")
                .check(MAIN);
    }

    @Test
    void filesIsALeafEveryLayerMayUse() {
        noClasses().that().resideInAPackage("org.podium.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.domain..", "org.podium.store..",
                        "org.podium.exchange..", "org.podium.service..", "org.podium.ui..", "org.podium.cli..",
                        "org.podium.app..")
                .check(MAIN);
    }

    @Test
    void storeAndExchangeDoNotReachUpward() {
        noClasses().that().resideInAnyPackage("org.podium.store..", "org.podium.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.service..", "org.podium.ui..",
                        "org.podium.cli..", "org.podium.app..")
                .check(MAIN);
    }

    @Test
    void storeAndExchangeDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.podium.store..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.exchange..").check(MAIN);
        noClasses().that().resideInAPackage("org.podium.exchange..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.store..").check(MAIN);
    }

    @Test
    void serviceDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage("org.podium.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.ui..", "org.podium.cli..",
                        "org.podium.app..")
                .check(MAIN);
    }

    @Test
    void windowAndCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.podium.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.cli..", "org.podium.app..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.podium.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podium.ui..", "org.podium.app..")
                .check(MAIN);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("org.podium.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void screensFormNoCycle() {
        slices().matching("org.podium.ui.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commandLinePartsFormNoCycle() {
        // The root (PodiumCli) registers the commands, so nothing below it may reach back up.
        noClasses().that().resideInAPackage("org.podium.cli.*..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.cli")
                .check(MAIN);
        slices().matching("org.podium.cli.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void capabilitiesFormNoCycle() {
        slices().matching("org.podium.service.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void windowAndCommandLineReachTheBookThroughServices() {
        noClasses().that().resideInAnyPackage("org.podium.ui..", "org.podium.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.store..")
                .check(MAIN);
    }

    @Test
    void storeAndExchangeAreIndependent() {
        noClasses().that().resideInAPackage("org.podium.store..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.exchange..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.podium.exchange..")
                .should().dependOnClassesThat().resideInAPackage("org.podium.store..")
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLineAndTheAppWriteToTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.podium.cli..", "org.podium.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(MAIN);
    }

    @Test
    void onlyTheAppChoosesTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("org.podium.app..")
                .should().callMethod(Clock.class, "systemDefaultZone")
                .check(MAIN);
    }
}
