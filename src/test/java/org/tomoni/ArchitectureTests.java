package org.tomoni;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;

/** Rules of DESIGN.md that Spring Modulith does not check by itself. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tomoni");

    @Test
    void viewsCallAModulesApiNeverItsStorage() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theShellImportsNoFeatureModule() {
        noClasses().that().resideInAPackage("org.tomoni.shell..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.tomoni.accounts..", "org.tomoni.lessons..", "org.tomoni.volunteers..",
                        "org.tomoni.messaging..", "org.tomoni.help..", "org.tomoni.sessions..",
                        "org.tomoni.schools..", "org.tomoni.insights..", "org.tomoni.storage..")
                .check(classes);
    }

    @Test
    void noTransactionsOnMongoWork() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .because("the embedded server has no transactions: design single-document atomic updates")
                .check(classes);
    }
}
