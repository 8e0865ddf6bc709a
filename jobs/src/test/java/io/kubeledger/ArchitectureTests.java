package io.kubeledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package graph is the job's flow (docs/design.md): configuration and the run's days
 * and threads at the bottom, then sources -> ingest -> chargeback / rightsizing /
 * compliance -> lake -> report -> mail, with the root package wiring them into the job on
 * top. A package uses only what comes before it in the flow; the packages of one stage
 * may use each other, without a cycle.
 */
class ArchitectureTests {

    private static final String BASE = "io.kubeledger";

    private static final List<List<String>> FLOW = List.of(List.of("config", "run"), List.of("source"),
            List.of("ingest"), List.of("chargeback", "rightsizing", "compliance"), List.of("lake"), List.of("report"),
            List.of("mail"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);

    @Test
    void thePackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void eachStageUsesOnlyTheStagesBeforeIt() {
        for (int stage = 0; stage < FLOW.size(); stage++) {
            String[] later = FLOW.subList(stage + 1, FLOW.size())
                .stream()
                .flatMap(List::stream)
                .map(name -> BASE + "." + name + "..")
                .toArray(String[]::new);
            String[] packages = FLOW.get(stage).stream().map(name -> BASE + "." + name + "..").toArray(String[]::new);
            if (later.length > 0) {
                noClasses().that()
                    .resideInAnyPackage(packages)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(later)
                    .check(CLASSES);
            }
        }
    }

    @Test
    void onlyTheRootKnowsTheJob() {
        noClasses().that()
            .resideOutsideOfPackage(BASE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BASE)
            .check(CLASSES);
    }

    /**
     * The workbook is written by its sheets and their machinery only: a sheet is added
     * without touching the rest of the report.
     */
    @Test
    void onlyTheWorkbooksSheetsKnowPoi() {
        noClasses().that()
            .doNotHaveSimpleName("WorkbookReportWriter")
            .and()
            .areNotAssignableTo(BASE + ".report.WorkbookSheet")
            .and()
            .doNotHaveSimpleName("WorkbookTables")
            .and()
            .areNotNestedClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.poi..")
            .check(CLASSES);
    }

    @Test
    void everyPackageHasAPlaceInTheFlow() {
        List<String> placed = FLOW.stream().flatMap(List::stream).toList();
        List<String> packages = CLASSES.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith(BASE + "."))
            .map(name -> name.substring(BASE.length() + 1).split("\\.")[0])
            .distinct()
            .toList();
        assertThat(placed).containsAll(packages);
    }

}
