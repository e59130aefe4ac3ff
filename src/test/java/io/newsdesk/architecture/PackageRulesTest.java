package io.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape STYLE.md asks for, checked on the compiled classes: capabilities that depend on each
 * other one way only, and Discord's library in the Discord adapter alone, so that moving to another
 * Discord library stays a one-package change.
 */
@DisplayName("Package rules: no cycles between capabilities; Javacord only in the Discord adapter")
final class PackageRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsdesk");
  }

  @Test
  @DisplayName("no two packages of Newsdesk depend on each other, directly or round a loop")
  void noCycles() {
    slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("only the discord package uses Javacord")
  void javacordOnlyInDiscord() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.newsdesk.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.javacord..")
        .check(classes);
  }
}
